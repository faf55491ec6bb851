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

    /**
     * A copy of the project's {@code rules/} in a temporary folder, deleted when the JVM exits, with a comment
     * added to one file: the same rules, but not the packaged framework's text, so an advisor runs them watched.
     */
    static Path editedCopyOfRules() {
        try {
            Path rules = dir().resolve("rules");
            Path copy = Files.createTempDirectory("leverage-bench-rules");
            try (java.util.stream.Stream<Path> files = Files.walk(rules)) {
                for (Path from : files.toList()) {
                    Path to = copy.resolve(rules.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
            Path edited = copy.resolve("scope/phase.drl");
            Files.writeString(edited, Files.readString(edited) + "\n// edited for the benchmark\n");
            try (java.util.stream.Stream<Path> files = Files.walk(copy)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().deleteOnExit());
            }
            return copy;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
