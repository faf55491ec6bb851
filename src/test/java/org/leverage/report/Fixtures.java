package org.leverage.report;

import org.leverage.TestFacts;
import org.leverage.BuiltInCatalogue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Concern;
import org.leverage.api.Assessment.Recommendation;
import org.leverage.api.Assessment.Scenario;
import org.leverage.api.Assessment.Step;
import org.leverage.api.Assessment.Warning;
import org.leverage.api.ConcernId;
import org.leverage.api.Level;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.RecommendationId;
import org.leverage.api.WarningId;

/** Hand-built assessments, since the reports are tested without the engine. */
final class Fixtures {

    static final Scenario BASELINE = new Scenario("baseline-2017", LocalDate.of(2017, 3, 29));
    static final Scenario UNLABELLED = new Scenario("", null);

    private Fixtures() {
    }

    static Recommendation recommendation(RecommendationId id, Step... because) {
        return BuiltInCatalogue.recommendation(id, List.of(because));
    }

    static Concern concern(ConcernId id, Level level, boolean answered, boolean answeredInPart, Step... because) {
        return BuiltInCatalogue.concern(id, level, answered, answeredInPart, List.of(because));
    }

    static Warning warning(WarningId id, Step... because) {
        return BuiltInCatalogue.warning(id, List.of(because));
    }

    static Assessment assessment(Scenario scenario, Phase phase, List<Recommendation> recommendations,
                                 List<String> inPlace, List<Concern> concerns, List<Warning> warnings,
                                 String outOfScope) {
        return new Assessment(PolicyState.FORMAT, scenario, phase, recommendations, inPlace, concerns, warnings,
                outOfScope);
    }

    /** Nothing raised, nothing recommended, nothing in place. */
    static Assessment empty(Phase phase) {
        return assessment(UNLABELLED, phase, List.of(), List.of(), List.of(), List.of(),
                phase == Phase.NONE ? "Pyongyang accepted the offer" : null);
    }

    /** Talks offered, Pyongyang silent, the North strained: a small assessment with a bit of everything. */
    static Assessment engaging() {
        return assessment(BASELINE, Phase.ENGAGE_PYONGYANG,
                List.of(recommendation(RecommendationId.OFFER_PEACE_TREATY,
                                new Step("Offer a peace treaty while talks are open and none is offered",
                                        TestFacts.facts("unitedStates.talksWithPyongyang = OFFERED",
                                                "unitedStates.offersToPyongyang.peaceTreaty = false")))),
                List.of("OPEN_BILATERAL_TALKS"),
                List.of(concern(ConcernId.REFUGEE_FLOW, Level.ELEVATED, false, false,
                        new Step("A collapsing North sends refugees into China",
                                TestFacts.facts("REGIME_COLLAPSE(ELEVATED)")))),
                List.of(warning(WarningId.DEMANDS_WITHOUT_INCENTIVES,
                        new Step("Demands without incentives are a nonstarter",
                                TestFacts.facts("unitedStates.approachToChina = DEMANDS")))),
                null);
    }

    /**
     * Pyongyang spurned the offer: recommendations of both phases in the essay's order (the call on Beijing before
     * the allies' refugee pledge, though the pledge's modality is the stronger), and a concern of every kind and
     * status: DECISIVE_PRESSURE_NEEDED the premise, MILITARY_LASHOUT a residual risk, REFUGEE_FLOW answered in
     * part, US_BASES_IN_UNIFIED_KOREA answered, THAAD_RADAR open.
     */
    static Assessment enlisting() {
        return assessment(BASELINE, Phase.ENLIST_BEIJING,
                List.of(recommendation(RecommendationId.OPEN_BILATERAL_TALKS),
                        recommendation(RecommendationId.OFFER_SANCTIONS_RELIEF),
                        recommendation(RecommendationId.CALL_ON_BEIJING_FOR_DRASTIC_ACTION),
                        recommendation(RecommendationId.RALLY_ALLIED_REFUGEE_AID),
                        recommendation(RecommendationId.CONSIDER_TAIWAN_SCS_CONCESSIONS)),
                List.of("COMMIT_REFUGEE_AID", "SIGN_WITHDRAWAL_AGREEMENT"),
                List.of(concern(ConcernId.DECISIVE_PRESSURE_NEEDED, Level.HIGH, false, false),
                        concern(ConcernId.REFUGEE_FLOW, Level.HIGH, false, true),
                        concern(ConcernId.MILITARY_LASHOUT, Level.HIGH, false, false),
                        concern(ConcernId.US_BASES_IN_UNIFIED_KOREA, Level.HIGH, true, false),
                        concern(ConcernId.THAAD_RADAR, Level.HIGH, false, false)),
                List.of(),
                null);
    }

