package org.leverage.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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

/**
 * Reading a state file with {@link PolicyState#read(Path)}: opening the file, parsing it strictly (with
 * locations for errors) and checking it for contradictions. Both inputs set every field, one in YAML, one in
 * JSON ({@code src/test/resources/states/full.*}); average time per read in microseconds.
 */
@Fork(value = 1, jvmArgsAppend = BenchProject.QUIET_LOGGING)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class StateReadBenchmark {

    private Path yaml;
    private Path json;

    @Setup(Level.Trial)
    public void setUp() {
        BenchProject.requireQuietLogging();
        yaml = BenchProject.file("src/test/resources/states/full.yaml");
        json = BenchProject.file("src/test/resources/states/full.json");
        if (!PolicyState.read(yaml).equals(PolicyState.read(json))) {
            throw new IllegalStateException("full.yaml and full.json no longer describe the same state");
        }
    }

    @Benchmark
    public PolicyState readYaml() {
        return PolicyState.read(yaml);
    }

    @Benchmark
    public PolicyState readJson() {
        return PolicyState.read(json);
    }
}
