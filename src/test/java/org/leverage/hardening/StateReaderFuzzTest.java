package org.leverage.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.leverage.SharedState;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.cli.LeverageCli;
import org.leverage.io.StateReader;
import org.leverage.io.StateWriter;
import org.leverage.scenario.ScenarioReader;

/**
 * Careless and hostile documents: every seed document mutated at random (see {@link Mutation}), read in-process
 * the way the CLI reads them. Each mutant must be read, or refused with an {@link InvalidStateException} that has
 * a location and a one-line message; anything else thrown (another exception, a stack overflow, running out of
 * memory) is a crash. A sample goes through the CLI itself, which must exit 0, or 2 with one located line.
 *
 * <p>{@code -Dleverage.fuzz.mutations=N}, {@code -Dleverage.fuzz.cli=N} and {@code -Dleverage.fuzz.seed=S} change
 * the run; the seed is fixed by default so that a failure reproduces. The default build reads 3,000 mutants (every
 * seed mutated a dozen times) and sends 20 through the CLI, about a second; the {@code stress} profile reads
 * half a million and sends 1,000 through the CLI.
 */
class StateReaderFuzzTest {

    private static final int MUTATIONS = Hardening.setting("leverage.fuzz.mutations", 3_000);
    private static final long SEED = Hardening.setting("leverage.fuzz.seed", 20_170_329);
    private static final int CLI_SAMPLE = Hardening.setting("leverage.fuzz.cli", 20);
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "given", "expect");
    /** A reader's message, as the CLI prints it on one line, stays short whatever the input. */
    private static final int LONGEST_MESSAGE = 1_000;

    /** The counts of one run. */
    private static final class Tally {
        int read;
        int refused;
        int crashes;
        long slowestNanos;
        final List<String> crashReports = new ArrayList<>();
    }

    @Test
    void everyMutantIsReadOrRefusedWithOneLocatedLine_neverACrash(@TempDir Path temp) throws IOException {
        List<Hardening.Seed> seeds = Hardening.seeds();
        SplittableRandom random = new SplittableRandom(SEED);
        Path dir = Hardening.scratch(temp);
        Path scenarioFile = dir.resolve("mutant.yaml");
        Tally tally = new Tally();
        long start = System.nanoTime();

        for (int i = 0; i < MUTATIONS; i++) {
            Hardening.Seed seed = seeds.get(random.nextInt(seeds.size()));
            List<Mutation> mutations = Mutation.randomList(random);
            byte[] mutant = Mutation.applyAll(seed.bytes(), mutations);
            long began = System.nanoTime();
            String problem = check(mutant, scenarioFile, tally);
            tally.slowestNanos = Math.max(tally.slowestNanos, System.nanoTime() - began);
            if (problem != null) {
                tally.crashes++;
                if (tally.crashReports.size() < 5) {
                    tally.crashReports.add("#" + i + " of seed " + seed.name() + " with " + mutations + ": " + problem);
                }
            }
        }

        double seconds = (System.nanoTime() - start) / 1e9;
        Hardening.deleteScratch(dir, temp);
        System.out.printf(Locale.ROOT, "state reader fuzz: %d mutations of %d seeds (seed %d): %d read, %d refused,"
                        + " %d crashes; %.1f s, slowest document %d ms%n", MUTATIONS, seeds.size(), SEED, tally.read,
                tally.refused, tally.crashes, seconds, tally.slowestNanos / 1_000_000);
        assertThat(tally.crashReports).as("crashes").isEmpty();
        assertThat(tally.read + tally.refused).isEqualTo(MUTATIONS);
        assertThat(tally.read).as("mutants read").isPositive();
        assertThat(tally.refused).as("mutants refused").isPositive();
        assertThat(tally.slowestNanos).as("slowest document, ns").isLessThan(5_000_000_000L);
    }

    /** Reads one mutant as the CLI would; null when all is well, else what went wrong. */
    private static String check(byte[] mutant, Path scenarioFile, Tally tally) throws IOException {
        try {
            PolicyState state = StateReader.read(new ByteArrayInputStream(mutant), "<fuzz>");
            if (!state.contradictions().isEmpty()) {
                return "read a state that contradicts itself: " + state.contradictions();
            }
            // What was read writes back and reads again to the same state.
            if (!StateReader.read(StateWriter.toYaml(state), "again.yaml").equals(state)
                    || !StateReader.read(StateWriter.toJson(state), "again.json").equals(state)) {
                return "read " + state + ", which does not read back the same";
            }
            tally.read++;
            return null;
        } catch (InvalidStateException e) {
            String refusal = refusal(e, "<fuzz>");
            if (refusal != null) {
                return refusal;
            }
            if (SCENARIO_KEYS.contains(e.field())) {
                // The CLI then reads the file as a scenario: that reader must keep the same promise.
                Files.write(scenarioFile, mutant);
                try {
                    ScenarioReader.readGiven(scenarioFile);
                } catch (InvalidStateException scenario) {
                    String again = refusal(scenario, scenarioFile.toString());
                    if (again != null) {
                        return "as a scenario: " + again;
                    }
                } catch (Throwable other) {
                    return "as a scenario: " + describe(other);
                }
            }
            tally.refused++;
            return null;
        } catch (Throwable e) {
            return describe(e);
        }
    }

    private static String refusal(InvalidStateException e, String source) {
        return Hardening.refusalProblem(e, source, LONGEST_MESSAGE);
    }

    private static String describe(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return e.getClass().getName() + ": " + e.getMessage() + "\n" + trace.toString().lines().limit(12)
                .reduce("", (a, b) -> a + b + "\n");
    }

    // ------------------------------------------------------------------ the command line

    @Test
    @ResourceLock(SharedState.STANDARD_INPUT)
    void aSampleOfMutantsThroughTheCli_exitsZeroOrTwoWithOneLocatedLine(@TempDir Path temp) throws IOException {
        List<Hardening.Seed> seeds = Hardening.seeds();
        Path dir = Hardening.scratch(temp);
        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int ok = 0;
        int refused = 0;
        int viaStdin = 0;
        List<String> problems = new ArrayList<>();
        InputStream stdin = System.in;
        try {
            for (int i = 0; i < CLI_SAMPLE; i++) {
                Hardening.Seed seed = seeds.get(random.nextInt(seeds.size()));
                List<Mutation> mutations = Mutation.randomList(random);
                byte[] mutant = Mutation.applyAll(seed.bytes(), mutations);
                boolean fromStdin = i % 10 == 9;
                String source;
                String[] args;
                if (fromStdin) {
                    System.setIn(new ByteArrayInputStream(mutant));
                    source = "<stdin>";
                    args = new String[] {"assess", "-", "--format", i % 20 == 9 ? "json" : "text"};
                    viaStdin++;
                } else {
                    Path file = dir.resolve(i + (seed.name().endsWith("JSON") || seed.name().endsWith(".json")
                            ? ".json" : ".yaml"));
                    Files.write(file, mutant);
                    source = file.toString();
                    args = new String[] {"assess", source, "--format", i % 2 == 0 ? "json" : "text"};
                }
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = LeverageCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
                String problem = cliProblem(code, out.toString(), err.toString(), source);
                if (problem == null) {
                    if (code == 0) {
                        ok++;
                    } else {
                        refused++;
                    }
                } else if (problems.size() < 5) {
                    problems.add("#" + i + " of seed " + seed.name() + " with " + mutations + ": " + problem);
                }
            }
        } finally {
            System.setIn(stdin);
            Hardening.deleteScratch(dir, temp);
        }

        System.out.printf(Locale.ROOT, "CLI fuzz sample: %d mutants (%d on standard input): exit 0 for %d, exit 2"
                + " for %d, %d problems; %.1f s%n", CLI_SAMPLE, viaStdin, ok, refused, problems.size(),
                (System.nanoTime() - start) / 1e9);
        assertThat(problems).isEmpty();
        assertThat(ok + refused).isEqualTo(CLI_SAMPLE);
    }

    private static String cliProblem(int code, String out, String err, String source) {
        if (code == 0) {
            return out.isEmpty() ? "exit 0 with nothing on standard output" : err.isEmpty() ? null
                    : "exit 0 with something on standard error: " + err;
        }
        if (code != 2) {
            return "exit " + code + ": " + err;
        }
        List<String> lines = err.lines().toList();
        if (!out.isEmpty()) {
            return "exit 2 with output: " + out;
        }
        if (lines.size() != 1) {
            return "exit 2 with " + lines.size() + " lines on standard error: " + err;
        }
        String line = lines.get(0);
        if (!line.startsWith("leverage: " + source)) {
            return "exit 2 without the located line: " + line;
        }
        if (line.contains("Exception") || line.contains("\tat ") || line.length() > LONGEST_MESSAGE + 300) {
            return "exit 2 with a line that is not for a person: " + line;
        }
        return null;
    }
}
