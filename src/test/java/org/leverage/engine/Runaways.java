package org.leverage.engine;

import java.util.concurrent.CountDownLatch;

/**
 * What the misbehaving test rules loop on: a latch each test opens when it ends, so that a rule thread left to a
 * loop that ignores interrupts and halts ends with the test instead of spinning through the rest of the build.
 * Rules read it from their right-hand side or an {@code eval}.
 */
public final class Runaways {

    private static volatile CountDownLatch current = new CountDownLatch(1);

    private Runaways() {
    }

    /** The latch of the test now running: a rule loops while it is closed. */
    public static CountDownLatch current() {
        return current;
    }

    /** Loops, ignoring interrupts, until the current test ends; for an {@code eval}. */
    public static boolean holdInCondition() {
        CountDownLatch held = current;
        while (held.getCount() > 0) {
            Thread.onSpinWait();
        }
        return false;
    }

    /** Lets every loop of the test now running end, and closes a new latch for the next test. */
    static void releaseAll() {
        CountDownLatch ending = current;
        current = new CountDownLatch(1);
        ending.countDown();
    }
}
