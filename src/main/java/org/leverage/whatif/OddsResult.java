package org.leverage.whatif;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.leverage.api.StateField;

/**
 * What an odds run found: for each conclusion any combination gave, the chance that it holds, fields taken as
 * independent, with the uncertain field that swings it most. Immutable.
 *
 * @param method           how the chances were found: every combination weighed, or a seeded sample
 * @param fields           the uncertain fields, in {@link StateField} order
 * @param combinations     how many combinations of their values there are
 * @param assessed         how many states were assessed (combinations, or samples, that do not contradict
 *                         themselves)
 * @param contradictory    the share of the weight (exact) or of the samples (sampled) that contradicts itself
 *                         and was left out; the chances are of the rest
 * @param samples          how many combinations were drawn; 0 when exact
 * @param seed             the seed of the draw; 0 when exact
 * @param items            every conclusion seen, in {@link Item.Kind} order, then as the catalogue orders ids
 *                         (the order of the first assessment that gave them), then by value
 * @param elapsed          how long the run took
 */
public record OddsResult(Method method, List<StateField> fields, long combinations, long assessed,
                         double contradictory, long samples, long seed, List<Item> items, Duration elapsed) {

    /** A chance at or above this marks a conclusion robust: it holds whichever way most of the weight falls. */
    public static final double ROBUST = 0.9;

    /** Copies the lists. */
    public OddsResult {
        fields = List.copyOf(fields);
        items = List.copyOf(items);
    }

    /** How the chances were found. */
    public enum Method {
        /** Every combination assessed and weighed by its chance: the chances are exact. */
        EXACT,
        /** Combinations drawn at random by their chances: each chance is an estimate with a 95 % interval. */
        SAMPLED
    }

    /**
     * One conclusion and its chance.
     *
     * @param kind        what kind of conclusion
     * @param id          the phase's name, or the recommendation's, warning's or concern's id
     * @param value       for a concern's level, the level; empty otherwise
     * @param probability the chance that it holds, among the combinations that do not contradict themselves
     * @param low         the low end of its 95 % interval; the chance itself when exact
     * @param high        the high end of its 95 % interval; the chance itself when exact
     * @param swungBy     the uncertain field whose values move this chance the most; empty when none moves it
     * @param swing       how much that field moves it: the chance given its likeliest-to-hold value less the
     *                    chance given its least
     */
    public record Item(Kind kind, String id, String value, double probability, double low, double high,
                       Optional<StateField> swungBy, double swing) {

        /** What kind of conclusion an item is, in the order they are listed. */
        public enum Kind {
            /** The phase is {@code id}. */
            PHASE,
            /** The recommendation {@code id} is given. */
            RECOMMENDATION,
            /** The warning {@code id} is given. */
            WARNING,
            /** Beijing's concern {@code id} is raised. */
            CONCERN_RAISED,
            /** The concern {@code id} is raised at level {@code value}. */
            CONCERN_LEVEL,
            /** The concern {@code id} is raised and answered. */
            CONCERN_ANSWERED
        }

        /**
         * Whether it holds in at least {@link #ROBUST} of the weight.
         *
         * @return true when robust
         */
        public boolean robust() {
            return probability >= ROBUST;
        }

        /**
         * The item as one phrase: {@code phase ENLIST_BEIJING}, {@code CALL_ON_BEIJING_FOR_DRASTIC_ACTION},
         * {@code REFUGEE_FLOW raised}, {@code REFUGEE_FLOW at HIGH}, {@code REFUGEE_FLOW answered}.
         *
         * @return the phrase
         */
        public String claim() {
            return switch (kind) {
                case PHASE -> "phase " + id;
                case RECOMMENDATION, WARNING -> id;
                case CONCERN_RAISED -> id + " raised";
                case CONCERN_LEVEL -> id + " at " + value;
                case CONCERN_ANSWERED -> id + " answered";
            };
        }
    }
}
