package org.leverage.io;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Finds the test resources on the class path. */
final class Fixtures {

    private Fixtures() {
    }

    /** The resource at {@code name}, e.g. {@code states/baseline.yaml}, as a file. */
    static Path path(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name, e);
        }
    }
}
