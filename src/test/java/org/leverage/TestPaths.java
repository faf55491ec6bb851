package org.leverage;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
