package org.leverage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test too slow for the default build (child JVMs, subprocesses, fresh rule compilations into a cache of its
 * own): it runs in the {@code stress} profile, {@code mvn -P stress test}, which CI runs after the default build.
 * The default build keeps {@code mvn verify} quick enough to run after every change (issue 11: under 40 s).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {

    /** The JUnit tag: the default build excludes it, the stress profile runs it. */
    String TAG = "stress";
}
