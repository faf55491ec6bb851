package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.leverage.Slow;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.PolicyState;

/**
 * An advisor releases its sessions when closed. Each pool thread that assesses keeps a session, and through it the
 * compiled rules; without {@code close()} a host that builds advisors for a while (rival frameworks, tests) would
 * keep every one of them alive on every pool thread.
 */
@Slow
@Isolated // it measures the whole heap, which a test class running beside it would fill
class AdvisorLifecycleTest {

    /**
     * How many advisors are built and closed: sixteen in the default build, 200 in the {@code stress} profile
     * ({@code -Dleverage.lifecycle.advisors=N}).
     */
    private static final int ADVISORS = Integer.getInteger("leverage.lifecycle.advisors", 16);

    /**
     * The heap an advisor left unclosed keeps is about 1.5 MB (measured with {@code close()} made to do nothing:
     * ten such advisors added 15 MB, forty added 58 MB), so sixteen would add over 20 MB; closed, they add
     * nothing measurable. 8 MB lies well between, and stays clear of the collector's noise.
     */
    private static final long MOST_GROWTH = 8L << 20;

    @Test
    void advisorsBuiltAndClosedOnAThreadPool_leaveTheHeapFlat(@TempDir Path cache) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            cycle(pool, cache, 5);   // warm up: classes loaded, caches filled
            long before = usedHeapAfterGc();
            cycle(pool, cache, ADVISORS);
            long after = usedHeapAfterGc();
            System.out.printf("advisor lifecycle: %d advisors built, used on 4 threads and closed; heap %d MB ->"
                    + " %d MB%n", ADVISORS, before >> 20, after >> 20);
            assertThat(after - before).as("heap growth after %d closed advisors", ADVISORS).isLessThan(MOST_GROWTH);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClosedAdvisorRefusesToAssess_andClosingTwiceIsHarmless() {
        Advisor advisor = Advisor.builder().builtInRulesFrom(TestPaths.rules()).build();
        assertThat(advisor.assess(PolicyState.DEFAULTS).recommendations()).isNotEmpty();
        advisor.close();
        advisor.close();
        assertThatThrownBy(() -> advisor.assess(PolicyState.DEFAULTS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    private static void cycle(ExecutorService pool, Path cache, int advisors) throws Exception {
        for (int i = 0; i < advisors; i++) {
            try (Advisor advisor = Advisor.builder().builtInRulesFrom(TestPaths.rules()).cacheCompiledRules(cache)
                    .rememberAssessments(0).build()) {
                List<Future<?>> runs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    runs.add(pool.submit(() -> advisor.assess(PolicyState.DEFAULTS)));
                }
                for (Future<?> run : runs) {
                    run.get();
                }
            }
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
