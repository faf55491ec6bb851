package org.leverage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.leverage.api.PolicyState;
import org.leverage.scenario.ScenarioReader;

/** The state {@code leverage assess} uses when given none: the {@code given} of scenario baseline-2017. */
final class BuiltInScenario {

    static final String NAME = "baseline-2017";
    private static final String RESOURCE = "leverage/scenarios/" + NAME + ".yaml";

    private BuiltInScenario() {
    }

    /** From the clone's {@code scenarios/} when run by {@code bin/leverage}, else from the jar. */
    static PolicyState baseline() {
        Path inClone = RuleOptions.home().map(h -> h.resolve("scenarios").resolve(NAME + ".yaml")).orElse(null);
        if (inClone != null && Files.isRegularFile(inClone)) {
            return ScenarioReader.readGiven(inClone);
        }
        return ScenarioReader.readGiven(packaged());
    }

    private static Path packaged() {
        URL url = BuiltInScenario.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the built-in scenario is missing from the class path: " + RESOURCE);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call in this process: Path.of finds it
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot open the built-in scenario: " + e.getMessage(), e));
        }
    }
}
