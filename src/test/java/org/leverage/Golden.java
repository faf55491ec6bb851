package org.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/: an output must match its file byte for byte. Run the tests with
 * {@code -Dleverage.golden.update=true} to write the files afresh after an intended change, then read the diff.
 */
public final class Golden {

    private Golden() {
    }

    /**
     * Asserts that {@code actual} is, byte for byte, the golden file {@code name}.
     *
     * @param name the file's path under src/test/resources/, e.g. {@code reports/reasoned.md}
     */
    public static void assertMatches(String actual, String name) {
        Path file = TestPaths.project().resolve("src/test/resources").resolve(name);
        try {
            if (Boolean.getBoolean("leverage.golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s (write it with -Dleverage.golden.update=true)", file).exists();
            assertThat(actual).as("the output against %s", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
