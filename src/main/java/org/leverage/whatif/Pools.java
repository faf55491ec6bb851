package org.leverage.whatif;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** What the what-if tools' thread pools share: their threads, and how a chunk's failure reaches the caller. */
final class Pools {

    private Pools() {
    }

    /** Daemon threads named {@code prefix-1}, {@code prefix-2}, ...: a pool left behind never keeps a JVM up. */
    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A chunk's failure as the caller should see it: a runtime exception as it is, an error thrown as it is. */
    static RuntimeException rethrowable(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
