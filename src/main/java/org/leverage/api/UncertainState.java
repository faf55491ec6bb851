package org.leverage.api;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import org.leverage.api.spi.StateParser;

/**
 * A policy state with some facts not known for sure: each uncertain field has a distribution, the chance of each
 * of its values, and every other field the value of {@link #base()}. Fields are taken as independent, so a
 * combination of values has the product of their chances. A plain state is an uncertain state with no
 * distribution ({@link #certain(PolicyState)}).
 *
 * <pre>{@code
 * UncertainState tomorrow = UncertainState.builder(today)
 *         .chance(StateField.RESPONSE_TO_OFFER, OfferResponse.SPURNED, 0.6)
 *         .chance(StateField.RESPONSE_TO_OFFER, OfferResponse.PENDING, 0.4)
 *         .build();
 * }</pre>
 *
 * @param base          the state's certain facts; its values of the uncertain fields are not used
 * @param distributions for each uncertain field, in {@link StateField} order, its values with their chances, in
 *                      the order of {@link StateField#choices()}; immutable
 */
public record UncertainState(PolicyState base, Map<StateField, Map<Object, Double>> distributions) {

    /**
     * How far a distribution's chances may sum from 1: enough for thirds written to three places (0.333 three
     * times sums to 0.999, and counts as a third each); 0.33 three times is refused. Chances within it are scaled
     * to sum to exactly 1.
     */
    public static final double TOLERANCE = 0.001;

    /**
     * Checks every distribution and copies it in a fixed order.
     *
     * @param base          the state's certain facts
     * @param distributions for each uncertain field, its values with their chances
     *
     * @throws IllegalArgumentException when a distribution is empty, names a value its field cannot take, gives a
     *                                  chance that is negative or not a number, or sums to other than 1 within
     *                                  {@link #TOLERANCE}
     * @throws NullPointerException     when {@code base}, {@code distributions} or anything in them is null
     */
    public UncertainState {
        Objects.requireNonNull(base, "base");
        Map<StateField, Map<Object, Double>> ordered = new EnumMap<>(StateField.class);
        distributions.forEach((field, chances) -> ordered.put(Objects.requireNonNull(field, "field"),
                checked(field, chances)));
        distributions = Collections.unmodifiableMap(ordered);
    }

    private static Map<Object, Double> checked(StateField field, Map<Object, Double> chances) {
        if (chances.isEmpty()) {
            throw new IllegalArgumentException(field.path() + ": a distribution needs at least one value");
        }
        Map<Object, Double> ordered = new LinkedHashMap<>();
        double sum = 0;
        for (Object choice : field.choices()) {
            Double chance = chances.get(choice);
            if (chance == null) {
                continue;
            }
            if (chance.isNaN() || chance < 0 || chance > 1) {
                throw new IllegalArgumentException(field.path() + ": the chance of " + choice + " must be between 0"
                        + " and 1, was " + chance);
            }
            ordered.put(choice, chance);
            sum += chance;
        }
        for (Object value : chances.keySet()) {
            if (!ordered.containsKey(Objects.requireNonNull(value, "value"))) {
                throw new IllegalArgumentException(field.path() + ": " + value + " is not one of its values "
                        + field.choices());
            }
        }
        if (Math.abs(sum - 1) > TOLERANCE) {
            throw new IllegalArgumentException(field.path() + ": the chances sum to " + sum + ", not 1 (within "
                    + TOLERANCE + ")");
        }
        return Collections.unmodifiableMap(ordered);
    }

    /**
     * A state known for sure.
     *
     * @param state the state
     * @return an uncertain state with no distribution
     */
    public static UncertainState certain(PolicyState state) {
        return new UncertainState(state, Map.of());
    }

    /**
     * A builder of distributions over a state's fields.
     *
     * @param base the certain facts; every field not given a distribution keeps its value here
     * @return a new builder; not thread-safe
     */
    public static Builder builder(PolicyState base) {
        return new Builder(base);
    }

    /**
     * The uncertain fields, in {@link StateField} order.
     *
     * @return the fields that have a distribution
     */
    public List<StateField> uncertainFields() {
        return List.copyOf(distributions.keySet());
    }

    /**
     * How many combinations of the uncertain fields' values there are (values of chance 0 left out).
     *
     * @return the product of the number of values each uncertain field may take
     */
    public long combinations() {
        long product = 1;
        for (Map<Object, Double> chances : distributions.values()) {
            long possible = chances.values().stream().filter(c -> c > 0).count();
            product = Math.multiplyExact(product, possible);
        }
        return product;
    }

    /**
     * Reads an uncertain state from a file: a state file in which any field of a section may hold, instead of a
     * value, a mapping of values to their chances, e.g. {@code responseToOffer: {SPURNED: 0.6, PENDING: 0.4}}.
     * Read like {@link PolicyState#read(Path)}, within the same bounds and with the same located errors; a
     * distribution's mistakes (an unknown value, a chance below 0 or above 1, chances that do not sum to 1 within
     * {@link #TOLERANCE}, a distribution on {@code label}, {@code asOf} or {@code format}) are refused at their line
     * and column.
     *
     * @param file the state file
     * @return the uncertain state; a contradiction between two certain facts is refused, one that depends on an
     *         uncertain field only rules out the combinations that contradict themselves
     * @throws InvalidStateException as {@link PolicyState#read(Path)}
     */
    public static UncertainState read(Path file) {
        return parser().readUncertain(file);
    }

    /**
     * Reads an uncertain state from UTF-8 bytes, e.g. standard input, as {@link #read(Path)} reads a file.
     *
     * @param in         the bytes of the document; not closed
     * @param sourceName how errors name the document, e.g. {@code <stdin>}
     * @return the uncertain state
     * @throws InvalidStateException as {@link #read(Path)}
     */
    public static UncertainState read(InputStream in, String sourceName) {
        return parser().readUncertain(in, sourceName);
    }

    /**
     * Reads an uncertain state held in a string, as {@link #read(Path)} reads a file.
     *
     * @param document   the whole document
     * @param sourceName how errors name the document
     * @return the uncertain state
     * @throws InvalidStateException as {@link #read(Path)}
     */
    public static UncertainState parse(String document, String sourceName) {
        return parser().parseUncertain(document, sourceName);
    }

    private static StateParser parser() {
        return ServiceLoader.load(StateParser.class, UncertainState.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Leverage state reader on the class path"));
    }

    /** Gathers chances field by field; {@link #build()} checks them. */
    public static final class Builder {
        private final PolicyState base;
        private final Map<StateField, Map<Object, Double>> distributions = new EnumMap<>(StateField.class);

        private Builder(PolicyState base) {
            this.base = Objects.requireNonNull(base, "base");
        }

        /**
         * Gives a value of a field its chance; the field's chances must sum to 1 by {@link #build()}.
         *
         * @param field  the field
         * @param value  one of {@link StateField#choices()}
         * @param chance between 0 and 1
         * @return this builder
         */
        public Builder chance(StateField field, Object value, double chance) {
            distributions.computeIfAbsent(field, f -> new LinkedHashMap<>()).put(value, chance);
            return this;
        }

        /**
         * The uncertain state.
         *
         * @return it, immutable
         * @throws IllegalArgumentException as {@link UncertainState#UncertainState}
         */
        public UncertainState build() {
            return new UncertainState(base, distributions);
        }
    }
}
