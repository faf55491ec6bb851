package org.leverage;

import java.nio.file.Path;
import org.leverage.api.Advisor;

/**
 * Advisors over the clone's rules for tests. Compiling the framework is the dearest thing a test does (a second or
 * two), so tests share one advisor where they only assess, and otherwise build theirs through the compiled-rules
 * cache the build keeps in {@code target/test-cache}. Tests of compiling and of the cache itself build their own.
 */
public final class TestAdvisors {

    private TestAdvisors() {
    }

    /** The shared advisor of the clone's rules, with the defaults; never close it. */
    public static Advisor builtIn() {
        return Shared.ADVISOR;
    }

    /** A builder of the clone's rules that compiles through the build's cache. */
    public static Advisor.Builder builder() {
        return Advisor.builder().builtInRulesFrom(TestPaths.rules()).cacheCompiledRules(cache());
    }

    /** The build's compiled-rules cache, as Surefire names it ({@code leverage.cache.dir}). */
    public static Path cache() {
        return Path.of(System.getProperty("leverage.cache.dir", "target/test-cache"));
    }

    /** Built on first use, by whichever test class comes first. */
    private static final class Shared {
        static final Advisor ADVISOR = builder().build();
    }
}
