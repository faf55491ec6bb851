package org.leverage.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.leverage.api.Advisor;
import org.leverage.api.OfferResponse;
import org.leverage.api.StateField;
import org.leverage.api.Talks;
import org.leverage.api.Assessment;
import org.leverage.api.PolicyState;
import org.leverage.scenario.ScenarioCase;
import org.leverage.scenario.ScenarioReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One assessment by a shared {@link Advisor}, built once from the packaged rules, as an embedding application
 * would use it. Each invocation assesses the next of the states given by the project's scenario files (about
 * thirty, from the empty state to a collapsed North), in turn, so the engine really re-evaluates.
 *
 * <p>Two kinds of work, each with one and two threads sharing the advisor:
 * <ul>
 *   <li>{@code assess_*}: the assessment alone; explanations are captured by the engine but may be formatted
 *       lazily, so this is the cost to a caller who only reads the recommendations;</li>
 *   <li>{@code assessAndReadExplanations_*}: also walks every recommendation's, concern's and warning's
 *       {@code because()} steps and their facts, which forces any lazy formatting (what {@code --format json}
 *       needs).</li>
 * </ul>
 * Each comes twice: {@link Throughput} in operations per second (of all threads together) and {@link Latency}
 * as a sample of single-call times in microseconds, with percentiles.
 */
public class AssessBenchmark {

    /** The advisor every thread shares and the states to assess, set up once per fork. */
    @State(Scope.Benchmark)
    public static class Shared {
        Advisor advisor;
        PolicyState[] states;

        /**
         * {@code scenarios}: the given states of every scenario file in turn, far apart (the worst case for an
         * incremental engine); {@code neighbours}: an odometer walk over five fields, so that each state differs
         * from the last in one field, as in a sweep; {@code random}: seeded random states never seen before
         * ({@link RandomStates}: the whole state space in a scrambled order, contradictions skipped, each state
         * assessed once), the hardest honest workload.
         */
        @Param({"scenarios", "neighbours", "random"})
        public String workload;

        /**
         * {@code engine}: every assessment runs the rules ({@code rememberAssessments(0)}); {@code remembered}:
         * the default advisor, which remembers recent states, so a state seen again is a look-up.
         */
        @Param({"engine", "remembered"})
        public String memory;

        /**
         * {@code framework}: the packaged rules, which run on the caller's thread; {@code folder}: the same rules
         * read from a copy of {@code rules/} with one comment added, which the advisor cannot tell from an
         * analyst's, so they run on a rule thread within the time limit: the difference is the hand-over's cost.
         */
        @Param({"framework", "folder"})
        public String rules;

        @Setup(Level.Trial)
        public void setUp() {
            BenchProject.requireQuietLogging();
            Advisor.Builder builder = Advisor.builder();
            if ("folder".equals(rules)) {
                builder.builtInRulesFrom(BenchProject.editedCopyOfRules());
            }
            advisor = ("engine".equals(memory) ? builder.rememberAssessments(0) : builder).build();
            if ("random".equals(workload)) {
                states = null;
            } else if ("neighbours".equals(workload)) {
                states = neighbours();
            } else {
                List<PolicyState> given = ScenarioReader.files(List.of(BenchProject.dir().resolve("scenarios")))
                        .stream().map(ScenarioReader::readGiven).toList();
                if (given.isEmpty()) {
                    throw new IllegalStateException("no scenario files under "
                            + BenchProject.dir().resolve("scenarios"));
                }
                states = given.toArray(PolicyState[]::new);
            }
            if (states != null) {
                for (PolicyState state : states) {
                    advisor.assess(state); // fail fast on a state the engine refuses, before any measurement
                }
            }
        }
    }

    /** Every combination of five fields over a state where Pyongyang spurned the offer, last field fastest. */
    static PolicyState[] neighbours() {
        PolicyState base = PolicyState.builder().talksWithPyongyang(Talks.OFFERED)
                .responseToOffer(OfferResponse.SPURNED).build();
        List<StateField> fields = List.of(StateField.THAAD_DEPLOYED, StateField.WITHDRAWAL, StateField.REFUGEE_AID,
                StateField.ALLIED_REFUGEE_AID, StateField.STABILITY);
        List<PolicyState> walk = new java.util.ArrayList<>();
        walk.add(base);
        for (StateField field : fields) {
            List<PolicyState> next = new java.util.ArrayList<>();
            for (PolicyState state : walk) {
                for (Object value : field.choices()) {
                    next.add(field.with(state, value));
                }
            }
            walk = next;
        }
        return walk.stream().filter(s -> s.contradictions().isEmpty()).toArray(PolicyState[]::new);
    }

