package org.leverage;

/**
 * Process-wide state a few tests replace for a moment. The default build runs test classes two at a time
 * ({@code junit-platform.properties}), so a test that replaces one of these holds its lock
 * ({@code @ResourceLock(SharedState.STANDARD_INPUT)}); a test that points {@code leverage.home} at another clone
 * or changes the default locale runs alone ({@code @Isolated}, or a {@code Resources.GLOBAL} lock on the method).
 */
public final class SharedState {

    /** {@code System.in}, which {@code leverage ... -} reads. */
    public static final String STANDARD_INPUT = "java.lang.System.in";

    private SharedState() {
    }
}
