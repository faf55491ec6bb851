package org.leverage.whatif;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.leverage.api.Advisor;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;

/**
 * A sensitivity sweep: every combination of some fields' values (both booleans, every enum constant), set on a
 * base state, assessed, and compared. It says, for each field, which conclusions it can flip: those that differ
 * between two combinations that differ only in that field. Immutable; configure it with the methods that return
 * a new sweep, then {@link #run(Advisor)} it.
 *
 * <p>Combinations are numbered like an odometer, the last field changing fastest, so consecutive combinations
 * differ in one field and an advisor that re-evaluates incrementally does little work between them. The range is
 * split into contiguous chunks that a fixed pool of threads (one per core unless told) assesses with the one
 * advisor given. A combination that contradicts itself ({@link PolicyState#contradictions()}) is skipped and
 * counted, not assessed. Give the sweep an advisor built with {@code rememberAssessments(0)}: every state is new.
 * This class configures a sweep and runs its pool; {@code Chunk} is one thread's walk over its stretch of the
 * odometer, and {@code Gathering} puts what the chunks found together.
 *
 * <pre>{@code
 * Advisor advisor = Advisor.builder().rememberAssessments(0).build();
 * SweepResult result = Sweep.over(StateField.THAAD_DEPLOYED, StateField.WITHDRAWAL)
 *         .from(today)
 *         .run(advisor);
 * result.flips(StateField.WITHDRAWAL).forEach(System.out::println);
 * }</pre>
 */
public final class Sweep {

    /** The most combinations a sweep assesses unless told otherwise. */
    public static final long DEFAULT_LIMIT = 1_000_000L;

    /** The most combinations any sweep can hold: it keeps one int per combination. */
    public static final long MAX_LIMIT = Integer.MAX_VALUE - 8;

    /** Chunks per thread at least: enough that a thread finishing early finds work. */
    private static final int CHUNKS_PER_THREAD = 16;

    /**
     * Combinations per chunk at most. The pool takes chunks in order, so its threads work on neighbouring
     * stretches of the odometer: when the advisor hands one thread a session another just used, the state in it
     * is a near one, and little has to be re-evaluated.
     */
    private static final int MAX_CHUNK = 1024;

    /** How often a run reports its progress. */
    private static final long PROGRESS_MILLIS = 200;

    /** The outcome number of a combination that contradicts itself. */
    static final int SKIPPED = -1;

