package org.leverage.whatif;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;
import org.leverage.api.UncertainState;

/**
 * The odds of each piece of advice when some facts are uncertain: every combination of the uncertain fields'
 * values, weighed by the product of their chances (fields taken as independent), is assessed, and each
 * conclusion's chance is the weight of the combinations that give it. Combinations that contradict themselves are
 * left out and their weight reported; the chances are of the rest. When there are more combinations than the
 * exact limit, a seeded sample of them is drawn by their chances instead, and each chance comes with its 95 %
 * interval (Wilson's). Immutable; configure it with the methods that return a new one, then {@link #run} it.
 *
 * <p>Combinations are numbered like an odometer, the last uncertain field changing fastest, and split into
 * contiguous chunks for a pool of threads, so consecutive states differ in one field and the engine re-evaluates
 * little; a sample is drawn in fixed chunks each with its own generator split from the seed. Either way the
 * chunks are added up in order, so the same input gives the same numbers, bit for bit, on any number of threads.
 * Give it an advisor built with {@code rememberAssessments(0)}: every combination is a new state.
 *
 * <pre>{@code
 * OddsResult odds = Odds.of(UncertainState.read(Path.of("uncertain-2017.yaml")))
 *         .run(Advisor.builder().rememberAssessments(0).build());
 * odds.items().forEach(i -> System.out.println(i.claim() + " " + i.probability()));
 * }</pre>
 */
public final class Odds {

    /** The most combinations weighed one by one unless told otherwise; past it, a sample is drawn. */
    public static final long DEFAULT_EXACT_LIMIT = 1_000_000;

    /** The most combinations any odds weigh one by one: hours of work here, and chunk numbers that fit an int. */
    public static final long MAX_EXACT_LIMIT = 1_000_000_000L;

    /** How many combinations a sample draws unless told otherwise. */
    public static final int DEFAULT_SAMPLES = 100_000;

    /** The seed of a sample unless told otherwise: the essay's day. */
    public static final long DEFAULT_SEED = 20170329;

    /** Combinations or samples per chunk: enough to keep a thread busy, few enough to share the work out. */
    private static final int CHUNK = 1024;

    /** The 97.5th percentile of the standard normal distribution, for 95 % intervals. */
    private static final double Z = 1.959963984540054;

    private final UncertainState state;
    private final long exactLimit;
    private final int samples;
    private final long seed;
    private final int threads;

