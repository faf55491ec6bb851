package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.ChildProcess;

/**
 * The run bin/leverage trains its start-up archive on must load both halves of the framework, or the half it skips
 * starts slower: an assessment runs the executable model, {@code explain} the compiled DRL.
 */
class StartupTrainingTest {

    @Test
    void trainsOnTheExecutableModelAndTheCompiledDrl_printingNothing() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:off", "-Xlog:class+load=info:file=/dev/stderr",
                "-cp", ChildProcess.testClassPath(), StartupTraining.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeAll(List.of("LEVERAGE_JAVA_OPTS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS",
                "JAVA_TOOL_OPTIONS"));
        ChildProcess.Finished run = ChildProcess.run(builder, "startup training");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        // A class the build generated for a rule, and the DRL compiler's constraint class.
        assertThat(run.err()).containsPattern("\\] concerns\\.Rules[0-9A-F]+ source")
                .contains("org.drools.mvel.MVELConstraint source");
    }
}
