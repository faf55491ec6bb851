package org.leverage.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.leverage.TestPaths;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.api.SourceLocation;
import org.leverage.api.StateField;
import org.leverage.io.StateWriter;
import org.leverage.scenario.ScenarioReader;

/** What the hardening tests share: the project's scenario states, their variations, and seed documents. */
final class Hardening {

    private Hardening() {
    }

    /** A named document. */
    record Seed(String name, byte[] bytes) {
    }

    /**
     * A folder for the many small files a fuzz writes: under {@code /dev/shm} (memory) where there is one, since a
     * disk can take half a millisecond to replace a file; else {@code fallback}.
     */
    static Path scratch(Path fallback) throws IOException {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            Path dir = Files.createTempDirectory(shm, "leverage-fuzz-");
            dir.toFile().deleteOnExit();
            return dir;
        }
        return fallback;
    }

    /** Deletes a scratch folder made by {@link #scratch} and what is in it; leaves {@code fallback} to JUnit. */
    static void deleteScratch(Path dir, Path fallback) throws IOException {
        if (dir.equals(fallback)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Null when a refusal keeps the reader's promise: a location in the named source (line 0 for a problem with
     * the file as a whole), a message of one short line; else what is wrong with it.
     */
    static String refusalProblem(InvalidStateException e, String source, int longest) {
        SourceLocation at = e.location().orElse(null);
        String message = e.getMessage();
        if (at == null || at.line() < 0 || at.column() < 0 || !at.file().equals(source)) {
            return "refused without a location in " + source + ": " + e.oneLine();
        }
        if (message == null || message.isBlank() || !message.equals(message.strip())
                || message.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029)) {
            return "refused with a message that is not one line: "
                    + String.valueOf(message).replace("\n", "\\n").replace("\r", "\\r");
        }
        if (message.length() > longest) {
            return "refused with a message of " + message.length() + " characters";
        }
        return null;
    }

    /** An integer system property, so that the {@code stress} profile can run longer than the default build. */
    static int setting(String name, int byDefault) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? byDefault : Integer.parseInt(value.strip());
    }

    /**
     * At most {@code most} of {@code all}, spread evenly from the first, in their order; all of them when
     * {@code most} is 0 or at least their number. A default build's sample of what the {@code stress} profile
     * runs in full.
     */
    static <T> List<T> spread(List<T> all, int most) {
        if (most <= 0 || most >= all.size()) {
            return all;
        }
        List<T> some = new ArrayList<>(most);
        for (int i = 0; i < most; i++) {
            some.add(all.get((int) ((long) i * all.size() / most)));
        }
        return some;
    }

    /** The {@code given} state of every scenario in the project's {@code scenarios/}, by file name, sorted. */
    static Map<String, PolicyState> scenarioStates() {
        Map<String, PolicyState> states = new LinkedHashMap<>();
        for (Path file : ScenarioReader.files(List.of(TestPaths.scenarios()))) {
            states.put(file.getFileName().toString(), ScenarioReader.readGiven(file));
        }
        return states;
    }

    /**
     * Every scenario state and every state one field away from one (each other value of each {@link StateField}),
     * without repeats, in a fixed order. Some contradict themselves: an advisor refuses those, which is a result
     * too.
     */
    static List<PolicyState> variations() {
        Set<PolicyState> states = new LinkedHashSet<>();
        for (PolicyState given : scenarioStates().values()) {
            states.add(given);
            for (StateField field : StateField.values()) {
                for (Object choice : field.choices()) {
                    if (!Objects.equals(choice, field.get(given))) {
                        states.add(field.with(given, choice));
                    }
                }
            }
        }
        return List.copyOf(states);
    }

    /**
     * The documents the fuzz starts from: the reader's fixtures (valid and invalid), the project's scenario files,
     * each scenario state written as YAML and as JSON, and a few compact hand-written ones.
     */
    static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        Path states = TestPaths.testResource("states");
        try (Stream<Path> files = Files.walk(states)) {
            for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                seeds.add(new Seed(states.relativize(file).toString(), Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.list(TestPaths.scenarios())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                seeds.add(new Seed("scenarios/" + file.getFileName(), Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        scenarioStates().forEach((name, state) -> {
            seeds.add(new Seed(name + " as YAML", StateWriter.toYaml(state).getBytes(StandardCharsets.UTF_8)));
            seeds.add(new Seed(name + " as JSON", StateWriter.toJson(state).getBytes(StandardCharsets.UTF_8)));
        });
        seeds.add(text("flow", "{unitedStates: {thaadDeployed: true, talksWithPyongyang: offered},"
                + " northKorea: {responseToOffer: spurned}}"));
        seeds.add(text("compact json", "{\"label\":\"x\",\"asOf\":\"2017-03-29\",\"china\":{\"aidShare\":\"small\"}}"));
        seeds.add(text("comments", "# today\nformat: 1 # the schema\nlabel: 'Tillerson in Beijing' # free\n"
                + "asOf: 2017-03-29\nunitedStates:\n  # Washington\n  goal: freeze\n"));
        seeds.add(text("unicode", "\uFEFFlabel: \"北京 — ¶7 \uD83D\uDE80\"\r\nchina:\r\n"
                + "  pressureOnPyongyang: delay-aid\r\n"));
        seeds.add(text("empty", ""));
        return List.copyOf(seeds);
    }

    private static Seed text(String name, String text) {
        return new Seed(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