    /** Reports how far a run has got; called on the thread that called {@link #run}, every fifth of a second. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param done  the combinations assessed or skipped so far
         * @param total all the combinations
         */
        void update(long done, long total);
    }

    private final List<StateField> fields;
    private final PolicyState base;
    private final long limit;
    private final int threads;

    private Sweep(List<StateField> fields, PolicyState base, long limit, int threads) {
        this.fields = fields;
        this.base = base;
        this.limit = limit;
        this.threads = threads;
    }

    /**
     * A sweep over these fields, in this order (the last changes fastest), from the default state, with the
     * default limit and one thread per core.
     *
     * @throws IllegalArgumentException when a field is named twice
     */
    public static Sweep over(List<StateField> fields) {
        List<StateField> copy = List.copyOf(fields);
        Set<StateField> seen = new HashSet<>();
        for (StateField field : copy) {
            if (!seen.add(field)) {
                throw new IllegalArgumentException(field.path() + " is named twice");
            }
        }
        return new Sweep(copy, PolicyState.DEFAULTS, DEFAULT_LIMIT, Runtime.getRuntime().availableProcessors());
    }

    /** A sweep over these fields; see {@link #over(List)}. */
    public static Sweep over(StateField... fields) {
        return over(Arrays.asList(fields));
    }

    /** The same sweep from this state: the fields not varied keep its values, and its label and date. */
    public Sweep from(PolicyState state) {
        return new Sweep(fields, Objects.requireNonNull(state, "state must not be null"), limit, threads);
    }

    /**
     * The same sweep refusing more than this many combinations.
     *
     * @throws IllegalArgumentException when it is below 1 or above {@link #MAX_LIMIT}
     */
    public Sweep limit(long combinations) {
        if (combinations < 1 || combinations > MAX_LIMIT) {
            throw new IllegalArgumentException("the limit must be between 1 and " + MAX_LIMIT + ", was "
                    + combinations);
        }
        return new Sweep(fields, base, combinations, threads);
    }

    /** The same sweep on this many threads. */
    public Sweep threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + count);
        }
        return new Sweep(fields, base, limit, count);
    }

    public List<StateField> fields() {
        return fields;
    }

    public PolicyState base() {
        return base;
    }

    public long limit() {
        return limit;
    }

    public int threads() {
        return threads;
    }

    /** The exact number of combinations: the product of the fields' numbers of values. */
    public BigInteger combinations() {
        return new Odometer(fields).count();
    }

    /**
     * The state of one combination: the base with the fields set to its values.
     *
     * @param index from 0 (every field at its first value) to {@link #combinations()} − 1
     */
    public PolicyState combination(long index) {
        Odometer odometer = new Odometer(fields);
        if (index < 0 || BigInteger.valueOf(index).compareTo(odometer.count()) >= 0) {
            throw new IndexOutOfBoundsException("combination " + index + " of " + odometer.count());
        }
        return odometer.state(base, index);
    }

    /** Runs the sweep; see {@link #run(Advisor, Progress)}. */
    public SweepResult run(Advisor advisor) {
        return run(advisor, (done, total) -> { });
    }

    /**
     * Assesses every combination that does not contradict itself and compares the outcomes.
     *
     * @throws SweepTooLargeException           when there are more combinations than the limit, before any work
     * @throws org.leverage.api.RuleException   when a rule fails while it runs
     * @throws CancellationException            when the calling thread is interrupted
     */
    public SweepResult run(Advisor advisor, Progress progress) {
        Objects.requireNonNull(advisor, "advisor must not be null");
        Objects.requireNonNull(progress, "progress must not be null");
        Odometer odometer = new Odometer(fields);
        BigInteger count = odometer.count();
        if (count.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw new SweepTooLargeException(count, limit);
        }
        long started = System.nanoTime();
        int size = count.intValueExact();
        int[] outcomeOf = new int[size];
        int chunks = (int) Math.min(size, Math.max((long) threads * CHUNKS_PER_THREAD,
                (size + MAX_CHUNK - 1) / MAX_CHUNK));
        AtomicLong done = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads, Pools.daemonThreads("leverage-sweep"));
        List<Future<Chunk>> futures = new ArrayList<>(chunks);
        List<Chunk> results = new ArrayList<>(chunks);
        try {
            for (int c = 0; c < chunks; c++) {
                int start = (int) ((long) size * c / chunks);
                int end = (int) ((long) size * (c + 1) / chunks);
                futures.add(pool.submit(() -> Chunk.assess(advisor, odometer, base, start, end, outcomeOf, done,
                        failed)));
            }
            RuntimeException failure = null;
            long[] reported = {System.nanoTime()};
            for (Future<Chunk> future : futures) {
                try {
                    results.add(await(future, done, size, progress, reported));
                } catch (ExecutionException e) {
                    failed.set(true);
                    if (failure == null && !(e.getCause() instanceof Chunk.Stopped)) {
                        failure = Pools.rethrowable(e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            failed.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("the sweep was interrupted");
        } finally {
            pool.shutdownNow();
        }
        progress.update(size, size);

        List<Outcome> outcomes = new ArrayList<>();
        long skipped = Gathering.number(results, outcomeOf, outcomes);
        Ids ids = Ids.of(advisor);
        Map<StateField, Map<Output, SweepResult.Witness>> flips = Gathering.flips(odometer, outcomeOf, outcomes, ids);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        return new SweepResult(odometer, base, outcomeOf, outcomes, skipped, flips, elapsed, threads, ids);
    }

    /**
     * Waits for a chunk, reporting progress whenever a fifth of a second has passed since the last report; a
     * {@link Reach} waits for its chunks the same way.
     */
    static <T> T await(Future<T> future, AtomicLong done, long total, Progress progress, long[] reported)
            throws ExecutionException, InterruptedException {
        while (true) {
            long now = System.nanoTime();
            long due = reported[0] + TimeUnit.MILLISECONDS.toNanos(PROGRESS_MILLIS);
            if (now - due >= 0) {
                progress.update(done.get(), total);
                reported[0] = now;
                continue;
            }
            try {
                return future.get(due - now, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // time to report again
            }
        }
    }
}
