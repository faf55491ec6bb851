package org.leverage.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.leverage.api.Explanation.Kind;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;

/**
 * What changes from state A to state B, and from A's assessment to B's: the facts that differ, the
 * recommendations and warnings gained and lost, the concerns that appear, disappear or change level or answer,
 * the phase and the scope. "Gained" means in B and not in A. A recommendation A had that B shows as already
 * taken is "now in place", not "lost": B did it, rather than stopped advising it. Every list is in a fixed order, so the same two
 * states always give an equal difference.
 *
 * <pre>{@code
 * Difference d = Difference.between(advisor, a, b);
 * d.recommendationsLost().forEach(System.out::println);
 * }</pre>
 *
 * @param facts                 the facts that differ: {@code label} and {@code asOf} first, then every
 *                              {@link StateField} in its declaration order
 * @param recommendationsGained recommended for B and not for A, in B's order
 * @param recommendationsLost   recommended for A and neither recommended nor in place for B, in A's order
 * @param recommendationsTaken  recommended for A and in place for B (B took the action), in A's order
 * @param concerns              the concerns raised in only one of the two, or raised in both with another level
 *                              or answer, in the catalogue's order (an analyst's own declared after the essay's)
 * @param warningsGained        warnings for B and not for A, in B's order
 * @param warningsLost          warnings for A and not for B, in A's order
 * @param phaseA                A's phase
 * @param phaseB                B's phase
 * @param outOfScopeA           why the essay has nothing to advise for A, or {@code null} when it has
 * @param outOfScopeB           the same for B
 */
