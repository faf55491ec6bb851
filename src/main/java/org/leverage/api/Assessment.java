package org.leverage.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leverage.api.spi.LazySteps;

/**
 * What follows from one policy state (DOMAIN §7): the phase, the recommendations in order, the actions
 * already in place, Beijing's concerns, the warnings, and whether the essay has anything to say at all.
 * Every list is in a fixed order, so the same state always gives an equal assessment.
 *
 * @param format          the output schema version, {@link PolicyState#FORMAT}
 * @param scenario        the label and date of the state assessed
 * @param phase           the stage of the essay's sequence; {@link Phase#NONE} when out of scope
 * @param recommendations what to do, in the essay's order (DOMAIN §4: ¶7's sequence, then ¶8, then ¶9), an
 *                        analyst's own after them
 * @param inPlace         the actions the state already shows as taken, in the same order
 * @param concerns        Beijing's concerns that are raised, in DOMAIN §3 order
 * @param warnings        the warnings that apply, in DOMAIN §5 order
 * @param outOfScope      why the essay has nothing to advise, or {@code null} when it does
 */
public record Assessment(int format, Scenario scenario, Phase phase, List<Recommendation> recommendations,
                         List<String> inPlace, List<Concern> concerns, List<Warning> warnings,
                         String outOfScope) {

    /**
     * Checks and copies the parts: every list is copied, so the assessment is immutable and safe to share
     * between threads.
     *
     * @param format          the output schema version, {@link PolicyState#FORMAT}
     * @param scenario        the label and date of the state assessed
     * @param phase           the stage of the essay's sequence; {@link Phase#NONE} when out of scope
     * @param recommendations what to do, in the essay's order (DOMAIN §4: ¶7's sequence, then ¶8, then ¶9), an
     *                        analyst's own after them
     * @param inPlace         the actions the state already shows as taken, in the same order
     * @param concerns        Beijing's concerns that are raised, in DOMAIN §3 order
     * @param warnings        the warnings that apply, in DOMAIN §5 order
     * @param outOfScope      why the essay has nothing to advise, or {@code null} when it does
     * @throws NullPointerException when {@code scenario}, {@code phase} or a list, or an element of one, is null
     */
    public Assessment {
        Objects.requireNonNull(scenario, "scenario must not be null");
        Objects.requireNonNull(phase, "phase must not be null");
        recommendations = List.copyOf(recommendations);
        inPlace = List.copyOf(inPlace);
        concerns = List.copyOf(concerns);
        warnings = List.copyOf(warnings);
    }

    /**
     * The reason the essay has nothing to advise, when it has not.
     *
     * @return the reasons of contract §6 joined by {@code "; "}, e.g. {@code Pyongyang has accepted the offer};
     *         empty when the state is in scope
     */
    public Optional<String> outOfScopeReason() {
        return Optional.ofNullable(outOfScope);
    }

    /**
     * The concern with this id, if it is raised.
     *
     * @param id a concern id, e.g. {@code ConcernId.REFUGEE_FLOW.name()}, or an analyst's own
     * @return the raised concern; empty when it is not raised or no such id exists
     */
    public Optional<Concern> concern(String id) {
        return concerns.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The state an assessment was made of.
     *
     * @param label the state's free-text label
     * @param asOf  the state's date, or {@code null}
     */
    public record Scenario(String label, LocalDate asOf) {
    }

    /**
     * One recommended action.
     *
     * @param id        the id of DOMAIN §4 (or of an analyst's own rules)
     * @param phase     the phase the action belongs to
     * @param addressee who it is addressed to
     * @param modality  how strongly the essay puts it
     * @param summary   a one-line paraphrase
     * @param sources   the paragraphs it rests on, as {@code ¶N}
     * @param answers   the ids of the concerns it answers
     * @param because   the rules that concluded it and the facts they matched, the concluding rule first
     */
    public record Recommendation(String id, Phase phase, Addressee addressee, Modality modality, String summary,
                                 List<String> sources, List<String> answers, List<Step> because) {
        /**
         * Copies the lists, so the recommendation is immutable ({@code because} is kept as it is when it is a
         * {@link LazySteps}).
         *
         * @param id        the id of DOMAIN §4 (or of an analyst's own rules)
         * @param phase     the phase the action belongs to
         * @param addressee who it is addressed to
         * @param modality  how strongly the essay puts it
         * @param summary   a one-line paraphrase
         * @param sources   the paragraphs it rests on, as {@code ¶N}
         * @param answers   the ids of the concerns it answers
         * @param because   the rules that concluded it and the facts they matched, the concluding rule first
         * @throws NullPointerException when a list, or an element of one, is null
         */
        public Recommendation {
            sources = List.copyOf(sources);
            answers = List.copyOf(answers);
            because = Step.immutable(because);
        }
    }

    /**
     * One of Beijing's concerns that the state raises.
     *
     * @param id             the id of DOMAIN §3
     * @param kind           a premise, a concern an incentive answers, or a residual risk Beijing is paid to
     *                       accept (DOMAIN §3); an analyst's id declared without a kind is a CONCERN
     * @param level          how pressing it is
     * @param answered       true only when every action that answers it is in place; never for a premise or a
     *                       residual risk
     * @param answeredInPart true when some but not all of those actions are in place
     * @param answeredBy     the ids of the recommendations whose actions answer it, in the essay's order; empty
     *                       when none does
     * @param summary        a one-line paraphrase, worded for the level and the state
     * @param sources        the paragraphs it rests on
     * @param because        the rules that raised it and the facts they matched
     */
    public record Concern(String id, ConcernKind kind, Level level, boolean answered, boolean answeredInPart,
                          List<String> answeredBy, String summary, List<String> sources, List<Step> because) {
        /**
         * Checks the kind and copies the lists, so the concern is immutable ({@code because} is kept as it is
         * when it is a {@link LazySteps}).
         *
         * @param id             the id of DOMAIN §3
         * @param kind           a premise, a concern an incentive answers, or a residual risk Beijing is paid to
         *                       accept (DOMAIN §3); an analyst's id declared without a kind is a CONCERN
         * @param level          how pressing it is
         * @param answered       true only when every action that answers it is in place; never for a premise or a
         *                       residual risk
         * @param answeredInPart true when some but not all of those actions are in place
         * @param answeredBy     the ids of the recommendations whose actions answer it, in the essay's order; empty
         *                       when none does
         * @param summary        a one-line paraphrase, worded for the level and the state
         * @param sources        the paragraphs it rests on
         * @param because        the rules that raised it and the facts they matched
         * @throws NullPointerException when {@code kind} or a list, or an element of one, is null
         */
        public Concern {
            Objects.requireNonNull(kind, "kind must not be null");
            answeredBy = List.copyOf(answeredBy);
            sources = List.copyOf(sources);
            because = Step.immutable(because);
        }

        /**
         * True for a risk the essay names but offers no incentive for: Beijing is paid to accept it.
         *
         * @return true when the kind is {@link ConcernKind#RESIDUAL_RISK}; reports then never call it open
         */
        public boolean residual() {
            return kind == ConcernKind.RESIDUAL_RISK;
        }

        /**
         * True for Washington's own premise (¶3), which is neither answered nor open.
         *
         * @return true when the kind is {@link ConcernKind#PREMISE}
         */
        public boolean premise() {
            return kind == ConcernKind.PREMISE;
        }
    }

    /**
     * One warning against a counter-productive move.
     *
     * @param id      the id of DOMAIN §5
     * @param summary a one-line paraphrase
     * @param sources the paragraphs it rests on
     * @param because the rules that raised it and the facts they matched
     */
    public record Warning(String id, String summary, List<String> sources, List<Step> because) {
        /**
         * Copies the lists, so the warning is immutable ({@code because} is kept as it is when it is a
         * {@link LazySteps}).
         *
         * @param id      the id of DOMAIN §5
         * @param summary a one-line paraphrase
         * @param sources the paragraphs it rests on
         * @param because the rules that raised it and the facts they matched
         * @throws NullPointerException when a list, or an element of one, is null
         */
        public Warning {
            sources = List.copyOf(sources);
            because = Step.immutable(because);
        }
    }

    /**
     * One link of an explanation: a rule that fired and the facts it matched.
     *
     * @param rule  the rule's name, a sentence
     * @param facts the facts it matched: the fields of the input state it read, and the derived facts
     */
    public record Step(String rule, List<Fact> facts) {
        /**
         * Checks the rule and copies the facts, so the step is immutable.
         *
         * @param rule  the rule's name, a sentence
         * @param facts the facts it matched: the fields of the input state it read, and the derived facts
         * @throws NullPointerException when {@code rule} or {@code facts}, or an element of it, is null
         */
        public Step {
            Objects.requireNonNull(rule, "rule must not be null");
            facts = List.copyOf(facts);
        }

        static List<Step> immutable(List<Step> steps) {
            return steps instanceof LazySteps ? steps : List.copyOf(steps);
        }
    }
}
