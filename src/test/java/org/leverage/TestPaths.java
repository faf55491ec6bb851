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

    /**
     * The clone's rules as an analyst's edit of them: a copy with a comment added to one file, made once per test
     * JVM under {@code target/}. The same rules, but not the text the jar was built from, so an advisor compiles
     * them at run time (through a cache, when given one) instead of loading the precompiled framework: what the
     * tests of the compiled-rules cache need.
     */
    public static synchronized Path editedRules() {
        Path copy = project().resolve("target/edited-rules-" + ProcessHandle.current().pid());
        if (!Files.isDirectory(copy)) {
            try {
                Path building = Files.createTempDirectory(project().resolve("target"), "edited-rules-");
                copyFolder(rules(), building);
                Path edited = building.resolve("scope/phase.drl");
                Files.writeString(edited, Files.readString(edited) + "\n// edited: compiled at run time\n");
                Files.move(building, copy);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return copy;
    }

    public static Path scenarios() {
        return project().resolve("scenarios");
    }

    /** The contract's example scenarios beside the clone, when present. */
    public static Path sharedScenarios() {
        return project().resolve("../shared/scenarios").normalize();
    }

    /** The clone's scenarios, and the contract's beside them when the clone has them. */
    public static java.util.List<Path> scenarioFolders() {
        return hasSharedScenarios() ? java.util.List.of(scenarios(), sharedScenarios()) : java.util.List.of(scenarios());
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