public record Difference(List<FactChange> facts, List<String> recommendationsGained, List<String> recommendationsLost,
                         List<String> recommendationsTaken, List<ConcernChange> concerns, List<String> warningsGained, List<String> warningsLost,
                         Phase phaseA, Phase phaseB, String outOfScopeA, String outOfScopeB) {

    /** The path {@link FactChange} uses for the state's label. */
    public static final String LABEL = "label";

    /** The path {@link FactChange} uses for the state's date. */
    public static final String AS_OF = "asOf";

    public Difference {
        facts = List.copyOf(facts);
        recommendationsGained = List.copyOf(recommendationsGained);
        recommendationsLost = List.copyOf(recommendationsLost);
        recommendationsTaken = List.copyOf(recommendationsTaken);
        concerns = List.copyOf(concerns);
        warningsGained = List.copyOf(warningsGained);
        warningsLost = List.copyOf(warningsLost);
        Objects.requireNonNull(phaseA, "phaseA must not be null");
        Objects.requireNonNull(phaseB, "phaseB must not be null");
    }

    /**
     * One fact that differs.
     *
     * @param path {@link #LABEL}, {@link #AS_OF} or a {@link StateField#path()}
     * @param a    its value in A: a {@link Boolean}, an enum constant, a {@link String} label or a date ({@code null}
     *             for no date)
     * @param b    its value in B
     */
    public record FactChange(String path, Object a, Object b) {
        public FactChange {
            Objects.requireNonNull(path, "path must not be null");
        }
    }

    /**
     * One concern that differs.
     *
     * @param id the concern's id
     * @param a  how A's assessment has it; {@code null} when it is not raised there
     * @param b  how B's assessment has it; {@code null} when it is not raised there
     */
    public record ConcernChange(String id, ConcernState a, ConcernState b) {
        public ConcernChange {
            Objects.requireNonNull(id, "id must not be null");
        }

        /** Raised in B and not in A. */
        public boolean appeared() {
            return a == null && b != null;
        }

        /** Raised in A and not in B. */
        public boolean disappeared() {
            return a != null && b == null;
        }
    }

    /**
     * Assesses two states and compares them and their assessments; concerns come in the order of the advisor's
     * catalogues.
     */
    public static Difference between(Advisor advisor, PolicyState a, PolicyState b) {
        Objects.requireNonNull(advisor, "advisor must not be null");
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
        return between(a, advisor.assess(a), b, advisor.assess(b), Ids.of(advisor));
    }

    /** The difference of two states already assessed; {@link Reach} assesses the base once for every set. */
    static Difference between(PolicyState a, Assessment assessmentA, PolicyState b, Assessment assessmentB,
                              Ids order) {
        List<String> recommendedA = ids(assessmentA.recommendations(), Assessment.Recommendation::id);
        List<String> recommendedB = ids(assessmentB.recommendations(), Assessment.Recommendation::id);
        List<String> goneFromB = without(recommendedA, recommendedB);
        return new Difference(facts(a, b),
                without(recommendedB, recommendedA),
                without(goneFromB, assessmentB.inPlace()),
                goneFromB.stream().filter(assessmentB.inPlace()::contains).toList(),
                concerns(assessmentA, assessmentB, order),
                without(ids(assessmentB.warnings(), Assessment.Warning::id),
                        ids(assessmentA.warnings(), Assessment.Warning::id)),
                without(ids(assessmentA.warnings(), Assessment.Warning::id),
                        ids(assessmentB.warnings(), Assessment.Warning::id)),
                assessmentA.phase(), assessmentB.phase(), assessmentA.outOfScope(), assessmentB.outOfScope());
    }

    /** Whether the phase differs. */
    public boolean phaseChanged() {
        return phaseA != phaseB;
    }

    /** Whether one is out of scope and the other not, or both for different reasons. */
    public boolean outOfScopeChanged() {
        return !Objects.equals(outOfScopeA, outOfScopeB);
    }

    /** Whether the two assessments differ in anything this record compares. */
    public boolean outcomeChanged() {
        return !recommendationsGained.isEmpty() || !recommendationsLost.isEmpty()
                || !recommendationsTaken.isEmpty() || !concerns.isEmpty()
                || !warningsGained.isEmpty() || !warningsLost.isEmpty() || phaseChanged() || outOfScopeChanged();
    }

    /** Whether nothing differs at all: neither a fact nor the outcome. */
    public boolean isEmpty() {
        return facts.isEmpty() && !outcomeChanged();
    }

    private static List<FactChange> facts(PolicyState a, PolicyState b) {
        List<FactChange> facts = new ArrayList<>();
        if (!a.label().equals(b.label())) {
            facts.add(new FactChange(LABEL, a.label(), b.label()));
        }
        if (!Objects.equals(a.asOf(), b.asOf())) {
            facts.add(new FactChange(AS_OF, a.asOf(), b.asOf()));
        }
        for (StateField field : StateField.values()) {
            Object valueA = field.get(a);
            Object valueB = field.get(b);
            if (!Objects.equals(valueA, valueB)) {
                facts.add(new FactChange(field.path(), valueA, valueB));
            }
        }
        return facts;
    }

    private static List<ConcernChange> concerns(Assessment a, Assessment b, Ids order) {
        Map<String, ConcernState> inA = concernStates(a);
        Map<String, ConcernState> inB = concernStates(b);
        TreeSet<String> ids = new TreeSet<>(order.order(Kind.CONCERN));
        ids.addAll(inA.keySet());
        ids.addAll(inB.keySet());
        List<ConcernChange> changes = new ArrayList<>();
        for (String id : ids) {
            ConcernState stateA = inA.get(id);
            ConcernState stateB = inB.get(id);
            if (!Objects.equals(stateA, stateB)) {
                changes.add(new ConcernChange(id, stateA, stateB));
            }
        }
        return changes;
    }

    private static Map<String, ConcernState> concernStates(Assessment assessment) {
        Map<String, ConcernState> states = new LinkedHashMap<>();
        assessment.concerns().forEach(c -> states.put(c.id(), ConcernState.of(c)));
        return states;
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }

    private static List<String> without(List<String> ids, List<String> removed) {
        return ids.stream().filter(id -> !removed.contains(id)).distinct().toList();
    }
}
