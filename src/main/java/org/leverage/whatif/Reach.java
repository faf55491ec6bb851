package org.leverage.whatif;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;
import org.leverage.whatif.ReachResult.Change;
import org.leverage.whatif.ReachResult.ChangeSet;
import org.leverage.whatif.ReachResult.Level;
import org.leverage.whatif.ReachResult.Stop;

/**
 * The smallest sets of changes to a state that give a {@link ReachTarget}: a recommendation that appears, a warning
 * or a concern that disappears, a phase. Immutable; configure it with the methods that return a new search, then
 * {@link #run(Advisor)} it.
 *
 * <p>The search goes by size: every state that changes one of the searched fields (to each of its other values),
 * then every state that changes two, and so on up to {@link #maxChanges()}. It stops after the first size that gives
 * the target at least once and returns every set of that size that does. Each of those is minimal: a proper subset
 * of its changes is a smaller set, already tried and found not to give the target. A state that contradicts itself
 * ({@link PolicyState#contradictions()}) is skipped and counted, never assessed, so a set is never reported through
 * one. Before each size the search counts its states: when they would take it past {@link #budget()} assessments,
 * it stops there and says so rather than search that size in part.
 *
 * <p>Within a size, the sets of fields come in {@link StateField} order (lexicographically by field), and for each
 * set of fields its new values turn like an odometer, the last field fastest, so consecutive states differ in one
 * field and an advisor that re-evaluates incrementally does little work between them. The sets of fields are split
 * into contiguous chunks that a pool of threads (one per core unless told) assesses with the one advisor given; the
 * chunks' findings are put together in order, so the result does not depend on the threads. Give it an advisor
 * built with {@code rememberAssessments(0)}: every state is new.
 *
 * <pre>{@code
 * Advisor advisor = Advisor.builder().rememberAssessments(0).build();
 * ReachResult result = Reach.of(ReachTarget.recommended("CALL_ON_BEIJING_FOR_DRASTIC_ACTION"))
 *         .from(today)
 *         .maxChanges(6)
 *         .run(advisor);
 * result.sets().forEach(set -> System.out.println(set.changes()));
 * }</pre>
 */
public final class Reach {

    /** The most changes a set holds unless told otherwise. */
    public static final int DEFAULT_MAX_CHANGES = 3;

    /** The most changes a set can be allowed to hold. */
    public static final int MAX_CHANGES = 6;

    /** The most states a search assesses unless told otherwise. */
    public static final long DEFAULT_BUDGET = 1_000_000L;

    /** Chunks per thread at least, so that a thread finishing early finds work. */
    private static final int CHUNKS_PER_THREAD = 16;

    private final ReachTarget target;
    private final PolicyState base;
    private final List<StateField> fields;
    private final int maxChanges;
    private final long budget;
    private final int threads;

    private Reach(ReachTarget target, PolicyState base, List<StateField> fields, int maxChanges, long budget,
                  int threads) {
        this.target = target;
        this.base = base;
        this.fields = fields;
        this.maxChanges = maxChanges;
        this.budget = budget;
        this.threads = threads;
    }

    /**
     * A search for this target from the default state, over every field, with at most
     * {@value #DEFAULT_MAX_CHANGES} changes, a budget of {@link #DEFAULT_BUDGET} states and one thread per core.
     */
    public static Reach of(ReachTarget target) {
        return new Reach(Objects.requireNonNull(target, "target must not be null"), PolicyState.DEFAULTS,
                List.of(StateField.values()), DEFAULT_MAX_CHANGES, DEFAULT_BUDGET,
                Runtime.getRuntime().availableProcessors());
    }

    /** The same search from this state: the changes are made to it, and the fields not changed keep its values. */
    public Reach from(PolicyState state) {
        return new Reach(target, Objects.requireNonNull(state, "state must not be null"), fields, maxChanges, budget,
                threads);
    }

    /**
     * The same search changing only these fields (their order does not matter: the search keeps
     * {@link StateField}'s).
     *
     * @throws IllegalArgumentException when none is given or one is named twice
     */
    public Reach vary(List<StateField> varied) {
        EnumSet<StateField> set = EnumSet.noneOf(StateField.class);
        for (StateField field : varied) {
            if (!set.add(Objects.requireNonNull(field, "field must not be null"))) {
                throw new IllegalArgumentException(field.path() + " is named twice");
            }
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("vary at least one field");
        }
        return new Reach(target, base, List.copyOf(set), maxChanges, budget, threads);
    }

