package org.leverage.bench;

import java.util.concurrent.TimeUnit;

import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.PolicyState;
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
import org.slf4j.LoggerFactory;

/**
 * A host application's start: in a JVM that has run nothing of Leverage yet, {@code Advisor.builder().build()}
 * and the first assessment, what the application waits for before its first answer. Every fork is a fresh JVM and
 * makes exactly one call (no warm-up), so the score is the mean over forks of a cold start; {@code -f N} sets how
 * many. The fork's JVM is JMH's, with the defaults (no start-up archive, tiered compilation): as a host runs.
 */
@Fork(value = 10, jvmArgsAppend = BenchProject.QUIET_LOGGING)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FreshStartBenchmark {

    /**
     * The advisor over the packaged framework, built in a fresh JVM, and its first assessment. Leverage's first
     * logger sets up logging (here logback, from the CLI's XML): a host that logs pays that once whatever it runs,
     * and counted here it is a third of the score.
     */
    @Benchmark
    public Assessment buildAndAssessOnce() {
        try (Advisor advisor = Advisor.builder().build()) {
            return advisor.assess(PolicyState.builder().build());
        }
    }

    /** A host whose logging is up before it builds an advisor, as an application's usually is. */
    @State(Scope.Benchmark)
    public static class HostLogging {
        @Setup(Level.Trial)
        public void setUp() {
            LoggerFactory.getILoggerFactory();
        }
    }

    /** The same in a fresh JVM whose logging the host has set up already: Leverage's own share of its start. */
    @Benchmark
    public Assessment buildAndAssessOnceAfterTheHostsLogging(HostLogging logging) {
        return buildAndAssessOnce();
    }
}
