package org.leverage.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the benchmarks find the project's scenarios, rules and sample states. */
final class BenchProject {

    /** Set by the pom's bench profile to the project folder; the working directory otherwise. */
    static final String PROPERTY = "leverage.project.dir";

    /**
     * The JVM option every benchmark fork gets (see the {@code @Fork} of each benchmark): the CLI's logging
     * set-up, warnings only and Drools silent. Without it logback's default logs Drools at DEBUG to the console,
     * thousands of lines per second, and the benchmarks would measure that.
     */
    static final String QUIET_LOGGING = "-Dlogback.configurationFile=org/leverage/cli/logback-cli.xml";

    private BenchProject() {
    }

    /** Refuses to measure while Drools or Leverage log at DEBUG (e.g. when run with {@code -f 0}). */
    static void requireQuietLogging() {
        if (LoggerFactory.getLogger("org.drools").isDebugEnabled()
                || LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME).isDebugEnabled()) {
            throw new IllegalStateException("logging is at DEBUG, which would dominate the measurements; run the "
                    + "benchmarks forked (-f 1 or more) or pass " + QUIET_LOGGING);
        }
    }

    /** The project folder: {@code -Dleverage.project.dir}, or else the working directory. */
    static Path dir() {
        String configured = System.getProperty(PROPERTY);
        Path dir = Path.of(configured == null || configured.isBlank() ? System.getProperty("user.dir") : configured)
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("rules")) || !Files.isDirectory(dir.resolve("scenarios"))) {
            throw new IllegalStateException("not a Leverage project folder (no rules/ and scenarios/): " + dir
                    + "; run from the project folder or pass -D" + PROPERTY + "=<folder>");
        }
        return dir;
    }

    /** A file of the project, which must exist. */
    static Path file(String relative) {
        Path file = dir().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing benchmark input: " + file);
        }
        return file;
    }
}
