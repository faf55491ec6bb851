package org.leverage.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.runtime.rule.FactHandle;
import org.leverage.api.Phase;
import org.leverage.rules.Answered;
import org.leverage.rules.AnsweredInPart;
import org.leverage.rules.Concern;
import org.leverage.rules.CurrentPhase;
import org.leverage.rules.InPlace;
import org.leverage.rules.OutOfScope;
import org.leverage.rules.Recommendation;
import org.leverage.rules.Warning;

/**
 * What the rules concluded of one state, read out of its session: the derived facts an assessment is made
 * of, and a snapshot of what supports them, which outlives the session's next state.
 *
 * @param phase          the current phase, or {@link Phase#NONE} when no rule set one
 * @param recommended    the recommendation facts by id (several rules may conclude one id)
 * @param inPlace        the ids of the actions the state shows as taken
 * @param concerns       the raised concerns by id
 * @param answered       the ids of the concerns whose every answer is in place
 * @param answeredInPart the ids of the concerns some of whose answers are in place
 * @param warnings       the warnings by id
 * @param outOfScope     why the essay has nothing to advise, sorted; empty when it has
 * @param support        the justifications of the conclusions and of what they rest on
 */
record Concluded(Phase phase, Map<String, List<Recommendation>> recommended, Set<String> inPlace,
                 Map<String, Concern> concerns, Set<String> answered, Set<String> answeredInPart,
                 Map<String, Warning> warnings, Set<String> outOfScope, Explainer.Snapshot support) {

    /** Reads the conclusions out of a session's facts, with as much of their support as {@code capture} keeps. */
    static Concluded from(Iterable<? extends FactHandle> handles, Explainer explainer, Explainer.Capture capture) {
        Map<Object, FactHandle> byFact = new IdentityHashMap<>();
        List<Object> conclusions = new ArrayList<>();
        Phase phase = Phase.NONE;
        Map<String, List<Recommendation>> recommended = new HashMap<>();
        Set<String> inPlace = new HashSet<>();
        Map<String, Concern> concerns = new HashMap<>();
        Set<String> answered = new HashSet<>();
        Set<String> answeredInPart = new HashSet<>();
        Map<String, Warning> warnings = new HashMap<>();
        Set<String> outOfScope = new TreeSet<>();
        for (FactHandle handle : handles) {
            Object fact = DroolsInternals.objectOf(handle);
            byFact.put(fact, handle);
            if (fact instanceof CurrentPhase current) {
                phase = current.phase();
            } else if (fact instanceof Recommendation recommendation) {
                recommended.computeIfAbsent(recommendation.id(), k -> new ArrayList<>()).add(recommendation);
                conclusions.add(fact);
            } else if (fact instanceof InPlace taken) {
                inPlace.add(taken.id());
            } else if (fact instanceof Concern concern) {
                concerns.put(concern.id(), concern);
                conclusions.add(fact);
            } else if (fact instanceof Answered done) {
                answered.add(done.id());
            } else if (fact instanceof AnsweredInPart partly) {
                answeredInPart.add(partly.id());
            } else if (fact instanceof Warning warning) {
                warnings.put(warning.id(), warning);
                conclusions.add(fact);
            } else if (fact instanceof OutOfScope reason) {
                outOfScope.add(reason.reason());
            }
        }
        return new Concluded(phase, recommended, inPlace, concerns, answered, answeredInPart, warnings, outOfScope,
                explainer.capture(byFact, conclusions, capture));
    }
}
