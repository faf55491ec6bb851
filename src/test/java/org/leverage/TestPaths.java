package org.leverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where tests find the clone's folders and the contract's shared ones. */
public final class TestPaths {

    private TestPaths() {
    }

    /** The project folder (the clone): set by Surefire, else the working directory. */
    public static Path project() {
        String dir = System.getProperty("leverage.project.dir");
        return dir == null ? Path.of("").toAbsolutePath() : Path.of(dir);
    }

    public static Path rules() {
        return project().resolve("rules");
    }

    public static Path scenarios() {
        return project().resolve("scenarios");
    }

    /** The contract's example scenarios beside the clone, when present. */
    public static Path sharedScenarios() {
        return project().resolve("../shared/scenarios").normalize();
    }

    public static boolean hasSharedScenarios() {
        return Files.isDirectory(sharedScenarios());
    }

    public static Path testResource(String name) {
        return project().resolve("src/test/resources").resolve(name);
    }

    /**
     * Copies a folder and everything under it into {@code to}: a framework made from the clone's {@code rules/}
     * at test time, so that it never falls behind the rules it copies.
     */
    public static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