    /** The same search changing only these fields; see {@link #vary(List)}. */
    public Reach vary(StateField... varied) {
        return vary(Arrays.asList(varied));
    }

    /**
     * The same search changing every field but these, which keep the base state's values.
     *
     * @throws IllegalArgumentException when one is named twice
     */
    public Reach fix(List<StateField> fixed) {
        EnumSet<StateField> set = EnumSet.allOf(StateField.class);
        for (StateField field : fixed) {
            if (!set.remove(Objects.requireNonNull(field, "field must not be null"))) {
                throw new IllegalArgumentException(field.path() + " is named twice");
            }
        }
        return new Reach(target, base, List.copyOf(set), maxChanges, budget, threads);
    }

    /** The same search keeping these fields; see {@link #fix(List)}. */
    public Reach fix(StateField... fixed) {
        return fix(Arrays.asList(fixed));
    }

    /**
     * The same search with sets of at most this many changes.
     *
     * @throws IllegalArgumentException when it is below 1 or above {@value #MAX_CHANGES}
     */
    public Reach maxChanges(int changes) {
        if (changes < 1 || changes > MAX_CHANGES) {
            throw new IllegalArgumentException("the most changes must be between 1 and " + MAX_CHANGES + ", was "
                    + changes);
        }
        return new Reach(target, base, fields, changes, budget, threads);
    }

    /**
     * The same search assessing at most this many states.
     *
     * @throws IllegalArgumentException when it is below 1
     */
    public Reach budget(long states) {
        if (states < 1) {
            throw new IllegalArgumentException("the budget must be at least 1, was " + states);
        }
        return new Reach(target, base, fields, maxChanges, states, threads);
    }

