package org.leverage.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.leverage.ChildProcess;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.LeverageException;
import org.leverage.api.PolicyState;
import org.leverage.cli.LeverageCli;

/**
 * The same input gives the same bytes: from one run to the next, whatever the machine's locale (Turkish, whose
 * dotless i breaks careless upper-casing; Thai with Thai digits), time zone (UTC+14 and UTC-8) or default
 * charset, and whatever order the files of a rules folder were written or are listed in.
 *
 * <p>The locale and time-zone cases start the real command line in a child JVM each ({@code java -cp <the test
 * class path> org.leverage.cli.LeverageCli}), eleven JVMs in all: tagged {@value #CHILD_JVMS}, they run in the
 * {@code stress} profile only, and the default build checks locales and time zones in-process instead
 * ({@link LocaleAndTimeZoneTest}). {@code -Dleverage.determinism.files=a.yaml,b.yaml} names the scenario files they
 * assess (the {@code stress} profile runs more); {@code -Dleverage.determinism.states=N} how many states the
 * rule-order check compares, spread evenly (0, the {@code stress} profile's, for every one).
 */
class DeterminismTest {

    /** The tag of the tests that the default build leaves to the {@code stress} profile (see the pom). */
    static final String CHILD_JVMS = "stress";

    private static final List<String> FILES = Arrays.asList(System.getProperty("leverage.determinism.files",
            "full-package.yaml").split(","));

    /** How many of {@link Hardening#variations()} the rule-order check compares; 0 for all of them. */
    private static final int STATES = Hardening.setting("leverage.determinism.states", 150);

    /** The machine settings each child JVM runs under; the first is the reference. */
    private static final Map<String, List<String>> MACHINES = machines();

    private static Map<String, List<String>> machines() {
        Map<String, List<String>> machines = new LinkedHashMap<>();
        machines.put("default", List.of());
        machines.put("tr_TR", List.of("-Duser.language=tr", "-Duser.country=TR"));
        machines.put("Pacific/Kiritimati", List.of("-Duser.timezone=Pacific/Kiritimati"));
        machines.put("America/Los_Angeles", List.of("-Duser.timezone=America/Los_Angeles"));
        machines.put("th_TH_TH, US-ASCII", List.of("-Duser.language=th", "-Duser.country=TH", "-Duser.variant=TH",
                "-Dfile.encoding=US-ASCII", "-Duser.timezone=Asia/Kathmandu"));
        return machines;
    }

    /** One child run: what it printed, and how it exited. */
    private record Output(int exitCode, byte[] out, String err) {
    }

    @Test
    @Tag(CHILD_JVMS)
    void theCommandLinePrintsTheSameBytes_inEveryLocaleAndTimeZone(@TempDir Path temp) throws Exception {
        Path cache = cacheFolder(temp);
        long start = System.nanoTime();
        List<List<String>> commands = new ArrayList<>();
        for (String file : FILES) {
            String state = TestPaths.scenarios().resolve(file).toString();
            commands.add(List.of("assess", state, "--format", "json"));
            commands.add(List.of("assess", state));
        }
        // The first run compiles the rules into the cache; the others load them.
        Output warm = cli(List.of(), cache, TestPaths.project(), commands.get(0));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, List<Future<Output>>> runs = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, List<String>> machine : MACHINES.entrySet()) {
                List<Future<Output>> outputs = new ArrayList<>();
                for (List<String> command : commands) {
                    outputs.add(pool.submit(() -> cli(machine.getValue(), cache, TestPaths.project(), command)));
                }
                runs.put(machine.getKey(), outputs);
            }
            List<Output> reference = new ArrayList<>();
            for (Future<Output> output : runs.get("default")) {
                reference.add(output.get(5, TimeUnit.MINUTES));
            }
            assertThat(reference.get(0).out()).as("a second run of the same command").isEqualTo(warm.out());
            for (Map.Entry<String, List<Future<Output>>> machine : runs.entrySet()) {
                for (int i = 0; i < commands.size(); i++) {
                    Output output = machine.getValue().get(i).get(5, TimeUnit.MINUTES);
                    String what = "leverage " + String.join(" ", commands.get(i)) + " on " + machine.getKey();
                    assertThat(output.exitCode()).as(what + "; stderr: " + output.err()).isZero();
                    assertThat(output.err()).as(what + ": standard error").isEmpty();
                    assertThat(new String(output.out(), StandardCharsets.UTF_8)).as(what)
                            .isEqualTo(new String(reference.get(i).out(), StandardCharsets.UTF_8));
                    assertThat(output.out()).as(what + ", byte for byte").isEqualTo(reference.get(i).out());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "determinism: %d commands on %d machine settings (%s): byte-identical"
                        + " (json %d bytes, text %d bytes); %.1f s%n", commands.size(), MACHINES.size(),
                String.join("; ", MACHINES.keySet()), warm.out().length,
                runs.get("default").get(1).get().out().length, (System.nanoTime() - start) / 1e9);
    }