    /**
     * Each thread's place in the list of states; threads start at different places. For the random workload,
     * each thread's own part of one seeded walk (two threads never assess the same state).
     */
    @State(Scope.Thread)
    public static class Cursor {
        private static final AtomicInteger THREADS = new AtomicInteger();
        /** The seed of the random workload's walk: the same states on every run. */
        static final long SEED = 20_170_315L;
        /** Room for this many threads' parts of the random walk. */
        private static final int PARTS = 64;
        /**
         * The random workload's states drawn ahead of each iteration, so that the measurement is of assessing
         * them, not of drawing them (about three of four draws contradict themselves and are skipped); more than
         * an iteration takes at the speeds seen, and drawn on the spot should it run out.
         */
        private static final int DRAWN_AHEAD = 150_000;
        int next;
        RandomStates random;
        PolicyState[] drawn;
        int drawnNext;

        @Setup(Level.Trial)
        public void setUp(Shared shared) {
            int thread = THREADS.getAndIncrement();
            if (shared.states == null) {
                random = new RandomStates(SEED, thread % PARTS, PARTS);
                drawn = new PolicyState[DRAWN_AHEAD];
            } else {
                next = (thread * 7) % shared.states.length;
            }
        }

        /** Draws the next iteration's states: the walk goes on, so no state comes twice in a run. */
        @Setup(Level.Iteration)
        public void drawAhead() {
            if (random != null) {
                for (int i = 0; i < drawn.length; i++) {
                    drawn[i] = random.next();
                }
                drawnNext = 0;
            }
        }

        PolicyState nextState(Shared shared) {
            if (random != null) {
                return drawnNext < drawn.length ? drawn[drawnNext++] : random.next();
            }
            PolicyState state = shared.states[next];
            next = next + 1 == shared.states.length ? 0 : next + 1;
            return state;
        }
    }

    static Assessment assess(Shared shared, Cursor cursor) {
        return shared.advisor.assess(cursor.nextState(shared));
    }

    static void assessAndRead(Shared shared, Cursor cursor, Blackhole blackhole) {
        Assessment assessment = assess(shared, cursor);
        for (Assessment.Recommendation recommendation : assessment.recommendations()) {
            read(recommendation.because(), blackhole);
        }
        for (Assessment.Concern concern : assessment.concerns()) {
            read(concern.because(), blackhole);
        }
        for (Assessment.Warning warning : assessment.warnings()) {
            read(warning.because(), blackhole);
        }
        blackhole.consume(assessment);
    }

    private static void read(List<Assessment.Step> steps, Blackhole blackhole) {
        for (Assessment.Step step : steps) {
            blackhole.consume(step.rule());
            for (org.leverage.api.Fact fact : step.facts()) {
                blackhole.consume(fact);
            }
        }
    }

    /** Assessments per second, all threads together. */
    @BenchmarkMode(Mode.Throughput)
    @Fork(value = 1, jvmArgsAppend = BenchProject.QUIET_LOGGING)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public static class Throughput {

        @Benchmark
        @Threads(1)
        public Assessment assess_1thread(Shared shared, Cursor cursor) {
            return assess(shared, cursor);
        }

        @Benchmark
        @Threads(2)
        public Assessment assess_2threads(Shared shared, Cursor cursor) {
            return assess(shared, cursor);
        }

        @Benchmark
        @Threads(1)
        public void assessAndReadExplanations_1thread(Shared shared, Cursor cursor, Blackhole blackhole) {
            assessAndRead(shared, cursor, blackhole);
        }

        @Benchmark
        @Threads(2)
        public void assessAndReadExplanations_2threads(Shared shared, Cursor cursor, Blackhole blackhole) {
            assessAndRead(shared, cursor, blackhole);
        }
    }

    /** The time of one call, sampled, in microseconds: see the p0.50, p0.99 lines of the result. */
    @BenchmarkMode(Mode.SampleTime)
    @Fork(value = 1, jvmArgsAppend = BenchProject.QUIET_LOGGING)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public static class Latency {

        @Benchmark
        @Threads(1)
        public Assessment assess_1thread(Shared shared, Cursor cursor) {
            return assess(shared, cursor);
        }

        @Benchmark
        @Threads(2)
        public Assessment assess_2threads(Shared shared, Cursor cursor) {
            return assess(shared, cursor);
        }

        @Benchmark
        @Threads(1)
        public void assessAndReadExplanations_1thread(Shared shared, Cursor cursor, Blackhole blackhole) {
            assessAndRead(shared, cursor, blackhole);
        }

        @Benchmark
        @Threads(2)
        public void assessAndReadExplanations_2threads(Shared shared, Cursor cursor, Blackhole blackhole) {
            assessAndRead(shared, cursor, blackhole);
        }
    }
}