    private Odds(UncertainState state, long exactLimit, int samples, long seed, int threads) {
        this.state = state;
        this.exactLimit = exactLimit;
        this.samples = samples;
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * The odds over this uncertain state, with the default limits and one thread per core.
     *
     * @param state the state
     * @return the odds, ready to run
     */
    public static Odds of(UncertainState state) {
        return new Odds(Objects.requireNonNull(state, "state"), DEFAULT_EXACT_LIMIT, DEFAULT_SAMPLES, DEFAULT_SEED,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * The same odds, weighing every combination when there are at most this many, else sampling.
     *
     * @param combinations the limit, from 1 to {@link #MAX_EXACT_LIMIT}
     * @return a new odds
     */
    public Odds exactLimit(long combinations) {
        if (combinations < 1 || combinations > MAX_EXACT_LIMIT) {
            throw new IllegalArgumentException("the exact limit must be from 1 to " + MAX_EXACT_LIMIT + ", was "
                    + combinations);
        }
        return new Odds(state, combinations, samples, seed, threads);
    }

    /**
     * The same odds, drawing this many combinations when it samples.
     *
     * @param count at least 100
     * @return a new odds
     */
    public Odds samples(int count) {
        if (count < 100) {
            throw new IllegalArgumentException("samples must be at least 100, was " + count);
        }
        return new Odds(state, exactLimit, count, seed, threads);
    }

    /**
     * The same odds, sampling with this seed.
     *
     * @param value the seed
     * @return a new odds
     */
    public Odds seed(long value) {
        return new Odds(state, exactLimit, samples, value, threads);
    }

    /**
     * The same odds on this many threads.
     *
     * @param count at least 1
     * @return a new odds
     */
    public Odds threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + count);
        }
        return new Odds(state, exactLimit, samples, seed, count);
    }

    /**
     * Whether {@link #run} will weigh every combination rather than sample.
     *
     * @return true when there are no more combinations than the exact limit
     */
    public boolean exact() {
        return state.combinations() <= exactLimit;
    }

    /**
     * Assesses the combinations (or a sample of them) and gives each conclusion's chance.
     *
     * @param advisor the advisor, best built with {@code rememberAssessments(0)}
     * @return the odds
     * @throws IllegalArgumentException          when every combination contradicts itself, naming the first
     *                                           contradiction
     * @throws org.leverage.api.RuleException    when a rule fails while it runs
     * @throws CancellationException             when the calling thread is interrupted
     */
    public OddsResult run(Advisor advisor) {
        return run(advisor, (done, total) -> { });
    }

    /**
     * As {@link #run(Advisor)}, reporting how far it has got, on the calling thread, every fifth of a second.
     *
     * @param advisor  the advisor, best built with {@code rememberAssessments(0)}
     * @param progress told the combinations (or draws) done so far and their total
     * @return the odds
     */
    public OddsResult run(Advisor advisor, Sweep.Progress progress) {
        Objects.requireNonNull(advisor, "advisor");
        Objects.requireNonNull(progress, "progress");
        long started = System.nanoTime();
        Space space = new Space(state);
        boolean exact = exact();
        long total = exact ? space.combinations : samples;
        int chunks = (int) ((total + CHUNK - 1) / CHUNK);
        List<Tally> tallies = new ArrayList<>(chunks);
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, chunks)),
                Pools.daemonThreads("leverage-odds"));
        try {
            List<Future<Tally>> futures = new ArrayList<>(chunks);
            // Each chunk draws from a generator split from the seed's, in chunk order: streams that do not overlap
            // (seeds a fixed step apart would give SplittableRandom the same stream one draw along), and the same
            // draws whichever thread takes the chunk.
            SplittableRandom root = new SplittableRandom(seed);
            for (int c = 0; c < chunks; c++) {
                long from = (long) c * CHUNK;
                long to = Math.min(total, from + CHUNK);
                SplittableRandom random = exact ? null : root.split();
                futures.add(pool.submit(() -> {
                    Tally tally = exact ? space.weigh(advisor, from, to) : space.sample(advisor, to - from, random);
                    done.addAndGet(to - from);
                    return tally;
                }));
            }
            long[] reported = {System.nanoTime()};
            for (Future<Tally> future : futures) {
                tallies.add(Sweep.await(future, done, total, progress, reported));
            }
            progress.update(total, total);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw Pools.rethrowable(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Tally sum = new Tally(space);
        tallies.forEach(sum::add);
        if (sum.valid <= 0) {
            throw new IllegalArgumentException("every combination of the uncertain fields contradicts itself, e.g. "
                    + space.firstContradiction().orElse("?"));
        }
        List<OddsResult.Item> items = sum.items(!exact, advisor.declaredIds());
        double contradictory = rounded(exact ? sum.excluded / (sum.valid + sum.excluded)
                : sum.excluded / (double) samples);
        return new OddsResult(exact ? OddsResult.Method.EXACT : OddsResult.Method.SAMPLED, space.fields,
                space.combinations, sum.assessed, contradictory, exact ? 0 : samples, exact ? 0 : seed, items,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The uncertain fields, their values of positive chance, and how to make a combination's state. */
    private static final class Space {
        final List<StateField> fields;
        final Object[][] values;
        final double[][] chances;
        /** Each field's chances summed along its values, for drawing. */
        final double[][] cumulative;
        final long combinations;
        final PolicyState base;

        Space(UncertainState state) {
            this.base = state.base();
            this.fields = state.uncertainFields();
            this.values = new Object[fields.size()][];
            this.chances = new double[fields.size()][];
            this.cumulative = new double[fields.size()][];
            for (int f = 0; f < fields.size(); f++) {
                Map<Object, Double> distribution = state.distributions().get(fields.get(f));
                double total = distribution.values().stream().mapToDouble(Double::doubleValue).sum();
                List<Map.Entry<Object, Double>> possible = distribution.entrySet().stream()
                        .filter(e -> e.getValue() > 0).toList();
                values[f] = possible.stream().map(Map.Entry::getKey).toArray();
                // Scaled to sum to exactly 1: chances given within the tolerance count as meant.
                chances[f] = possible.stream().mapToDouble(e -> e.getValue() / total).toArray();
                cumulative[f] = new double[chances[f].length];
                double running = 0;
                for (int v = 0; v < chances[f].length; v++) {
                    running += chances[f][v];
                    cumulative[f][v] = running;
                }
            }
            this.combinations = state.combinations();
        }

        int[] digits(long index) {
            int[] digits = new int[fields.size()];
            long rest = index;
            for (int f = fields.size() - 1; f >= 0; f--) {
                digits[f] = (int) (rest % values[f].length);
                rest /= values[f].length;
            }
            return digits;
        }

        PolicyState state(int[] digits) {
            PolicyState.Builder builder = base.toBuilder();
            for (int f = 0; f < digits.length; f++) {
                fields.get(f).set(builder, values[f][digits[f]]);
            }
            return builder.build();
        }

        double weight(int[] digits) {
            double weight = 1;
            for (int f = 0; f < digits.length; f++) {
                weight *= chances[f][digits[f]];
            }
            return weight;
        }

        Tally weigh(Advisor advisor, long from, long to) {
            Tally tally = new Tally(this);
            int[] digits = digits(from);
            for (long i = from; i < to; i++) {
                checkInterrupted();
                tally.count(advisor, state(digits), digits, weight(digits));
                for (int f = digits.length - 1; f >= 0; f--) {
                    if (++digits[f] < values[f].length) {
                        break;
                    }
                    digits[f] = 0;
                }
            }
            return tally;
        }

        Tally sample(Advisor advisor, long count, SplittableRandom random) {
            Tally tally = new Tally(this);
            int[] digits = new int[fields.size()];
            for (long i = 0; i < count; i++) {
                checkInterrupted();
                for (int f = 0; f < digits.length; f++) {
                    double draw = random.nextDouble();
                    int v = 0;
                    while (v < cumulative[f].length - 1 && draw >= cumulative[f][v]) {
                        v++;
                    }
                    digits[f] = v;
                }
                tally.count(advisor, state(digits), digits, 1);
            }
            return tally;
        }

        Optional<String> firstContradiction() {
            return state(new int[fields.size()]).contradictions().stream().findFirst()
                    .map(c -> c.field() + ": " + c.problem());
        }

        private static void checkInterrupted() {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
        }
    }

    /**
     * A chance to twelve places: sums of products of chances carry rounding in their last bits (0.3 × 0.7 +
     * 0.3 × 0.3 is 0.8999999999999999), which would read as less than the exact 0.9 it is.
     */
    static double rounded(double chance) {
        return java.math.BigDecimal.valueOf(chance).setScale(12, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    /** A conclusion as counted: its kind, id and value (a concern's level). */
    private record Claim(OddsResult.Item.Kind kind, String id, String value) {
    }

    /** The weights one chunk found, added up in chunk order into the result. */
    private static final class Tally {
        final Space space;
        double valid;
        double excluded;
        long assessed;
        /** Each claim's weight, in the order first seen. */
        final Map<Claim, Double> weight = new LinkedHashMap<>();
        /** Each claim's weight given each field's value: [field][value]. */
        final Map<Claim, double[][]> given = new HashMap<>();
        /** The weight of each field's value, contradictions left out: [field][value]. */
        final double[][] valueWeight;

        Tally(Space space) {
            this.space = space;
            this.valueWeight = new double[space.fields.size()][];
            for (int f = 0; f < valueWeight.length; f++) {
                valueWeight[f] = new double[space.values[f].length];
            }
        }

        void count(Advisor advisor, PolicyState state, int[] digits, double w) {
            if (!state.contradictions().isEmpty()) {
                excluded += w;
                return;
            }
            assessed++;
            valid += w;
            for (int f = 0; f < digits.length; f++) {
                valueWeight[f][digits[f]] += w;
            }
            for (Claim claim : claims(advisor.assess(state))) {
                weight.merge(claim, w, Double::sum);
                double[][] byValue = given.computeIfAbsent(claim, c -> emptyByValue());
                for (int f = 0; f < digits.length; f++) {
                    byValue[f][digits[f]] += w;
                }
            }
        }

        private double[][] emptyByValue() {
            double[][] byValue = new double[space.fields.size()][];
            for (int f = 0; f < byValue.length; f++) {
                byValue[f] = new double[space.values[f].length];
            }
            return byValue;
        }

        static List<Claim> claims(Assessment assessment) {
            LinkedHashSet<Claim> claims = new LinkedHashSet<>();
            claims.add(new Claim(OddsResult.Item.Kind.PHASE, assessment.phase().name(), ""));
            assessment.recommendations().forEach(r ->
                    claims.add(new Claim(OddsResult.Item.Kind.RECOMMENDATION, r.id(), "")));
            assessment.warnings().forEach(w -> claims.add(new Claim(OddsResult.Item.Kind.WARNING, w.id(), "")));
            for (Assessment.Concern concern : assessment.concerns()) {
                claims.add(new Claim(OddsResult.Item.Kind.CONCERN_RAISED, concern.id(), ""));
                claims.add(new Claim(OddsResult.Item.Kind.CONCERN_LEVEL, concern.id(), concern.level().name()));
                if (concern.answered()) {
                    claims.add(new Claim(OddsResult.Item.Kind.CONCERN_ANSWERED, concern.id(), ""));
                }
            }
            return List.copyOf(claims);
        }

        void add(Tally other) {
            valid += other.valid;
            excluded += other.excluded;
            assessed += other.assessed;
            for (int f = 0; f < valueWeight.length; f++) {
                for (int v = 0; v < valueWeight[f].length; v++) {
                    valueWeight[f][v] += other.valueWeight[f][v];
                }
            }
            other.weight.forEach((claim, w) -> {
                weight.merge(claim, w, Double::sum);
                double[][] mine = given.computeIfAbsent(claim, c -> emptyByValue());
                double[][] theirs = other.given.get(claim);
                for (int f = 0; f < mine.length; f++) {
                    for (int v = 0; v < mine[f].length; v++) {
                        mine[f][v] += theirs[f][v];
                    }
                }
            });
        }

        List<OddsResult.Item> items(boolean sampled, List<String> declared) {
            List<Claim> ordered = new ArrayList<>(weight.keySet());
            // Kinds in their order; within a kind, phases in their order and ids in the catalogue's (an id no
            // catalogue declares after them, by name), a concern's levels in their order.
            Map<String, Integer> catalogue = new HashMap<>();
            for (int i = 0; i < declared.size(); i++) {
                catalogue.putIfAbsent(declared.get(i), i);
            }
            ordered.sort(java.util.Comparator.comparing(Claim::kind)
                    .thenComparingInt(c -> c.kind() == OddsResult.Item.Kind.PHASE
                            ? org.leverage.api.Phase.valueOf(c.id()).ordinal()
                            : catalogue.getOrDefault(c.id(), Integer.MAX_VALUE))
                    .thenComparing(Claim::id)
                    .thenComparingInt(c -> c.value().isEmpty() ? -1
                            : org.leverage.api.Level.valueOf(c.value()).ordinal()));
            List<OddsResult.Item> items = new ArrayList<>(ordered.size());
            for (Claim claim : ordered) {
                double p = weight.get(claim) / valid;
                double low = p;
                double high = p;
                if (sampled) {
                    double n = valid;
                    double centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
                    double half = Z / (1 + Z * Z / n) * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n));
                    low = Math.max(0, centre - half);
                    high = Math.min(1, centre + half);
                }
                Optional<StateField> swungBy = Optional.empty();
                double swing = 0;
                double[][] byValue = given.get(claim);
                for (int f = 0; f < byValue.length; f++) {
                    double most = Double.NEGATIVE_INFINITY;
                    double least = Double.POSITIVE_INFINITY;
                    for (int v = 0; v < byValue[f].length; v++) {
                        if (valueWeight[f][v] > 0) {
                            double conditional = byValue[f][v] / valueWeight[f][v];
                            most = Math.max(most, conditional);
                            least = Math.min(least, conditional);
                        }
                    }
                    // A difference below rounding is no swing.
                    if (most - least > swing + 1e-12) {
                        swing = most - least;
                        swungBy = Optional.of(space.fields.get(f));
                    }
                }
                items.add(new OddsResult.Item(claim.kind(), claim.id(), claim.value(), rounded(p), rounded(low),
                        rounded(high), swungBy, rounded(swing)));
            }
            return items;
        }
    }
}