    @Test
    @ResourceLock(value = Resources.GLOBAL, mode = ResourceAccessMode.READ_WRITE) // leverage.home elsewhere
    void rulesWrittenAndListedInAnotherOrder_giveEqualAssessments_andTheSameBytes(@TempDir Path temp)
            throws Exception {
        long start = System.nanoTime();
        Path reversed = copyRules(temp.resolve("reversed"), false);
        Path renamed = copyRules(temp.resolve("renamed"), true);
        Path cache = cacheFolder(temp);
        Advisor original = Advisor.builder().builtInRulesFrom(TestPaths.rules()).cacheCompiledRules(cache)
                .rememberAssessments(0).build();
        Advisor fromReversed = Advisor.builder().builtInRulesFrom(reversed.resolve("rules")).cacheCompiledRules(cache)
                .rememberAssessments(0).build();
        Advisor fromRenamed = Advisor.builder().builtInRulesFrom(renamed.resolve("rules")).cacheCompiledRules(cache)
                .rememberAssessments(0).build();

        List<PolicyState> states = Hardening.spread(Hardening.variations(), STATES);
        int compared = 0;
        for (PolicyState state : states) {
            Object expected = outcome(original, state);
            assertThat(outcome(fromReversed, state)).as("rules written in reverse order, %s", state)
                    .isEqualTo(expected);
            assertThat(outcome(fromRenamed, state)).as("rules renamed to load in reverse order, %s", state)
                    .isEqualTo(expected);
            compared++;
        }

        String state = TestPaths.scenarios().resolve(FILES.get(0)).toString();
        List<String> command = List.of("assess", state, "--format", "json");
        // In this JVM: where the command line finds its rules is a system property, set for the one run.
        assertThat(inProcess(renamed, command)).as("leverage %s with the renamed rules", command)
                .isEqualTo(inProcess(TestPaths.project(), command));
        System.out.printf(Locale.ROOT, "determinism: %d of %d states assessed alike by rules written in reverse order"
                + " and renamed to load in reverse order; CLI output identical; %.1f s%n", compared,
                Hardening.variations().size(), (System.nanoTime() - start) / 1e9);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A clone holding a copy of {@code rules/} whose files are created in the reverse of their sorted order; when
     * {@code rename}, each folder and each file also gets a prefix that reverses the order they sort and load in.
     */
    private static Path copyRules(Path clone, boolean rename) throws IOException {
        Path source = TestPaths.rules();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString).reversed()).toList();
        }
        List<String> folders = files.stream().map(f -> source.relativize(f.getParent()).toString()).distinct()
                .sorted().toList();
        for (Path file : files) {
            Path relative = source.relativize(file);
            Path target = clone.resolve("rules").resolve(relative);
            // The catalogue is found by its name, not loaded in an order: it keeps it.
            if (rename && !file.getFileName().toString().equals("catalogue.yaml")) {
                String folder = source.relativize(file.getParent()).toString();
                List<String> siblings;
                try (Stream<Path> list = Files.list(file.getParent())) {
                    siblings = list.map(p -> p.getFileName().toString()).sorted().toList();
                }
                String name = (siblings.size() - siblings.indexOf(file.getFileName().toString())) + "-"
                        + file.getFileName();
                String folderName = folder.isEmpty() ? "" : (folders.size() - folders.indexOf(folder)) + "-" + folder;
                target = clone.resolve("rules").resolve(folderName).resolve(name);
            }
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        return clone;
    }

    /** What {@code leverage ARGS} prints on standard output when run in this JVM, from the clone {@code clone}. */
    private static String inProcess(Path clone, List<String> args) {
        String home = System.getProperty("leverage.home");
        System.setProperty("leverage.home", clone.toString());
        try {
            StringWriter out = new StringWriter();
            int code = LeverageCli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                    args.toArray(String[]::new));
            assertThat(code).isZero();
            return out.toString();
        } finally {
            if (home == null) {
                System.clearProperty("leverage.home");
            } else {
                System.setProperty("leverage.home", home);
            }
        }
    }

    private static Object outcome(Advisor advisor, PolicyState state) {
        try {
            Assessment assessment = advisor.assess(state);
            return assessment;
        } catch (LeverageException e) {
            return e.getClass().getName() + ": " + e.oneLine();
        }
    }

    private static Path cacheFolder(Path temp) {
        String folder = System.getProperty("leverage.cache.dir");
        return folder == null ? temp.resolve("cache") : Path.of(folder);
    }

    /** Runs {@code leverage ARGS} in a child JVM with these system properties, from the clone {@code home}. */
    private static Output cli(List<String> properties, Path cache, Path home, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(properties);
        command.add("-Dleverage.home=" + home);
        command.add("-Dleverage.cache.dir=" + cache);
        command.add("-cp");
        command.add(ChildProcess.testClassPath());
        command.add("org.leverage.cli.LeverageCli");
        command.addAll(args);
        ChildProcess.Finished finished = ChildProcess.run(
                new ProcessBuilder(command).directory(TestPaths.project().toFile()), "leverage " + args);
        return new Output(finished.code(), finished.out(), finished.err());
    }


}
