package org.leverage.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leverage.TestAdvisors;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.LeverageException;
import org.leverage.api.PolicyState;

/**
 * One advisor, shared by eight threads, gives for every state exactly what assessing the states one by one gave:
 * equal {@link Assessment} records, or the same refusal. Run twice: with the default memo (a bounded map of
 * recent assessments, smaller than the set of states, so entries are evicted while threads read it) and with no
 * memo ({@code rememberAssessments(0)}), so that every assessment runs the rules in a pooled session updated from
 * whatever state it last held.
 *
 * <p>{@code -Dleverage.stress.assessments=N} sets the assessments per advisor: 1,000 by default (2,000 in all, each
 * thread starting at once on its own random walk through the states), 100,000 in the {@code stress} profile.
 */
class ConcurrentAssessmentTest {

    private static final int THREADS = 8;
    private static final int ASSESSMENTS = Hardening.setting("leverage.stress.assessments", 1_000);

    private static List<PolicyState> states;
    private static List<Object> expected;

    @BeforeAll
    static void assessEveryStateOneByOne() {
        states = Hardening.variations();
        Advisor alone = TestAdvisors.builder().rememberAssessments(0)
                .cacheCompiledRules(cache()).build();
        expected = new ArrayList<>(states.size());
        for (PolicyState state : states) {
            expected.add(outcome(alone, state));
        }
    }

    @Test
    void eightThreadsSharingAnAdvisorWithoutMemo_getTheOneByOneResults() throws Exception {
        Advisor shared = TestAdvisors.builder().rememberAssessments(0)
                .cacheCompiledRules(cache()).build();

        runAndCompare(shared, "no memo", 1);
    }

    @Test
    void eightThreadsSharingAnAdvisorWithTheDefaultMemo_getTheOneByOneResults() throws Exception {
        Advisor shared = TestAdvisors.builder().cacheCompiledRules(cache()).build();
        assertThat(states.size()).as("more states than the memo holds, so that it evicts")
                .isGreaterThan(Advisor.Builder.DEFAULT_REMEMBERED_STATES);

        runAndCompare(shared, "default memo", 2);
    }

    /**
     * Rules from a folder run on a rule thread per calling thread, within the time limit: the sessions are each
     * caller's, used on its rule thread. An edited copy of the framework runs that way, and must give what the
     * framework gives one by one.
     */
    @Test
    void eightThreadsSharingAnAdvisorWhoseRulesRunOnRuleThreads_getTheOneByOneResults(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path rules = folder.resolve("rules");
        org.leverage.TestPaths.copyFolder(org.leverage.TestPaths.rules(), rules);
        java.nio.file.Path edited = rules.resolve("scope/phase.drl");
        java.nio.file.Files.writeString(edited, java.nio.file.Files.readString(edited) + "\n// edited\n");
        try (Advisor shared = TestAdvisors.builder().builtInRulesFrom(rules).rememberAssessments(0)
                .cacheCompiledRules(cache()).build()) {
            runAndCompare(shared, "rule threads", 3);
        }
    }

    private static void runAndCompare(Advisor shared, String name, long seed) throws Exception {
        AtomicInteger mismatches = new AtomicInteger();
        AtomicInteger refusals = new AtomicInteger();
        List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000 + t);
            int share = ASSESSMENTS / THREADS + (t < ASSESSMENTS % THREADS ? 1 : 0);
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < share; i++) {
                    int index = random.nextInt(states.size());
                    Object outcome = outcome(shared, states.get(index));
                    if (outcome instanceof Refusal) {
                        refusals.incrementAndGet();
                    }
                    if (!outcome.equals(expected.get(index))) {
                        mismatches.incrementAndGet();
                        if (examples.size() < 3) {
                            examples.add("state " + states.get(index) + ": expected " + expected.get(index)
                                    + " but got " + outcome);
                        }
                    }
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : done) {
            future.get(10, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();

        System.out.printf(Locale.ROOT, "concurrency (%s): %d assessments of %d distinct states on %d threads in"
                        + " %.1f s (%.0f/s), %d refused as contradictions, %d mismatches%n", name, ASSESSMENTS,
                states.size(), THREADS, seconds, ASSESSMENTS / seconds, refusals.get(), mismatches.get());
        assertThat(examples).isEmpty();
        assertThat(mismatches.get()).isZero();
        assertThat(refusals.get()).as("contradictions are among the states").isPositive();
    }

    /** What assessing a state gives: its assessment, or the refusal. */
    private static Object outcome(Advisor advisor, PolicyState state) {
        try {
            Assessment assessment = advisor.assess(state);
            return assessment;
        } catch (LeverageException e) {
            return new Refusal(e.getClass().getName(), e.oneLine());
        }
    }

    /** An assessment that was refused, by the exception's type and line. */
    private record Refusal(String type, String line) {
    }

    private static Path cache() {
        String folder = System.getProperty("leverage.cache.dir");
        return folder == null ? Path.of("target", "test-cache") : Path.of(folder);
    }
}