    /** Everything the built-in framework can say at once, at the longest level name: the widest report. */
    static Assessment everything() {
        return assessment(new Scenario("every recommendation, concern and warning", LocalDate.of(2017, 3, 29)),
                Phase.ENLIST_BEIJING,
                Arrays.stream(RecommendationId.values()).map(Fixtures::recommendation).toList(),
                List.of(),
                Arrays.stream(ConcernId.values())
                        .map(c -> concern(c, Level.MATERIALIZED, false, !BuiltInCatalogue.answeredBy(c).isEmpty()))
                        .toList(),
                Arrays.stream(WarningId.values()).map(Fixtures::warning).toList(),
                null);
    }

    /**
     * Pyongyang spurned the offer and the North is strained, with chains of rules and facts written the way the
     * engine writes them: input facts as {@code path = value}, concerns as {@code concern ID at LEVEL}, and
     * derived facts ({@code phase ENLIST_BEIJING}) that are neither. The recommendations in the essay's order; a
     * concern of each kind: DECISIVE_PRESSURE_NEEDED the premise, REGIME_COLLAPSE a residual risk, REFUGEE_FLOW
     * answered in part, US_BASES_IN_UNIFIED_KOREA answered.
     */
    static Assessment reasoned() {
        Step decisive = new Step("Only severing aid would be decisive while Washington seeks denuclearization and a"
                + " program is active",
                TestFacts.facts("unitedStates.goal = DENUCLEARIZATION", "northKorea.nuclearProgram = ACTIVE"));
        Step collapse = new Step("The regime could collapse if Beijing severed its aid",
                TestFacts.facts("concern DECISIVE_PRESSURE_NEEDED at HIGH", "northKorea.stability = STRAINED"));
        Step refugees = new Step("Refugees would flow into China if the regime collapsed",
                TestFacts.facts("concern REGIME_COLLAPSE at ELEVATED"));
        Step bases = new Step("A unified Korea could host U.S. bases if the regime collapsed",
                TestFacts.facts("concern REGIME_COLLAPSE at ELEVATED", "unitedStates.forcesOnPeninsula = true"));
        Step turn = new Step("Washington turns to Beijing once Pyongyang has spurned the reasonable offer",
                TestFacts.facts("northKorea.responseToOffer = SPURNED"));
        Step pay = new Step("The refugee pledges are due once Pyongyang has spurned the reasonable offer",
                TestFacts.facts("phase ENLIST_BEIJING"));
        return assessment(BASELINE, Phase.ENLIST_BEIJING,
                List.of(recommendation(RecommendationId.CALL_ON_BEIJING_FOR_DRASTIC_ACTION,
                                new Step("Call on Beijing for drastic action now that Pyongyang has spurned the"
                                        + " reasonable offer",
                                        TestFacts.facts("phase ENLIST_BEIJING", "china.pressureOnPyongyang = CAUTIOUS")),
                                turn),
                        recommendation(RecommendationId.RALLY_ALLIED_REFUGEE_AID,
                                new Step("Rally the allies to pledge refugee aid while Beijing bears the refugee"
                                        + " risk",
                                        TestFacts.facts("the refugee pledges are due: Pyongyang has spurned the reasonable"
                                                        + " offer",
                                                "concern REFUGEE_FLOW at ELEVATED")),
                                pay, turn, refugees, collapse, decisive)),
                List.of("COMMIT_REFUGEE_AID", "SIGN_WITHDRAWAL_AGREEMENT"),
                List.of(concern(ConcernId.DECISIVE_PRESSURE_NEEDED, Level.HIGH, false, false, decisive),
                        concern(ConcernId.REGIME_COLLAPSE, Level.ELEVATED, false, false, collapse, decisive),
                        concern(ConcernId.REFUGEE_FLOW, Level.ELEVATED, false, true, refugees, collapse, decisive),
                        concern(ConcernId.US_BASES_IN_UNIFIED_KOREA, Level.ELEVATED, true, false, bases, collapse,
                                decisive)),
                List.of(warning(WarningId.HAWKISH_POSTURING,
                        new Step("Threats of force alarm Beijing but are unlikely to move it",
                                TestFacts.facts("unitedStates.militaryOptionSignaled = true")))),
                null);
    }
}
