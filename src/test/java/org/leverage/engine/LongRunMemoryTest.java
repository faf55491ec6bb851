package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.leverage.ChildProcess;
import org.leverage.RandomPolicyStates;
import org.leverage.Slow;
import org.leverage.TestAdvisors;
import org.leverage.api.Advisor;

/**
 * One thread assessing state after state with one advisor, as a sweep or a long-lived host does, keeps its heap
 * flat. Drools 10.2 kept about a kilobyte per assessment in a session updated in place (truth-maintenance tuples
 * and their propagation contexts), which grew a sweep by hundreds of megabytes; {@link StateSession} now resets
 * its session now and then. Measured in a JVM of its own, where a full collection before each reading is exact.
 */
@Slow // a child JVM assessing 45,000 states
class LongRunMemoryTest {

    private static final int WARM_UP = 5_000;
    private static final int STATES = 40_000;

    @Test
    void theHeapAfterFortyThousandMoreRandomStatesIsWhatItWasBefore() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                "-Dlogback.configurationFile=org/leverage/cli/logback-cli.xml",
                "-Dleverage.cache.dir=" + TestAdvisors.cache().toAbsolutePath(),
                "-cp", ChildProcess.testClassPath(), Run.class.getName()));
        ChildProcess.Finished run = ChildProcess.run(new ProcessBuilder(command), "long run");
        assertThat(run.code()).as(run.err()).isZero();
        String[] used = run.outText().trim().split("\\s+");
        long before = Long.parseLong(used[0]);
        long after = Long.parseLong(used[1]);
        // The leak added about 40 MB over these states; what stays is the JIT's and the engine's own caches.
        assertThat(after - before).as("heap growth in bytes (before %d, after %d)", before, after)
                .isLessThan(6L * 1024 * 1024);
    }

    /** The child: prints the heap in use after warming up and after the long run, each after a full collection. */
    public static final class Run {
        public static void main(String[] args) {
            try (Advisor advisor = TestAdvisors.builder().rememberAssessments(0).build()) {
                SplittableRandom random = new SplittableRandom(20170315L);
                assess(advisor, random, WARM_UP);
                long before = usedAfterCollection();
                assess(advisor, random, STATES);
                long after = usedAfterCollection();
                System.out.println(before + " " + after);
            }
        }

        private static void assess(Advisor advisor, SplittableRandom random, int count) {
            for (int done = 0; done < count; done++) {
                advisor.assess(RandomPolicyStates.next(random)).recommendations().forEach(r -> r.because().size());
            }
        }

        private static long usedAfterCollection() {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
