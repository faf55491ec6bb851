package org.leverage.engine;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The threads an advisor runs untrusted rules on, one for each thread that calls it, so that the caller waits
 * for its rules no longer than the time limit. A right-hand side that loops forever cannot be stopped inside a
 * JVM (halting the agenda waits for it to return; {@code Thread.stop} is gone), but it need not take its
 * caller with it: past the limit the rules are halted and their thread interrupted, and when they still have
 * not returned a tenth of a second later the thread is left to them and the caller goes on.
 * <p>
 * The hand-over is a pair of park/unpark calls, not an executor. A parked thread takes tens of microseconds to
 * wake on a virtual machine, so on one thread rules run this way assess about a third as many states a second
 * as on the caller's own (AssessBenchmark, {@code rules=folder}: some 5,800 against 17,600 on a 2-core machine;
 * level on two threads);
 * spinning instead of parking won that back on an idle machine but took a core from every other thread on a busy
 * one, so they park. The built-in framework, which
 * cannot run away, does not hand over at all.
 */
final class RuleThreads implements AutoCloseable {

    /** How long rules that were told to stop get to return before their thread is given up on. */
    static final Duration GRACE = Duration.ofMillis(100);

    /**
     * How often an idle rule thread looks whether the thread it serves has ended: a host that starts a thread per
     * request would otherwise keep one parked rule thread per request it ever served.
     */
    static final Duration IDLE_CHECK = Duration.ofSeconds(1);

    /** What a caller learns when its rules ran past the limit. */
    record Overrun(StackTraceElement[] stack, boolean stopped, String threadName) {
    }

    /** Thrown to the caller when the rules ran past the limit; {@link SessionRunner} words it. */
    static final class OverrunException extends RuntimeException {
        private final transient Overrun overrun;

        OverrunException(Overrun overrun) {
            super(null, null, false, false);
            this.overrun = overrun;
        }

        Overrun overrun() {
            return overrun;
        }
    }

    private final long limitNanos;
    private final String namePrefix;
    private final AtomicInteger started = new AtomicInteger();
    private final ThreadLocal<RuleThread> byCaller = new ThreadLocal<>();
    /** Every rule thread waiting for work, so that {@link #close} can end them. */
    private final Set<RuleThread> live = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param limit      how long a caller waits for its rules
     * @param namePrefix the start of each thread's name, {@code leverage-rules-}, then a number
     */
    RuleThreads(Duration limit, String namePrefix) {
        this.limitNanos = limit.toNanos();
        this.namePrefix = namePrefix;
    }

    /**
     * Runs {@code work} on this caller's rule thread and returns what it returns, or throws what it throws.
     *
     * @param stop called once when the limit has passed, on the caller's thread, to ask the rules to stop
     *             (halting the agenda); the rule thread is interrupted too
     * @throws OverrunException when the limit passed; {@link Overrun#stopped()} says whether the rules returned
     *                          within the grace that followed
     */
    <T> T run(Supplier<T> work, Runnable stop) {
        if (closed) {
            throw new IllegalStateException("this advisor is closed; build another to assess");
        }
        RuleThread thread = byCaller.get();
        if (thread == null) {
            thread = new RuleThread(namePrefix + started.incrementAndGet(), Thread.currentThread());
            byCaller.set(thread);
            live.add(thread);
            thread.thread.start();
        }
        @SuppressWarnings("unchecked")
        T result = (T) thread.run(work, stop);
        return result;
    }

    /** The rule threads that serve a caller now, for tests. */
    java.util.List<Thread> live() {
        return live.stream().map(t -> t.thread).toList();
    }

    /** Ends every rule thread that is waiting for work; one still running rules ends when they return. */
    @Override
    public void close() {
        closed = true;
        for (RuleThread thread : live) {
            thread.retire();
        }
        live.clear();
    }

    /** One caller's rule thread: it waits for work, runs it, and hands back the result. */
    private final class RuleThread implements Runnable {
        final Thread thread;
        /** The caller this thread serves; when it has ended and nothing is to run, this thread ends too. */
        private final Thread owner;
        private volatile Supplier<?> task;
        private volatile Thread caller;
        private volatile boolean done;
        private volatile boolean retired;
        private Object result;
        private Throwable failure;

        RuleThread(String name, Thread owner) {
            this.owner = owner;
            thread = new Thread(this, name);
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            while (!retired) {
                Supplier<?> work = task;
                if (work == null) {
                    LockSupport.parkNanos(this, IDLE_CHECK.toNanos());
                    if (task == null && !owner.isAlive()) {
                        retired = true;
                        live.remove(this);
                    }
                    continue;
                }
                Thread.interrupted(); // an interrupt meant for the last run is not this one's
                try {
                    result = work.get();
                } catch (Throwable e) {
                    // Errors too (an exhausted stack or heap): they are the rules' failure, the caller's to report.
                    failure = e;
                }
                task = null;
                done = true;
                LockSupport.unpark(caller);
            }
        }

        Object run(Supplier<?> work, Runnable stop) {
            caller = Thread.currentThread();
            result = null;
            failure = null;
            done = false;
            task = work;
            LockSupport.unpark(thread);
            long deadline = System.nanoTime() + limitNanos;
            boolean interrupted = false;
            try {
                if (!await(deadline)) {
                    interrupted = Thread.interrupted();
                    StackTraceElement[] stack = thread.getStackTrace();
                    stop.run();
                    thread.interrupt();
                    boolean stopped = await(System.nanoTime() + GRACE.toNanos());
                    if (!stopped) {
                        // The rules ignore both: give this thread up to them; the caller's next run gets another.
                        retire();
                        live.remove(this);
                        byCaller.remove();
                    }
                    throw new OverrunException(new Overrun(stack, stopped, thread.getName()));
                }
                if (failure instanceof RuntimeException e) {
                    throw e;
                }
                if (failure instanceof Error e) {
                    throw e;
                }
                return result;
            } finally {
                interrupted |= Thread.interrupted();
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /**
         * Waits until the work is done or the deadline passes. An interrupt of the caller does not cut the wait
         * short (the limit already bounds it); it is kept for the caller to see afterwards.
         */
        private boolean await(long deadline) {
            boolean interrupted = false;
            while (!done) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                LockSupport.parkNanos(this, Math.min(left, TimeUnit.SECONDS.toNanos(1)));
                interrupted |= Thread.interrupted();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return done;
        }

        void retire() {
            retired = true;
            LockSupport.unpark(thread);
        }
    }
}