    /** The same search on this many threads. */
    public Reach threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + count);
        }
        return new Reach(target, base, fields, maxChanges, budget, count);
    }

    public ReachTarget target() {
        return target;
    }

    public PolicyState base() {
        return base;
    }

    /** The fields the search may change, in {@link StateField} order. */
    public List<StateField> fields() {
        return fields;
    }

    public int maxChanges() {
        return maxChanges;
    }

    public long budget() {
        return budget;
    }

    public int threads() {
        return threads;
    }

    /**
     * Searches, size by size, for the smallest sets of changes that give the target.
     *
     * @throws IllegalArgumentException              when no rule of the advisor concludes the target's id
     * @throws org.leverage.api.InvalidStateException when the base state contradicts itself
     * @throws org.leverage.api.RuleException         when a rule fails while it runs
     * @throws CancellationException                  when the calling thread is interrupted
     */
    public ReachResult run(Advisor advisor) {
        return run(advisor, (done, total) -> { });
    }

    /**
     * Searches as {@link #run(Advisor)} does, reporting how far it has got in the size it is searching, on the
     * calling thread, every fifth of a second: the states of that size tried so far, and all of them.
     *
     * @throws IllegalArgumentException              when no rule of the advisor concludes the target's id
     * @throws org.leverage.api.InvalidStateException when the base state contradicts itself
     * @throws org.leverage.api.RuleException         when a rule fails while it runs
     * @throws CancellationException                  when the calling thread is interrupted
     */
    public ReachResult run(Advisor advisor, Sweep.Progress progress) {
        Objects.requireNonNull(advisor, "advisor must not be null");
        Objects.requireNonNull(progress, "progress must not be null");
        String id = target instanceof ReachTarget.Recommended r ? r.id()
                : target instanceof ReachTarget.NoWarning w ? w.id()
                : target instanceof ReachTarget.NoConcern c ? c.id() : null;
        if (id != null && !advisor.explainableIds().contains(id)) {
            throw new IllegalArgumentException("no rule of the advisor concludes " + id + "; ids: "
                    + String.join(", ", advisor.explainableIds()));
        }
        long started = System.nanoTime();
        Assessment baseAssessment = advisor.assess(base);
        if (target.holds(baseAssessment)) {
            return result(List.of(), List.of(), Stop.ALREADY_HOLDS, null, started);
        }
        Space space = new Space(base, fields);
        List<Level> levels = new ArrayList<>();
        long left = budget;
        for (int size = 1; size <= maxChanges; size++) {
            if (size > fields.size()) {
                return result(List.of(), levels, Stop.EXHAUSTED, null, started);
            }
            long states = space.states(size);
            if (states > left) {
                long consistent = space.consistentUpTo(size, left);
                if (consistent > left) {
                    return result(List.of(), levels, Stop.BUDGET, new Level(size, states, consistent, 0), started);
                }
            }
            List<int[]> subsets = space.subsets(size);
            Found found = search(advisor, space, subsets, states, progress);
            levels.add(new Level(size, states, found.assessed, found.skipped));
            left -= found.assessed;
            if (!found.hits.isEmpty()) {
                Ids ids = Ids.of(advisor);
                List<ChangeSet> sets = new ArrayList<>();
                for (Hit hit : found.hits) {
                    sets.add(space.changeSet(subsets.get(hit.subset), hit.values, advisor, baseAssessment, ids));
                }
                return result(sets, levels, Stop.FOUND, null, started);
            }
        }
        return result(List.of(), levels, maxChanges >= fields.size() ? Stop.EXHAUSTED : Stop.MAX_CHANGES, null,
                started);
    }

    private ReachResult result(List<ChangeSet> sets, List<Level> levels, Stop stop, Level refused, long started) {
        return new ReachResult(target, base, fields, maxChanges, budget, sets, levels, stop, refused,
                Duration.ofNanos(System.nanoTime() - started), threads);
    }

    /** One state that gives the target: which set of fields of the size, and the index of each one's new value. */
    private record Hit(int subset, int[] values) {
    }

    /** What a chunk, or a whole size, found. */
    private record Found(List<Hit> hits, long assessed, long skipped) {
    }

    /** Assesses every state of one size, on the pool, and puts the chunks' findings together in order. */
    private Found search(Advisor advisor, Space space, List<int[]> subsets, long states, Sweep.Progress progress) {
        int[] bounds = chunks(space, subsets);
        AtomicBoolean failed = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        long[] reported = {System.nanoTime()};
        ExecutorService pool = Executors.newFixedThreadPool(threads, Pools.daemonThreads("leverage-reach"));
        try {
            List<Future<Found>> futures = new ArrayList<>();
            for (int c = 0; c + 1 < bounds.length; c++) {
                int from = bounds[c];
                int to = bounds[c + 1];
                futures.add(pool.submit(() -> walk(advisor, space, subsets, from, to, failed, done)));
            }
            List<Hit> hits = new ArrayList<>();
            long assessed = 0;
            long skipped = 0;
            RuntimeException failure = null;
            for (Future<Found> future : futures) {
                try {
                    Found found = Sweep.await(future, done, states, progress, reported);
                    hits.addAll(found.hits);
                    assessed += found.assessed;
                    skipped += found.skipped;
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
            progress.update(states, states);
            return new Found(hits, assessed, skipped);
        } catch (InterruptedException e) {
            failed.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("the search was interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Where the chunks start: contiguous runs of sets of fields with about the same number of states each. */
    private int[] chunks(Space space, List<int[]> subsets) {
        long total = 0;
        long[] sizes = new long[subsets.size()];
        for (int s = 0; s < sizes.length; s++) {
            sizes[s] = space.states(subsets.get(s));
            total += sizes[s];
        }
        long each = Math.max(1, total / ((long) threads * CHUNKS_PER_THREAD));
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        long inChunk = 0;
        for (int s = 0; s < sizes.length; s++) {
            inChunk += sizes[s];
            if (inChunk >= each && s + 1 < sizes.length) {
                bounds.add(s + 1);
                inChunk = 0;
            }
        }
        bounds.add(sizes.length);
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One thread's work: the states of the sets of fields {@code from} to {@code to} (exclusive), in order. */
    private Found walk(Advisor advisor, Space space, List<int[]> subsets, int from, int to, AtomicBoolean failed,
                       AtomicLong done) {
        try {
            List<Hit> hits = new ArrayList<>();
            long[] counts = new long[2];
            for (int s = from; s < to; s++) {
                int subset = s;
                space.forEachState(subsets.get(s), (state, values) -> {
                    if (failed.get()) {
                        throw new Chunk.Stopped();
                    }
                    if (((counts[0] + counts[1]) & 63) == 63) {
                        done.addAndGet(64);
                    }
                    if (!state.contradictions().isEmpty()) {
                        counts[1]++;
                        return true;
                    }
                    counts[0]++;
                    if (target.holds(advisor.assess(state))) {
                        hits.add(new Hit(subset, values.clone()));
                    }
                    return true;
                });
            }
            done.addAndGet((counts[0] + counts[1]) & 63);
            return new Found(hits, counts[0], counts[1]);
        } catch (RuntimeException | Error e) {
            failed.set(true);
            throw e;
        }
    }

    /**
     * The states within reach of a base: for each searched field, its values other than the base's, in the order of
     * its {@link StateField#choices()}; a set of fields is an array of indices into the searched fields, ascending.
     */
    private static final class Space {
        private final PolicyState base;
        private final List<StateField> fields;
        private final Object[][] others;

        Space(PolicyState base, List<StateField> fields) {
            this.base = base;
            this.fields = fields;
            this.others = new Object[fields.size()][];
            for (int f = 0; f < fields.size(); f++) {
                Object current = fields.get(f).get(base);
                others[f] = fields.get(f).choices().stream().filter(v -> !v.equals(current)).toArray();
            }
        }

        /** How many states change exactly {@code size} fields: the sum, over the sets of fields, of their products. */
        long states(int size) {
            // e[j]: the states that change j of the fields seen so far (an elementary symmetric polynomial).
            long[] e = new long[size + 1];
            e[0] = 1;
            for (Object[] values : others) {
                for (int j = size; j >= 1; j--) {
                    e[j] = saturatedAdd(e[j], saturatedMultiply(e[j - 1], values.length));
                }
            }
            return e[size];
        }

        long states(int[] subset) {
            long product = 1;
            for (int f : subset) {
                product *= others[f].length;
            }
            return product;
        }

        /** Every set of {@code size} fields, lexicographically. */
        List<int[]> subsets(int size) {
            List<int[]> subsets = new ArrayList<>();
            int[] subset = first(size);
            do {
                subsets.add(subset.clone());
            } while (next(subset));
            return subsets;
        }

        /** The states of this size that do not contradict themselves, counted up to {@code limit} + 1 at most. */
        long consistentUpTo(int size, long limit) {
            long[] count = {0};
            int[] subset = first(size);
            do {
                forEachState(subset, (state, values) -> {
                    if (state.contradictions().isEmpty()) {
                        count[0]++;
                    }
                    return count[0] <= limit;
                });
            } while (count[0] <= limit && next(subset));
            return count[0];
        }

        /** What a visitor of states does with each; false stops the walk. */
        @FunctionalInterface
        interface Visitor {
            boolean visit(PolicyState state, int[] values);
        }

        /**
         * Every state that changes exactly these fields, the last one's value turning fastest; {@code values} holds
         * the index of each field's new value among its others, and is reused from one state to the next.
         */
        void forEachState(int[] subset, Visitor visitor) {
            int[] values = new int[subset.length];
            PolicyState.Builder builder = base.toBuilder();
            for (int i = 0; i < subset.length; i++) {
                fields.get(subset[i]).set(builder, others[subset[i]][0]);
            }
            while (visitor.visit(builder.build(), values)) {
                int i = subset.length - 1;
                while (i >= 0) {
                    int f = subset[i];
                    values[i] = values[i] + 1 == others[f].length ? 0 : values[i] + 1;
                    fields.get(f).set(builder, others[f][values[i]]);
                    if (values[i] != 0) {
                        break;
                    }
                    i--;
                }
                if (i < 0) {
                    return;
                }
            }
        }

        ChangeSet changeSet(int[] subset, int[] values, Advisor advisor, Assessment baseAssessment, Ids ids) {
            List<Change> changes = new ArrayList<>();
            PolicyState.Builder builder = base.toBuilder();
            for (int i = 0; i < subset.length; i++) {
                StateField field = fields.get(subset[i]);
                Object value = others[subset[i]][values[i]];
                changes.add(new Change(field, field.get(base), value));
                field.set(builder, value);
            }
            PolicyState state = builder.build();
            Difference difference = Difference.between(base, baseAssessment, state, advisor.assess(state), ids);
            return new ChangeSet(changes, state, difference);
        }

        private int[] first(int size) {
            int[] subset = new int[size];
            for (int i = 0; i < size; i++) {
                subset[i] = i;
            }
            return subset;
        }

        /** Turns {@code subset} into the next set of as many fields, lexicographically; false after the last. */
        private boolean next(int[] subset) {
            int n = fields.size();
            int k = subset.length;
            int i = k - 1;
            while (i >= 0 && subset[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                return false;
            }
            subset[i]++;
            for (int j = i + 1; j < k; j++) {
                subset[j] = subset[j - 1] + 1;
            }
            return true;
        }

        private static long saturatedAdd(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }

        private static long saturatedMultiply(long a, long b) {
            return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
        }
    }
}
