package org.leverage.bench;

import java.util.concurrent.TimeUnit;
import org.leverage.api.Advisor;
import org.leverage.api.UncertainState;
import org.leverage.whatif.Odds;
import org.leverage.whatif.OddsResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The odds of issue 12's speed check: {@code states/uncertain-10x3.yaml}, ten uncertain fields of three values,
 * 59,049 combinations, every one weighed on every core, with one advisor built once (memo off). One run per
 * iteration ({@link Mode#SingleShotTime}), in milliseconds; the first runs of a fork are warm-up.
 */
@Fork(value = 1, jvmArgsAppend = BenchProject.QUIET_LOGGING)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class OddsBenchmark {

    private Advisor advisor;
    private UncertainState state;

    @Setup(Level.Trial)
    public void setUp() {
        BenchProject.requireQuietLogging();
        advisor = Advisor.builder().rememberAssessments(0).build();
        state = UncertainState.read(BenchProject.file("src/bench/states/uncertain-10x3.yaml"));
    }

    /** Every combination weighed. */
    @Benchmark
    public OddsResult exactOver59049Combinations() {
        return Odds.of(state).run(advisor);
    }
}
