package org.leverage.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.leverage.api.Advisor;
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
 * Building an {@link Advisor}, i.e. compiling the framework's rules into a knowledge base: what every CLI run
 * and every embedding application pays once at start-up. One build per iteration ({@link Mode#SingleShotTime}),
 * in milliseconds; the first few builds of a fork are warm-up (class loading, JIT). Note that {@code -wi} and
 * {@code -i} on the command line override the iteration counts given here.
 */
@Fork(value = 1, jvmArgsAppend = BenchProject.QUIET_LOGGING)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@State(Scope.Benchmark)
public class KnowledgeBaseBenchmark {

    private Path rulesFolder;

    @Setup(Level.Trial)
    public void setUp() {
        BenchProject.requireQuietLogging();
        rulesFolder = BenchProject.dir().resolve("rules");
    }

    /** The rules packaged in the jar, as an embedding application builds its advisor. */
    @Benchmark
    public Advisor buildFromPackagedRules() {
        return loaded(Advisor.builder().build());
    }

    /** The project's {@code rules/} folder, as {@code bin/leverage} builds it on every run. */
    @Benchmark
    public Advisor buildFromRulesFolder() {
        return loaded(Advisor.builder().builtInRulesFrom(rulesFolder).build());
    }

    /** The framework's executable model loads on first use: listing the rules is a use, and assesses nothing. */
    private static Advisor loaded(Advisor advisor) {
        advisor.rules();
        return advisor;
    }
}
