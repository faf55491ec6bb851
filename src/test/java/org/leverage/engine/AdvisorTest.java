package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.leverage.Slow;
import org.leverage.TestAdvisors;
import org.leverage.TestPaths;
import org.leverage.TestFacts;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Step;
import org.leverage.api.ConcernKind;
import org.leverage.api.Conclusion;
import org.leverage.api.Fact;
import org.leverage.api.Level;
import org.leverage.api.Pressure;
import org.leverage.api.Program;
import org.leverage.api.SanctionsRelief;
import org.leverage.api.Explanation;
import org.leverage.api.InvalidStateException;
import org.leverage.api.OfferResponse;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.RuleException;
import org.leverage.api.Stability;
import org.leverage.api.Talks;
import org.leverage.api.Withdrawal;
import org.junit.jupiter.api.Test;

class AdvisorTest {

    private static final Advisor ADVISOR = TestAdvisors.builtIn();

    @Slow
    @Test
    void packagedRulesAreTheSameFrameworkAsTheRulesFolder() {
        Advisor packaged = Advisor.builder().build();
        PolicyState spurned = PolicyState.builder().talksWithPyongyang(Talks.OFFERED)
                .responseToOffer(OfferResponse.SPURNED).thaadDeployed(true).build();
        assertThat(packaged.assess(spurned)).isEqualTo(ADVISOR.assess(spurned));
        assertThat(packaged.assess(PolicyState.DEFAULTS).recommendations()).hasSize(5);
    }

    @Test
    void recommendationsAreListedInTheEssaysOrder_diplomaticRelationsLastAsParagraphSevenHasIt() {
        Assessment assessment = ADVISOR.assess(PolicyState.DEFAULTS);
        assertThat(assessment.recommendations()).extracting(Assessment.Recommendation::id).containsExactly(
                "OPEN_BILATERAL_TALKS", "OFFER_END_JOINT_EXERCISES", "OFFER_PEACE_TREATY",
                "OFFER_SANCTIONS_RELIEF", "OFFER_DIPLOMATIC_RELATIONS");
    }

    @Test
    void theEssaysOrderHoldsAcrossPhases_theRefugeePledgesAfterTheConcessionsWhileBeijingSevers() {
        Assessment assessment = ADVISOR.assess(PolicyState.builder().pressureOnPyongyang(Pressure.SEVER_AID)
                .talksWithPyongyang(Talks.OFFERED).diplomaticRelations(true).build());
        assertThat(assessment.recommendations()).extracting(Assessment.Recommendation::id).containsExactly(
                "OFFER_END_JOINT_EXERCISES", "OFFER_PEACE_TREATY", "OFFER_SANCTIONS_RELIEF",
                "COMMIT_REFUGEE_AID", "RALLY_ALLIED_REFUGEE_AID");
    }

    @Test
    void becauseChainsHandOverFactsStructured_theInputsFieldAndTypedValue_theDerivedFactsTypeAndId() {
        Assessment.Concern refugees = ADVISOR.assess(PolicyState.DEFAULTS).concern("REFUGEE_FLOW").orElseThrow();
        List<Fact> facts = refugees.because().stream().flatMap(step -> step.facts().stream()).toList();

        assertThat(facts).contains(Fact.input("northKorea", "stability", Stability.STABLE),
                Fact.input("unitedStates", "goal", org.leverage.api.Goal.DENUCLEARIZATION));
        assertThat(facts).filteredOn(Fact.Derived.class::isInstance).map(Fact.Derived.class::cast)
                .extracting(Fact.Derived::type, Fact.Derived::id)
                .contains(tuple("Concern", "REGIME_COLLAPSE"), tuple("CurrentPhase", "ENGAGE_PYONGYANG"),
                        tuple("CollapseLevel", "LOW"));
    }

    @Test
    void rulesDescribeWhatTheyConcludeAsTypedValues() {
        assertThat(ADVISOR.rules()).flatExtracting(org.leverage.api.RuleDescription::concludes)
                .contains(new Conclusion("Recommendation", "OPEN_BILATERAL_TALKS", null),
                        new Conclusion("Concern", "REFUGEE_FLOW", null))
                .allSatisfy(c -> assertThat(c.id()).matches("[A-Z][A-Z0-9_]*"));
    }

    @Test
    void becauseChainStartsWithTheConcludingRuleAndEndsAtTheInputFacts() {
        Assessment assessment = ADVISOR.assess(PolicyState.DEFAULTS);
        Assessment.Concern refugees = assessment.concern("REFUGEE_FLOW").orElseThrow();
        assertThat(refugees.because()).extracting(Step::rule, step -> TestFacts.texts(step.facts())).containsExactly(
                tuple("Refugees would flow into China if the regime collapsed",
                        List.of("concern REGIME_COLLAPSE at LOW")),
                tuple("The regime could collapse if Beijing severed its aid",
                        List.of("severing aid is on the table: denuclearization needs it",
                                "peninsula.reunification = NONE", "a collapse is far off (LOW)")),
                tuple("Severing aid is on the table while denuclearization needs decisive pressure",
                        List.of("concern DECISIVE_PRESSURE_NEEDED at HIGH")),
                tuple("Only severing aid would be decisive while Washington seeks denuclearization and a"
                        + " program is active", List.of("phase ENGAGE_PYONGYANG",
                        "unitedStates.goal = DENUCLEARIZATION", "northKorea.nuclearProgram = ACTIVE",
                        "northKorea.missileProgram = ACTIVE")),
                tuple("Washington engages Pyongyang first while no offer has been spurned",
                        List.of("northKorea.responseToOffer = NONE")),
                // The level is the rules' too: how close a collapse is, from the North's stability and Beijing's aid.
                tuple("A collapse is far off while the North is stable and Beijing is not severing its aid",
                        List.of("northKorea.stability = STABLE", "china.pressureOnPyongyang = CAUTIOUS")));
    }

    @Test
    void aConclusionWithTwoReasonsListsBoth() {
        PolicyState state = PolicyState.builder().askedForDrasticAction(true).build();
        List<String> rules = ADVISOR.assess(state).concern("REGIME_COLLAPSE").orElseThrow().because().stream()
                .map(Step::rule).toList();
        assertThat(rules).contains("Severing aid is on the table once Beijing is asked for drastic action",
                "Severing aid is on the table while denuclearization needs decisive pressure");
    }

    @Test
    void aRefugeePledgeWithoutTheAlliesAnswersTheConcernInPart() {
        PolicyState state = PolicyState.builder().refugeeAid(true).stability(Stability.UNRAVELING).build();
        Assessment.Concern refugees = ADVISOR.assess(state).concern("REFUGEE_FLOW").orElseThrow();
        assertThat(refugees.answered()).isFalse();
        assertThat(refugees.answeredInPart()).isTrue();
        assertThat(refugees.level()).hasToString("HIGH");
    }

    @Test
    void aWrittenWithdrawalThatLeavesThaadOutIsRecommendedAgainToAddIt() {
        PolicyState state = PolicyState.builder().thaadDeployed(true).talksWithPyongyang(Talks.OFFERED)
                .endJointExercises(true).peaceTreaty(true).sanctionsRelief(SanctionsRelief.LIFT)
                .diplomaticRelations(true).responseToOffer(OfferResponse.SPURNED).withdrawal(Withdrawal.WRITTEN)
                .build();
        Assessment assessment = ADVISOR.assess(state);
        assertThat(assessment.recommendations()).filteredOn(r -> r.id().equals("SIGN_WITHDRAWAL_AGREEMENT"))
                .singleElement()
                .satisfies(r -> assertThat(r.summary()).startsWith("Add THAAD to the written agreement"));
        assertThat(assessment.inPlace()).doesNotContain("SIGN_WITHDRAWAL_AGREEMENT");
        assertThat(assessment.concern("US_BASES_IN_UNIFIED_KOREA").orElseThrow().answered()).isTrue();
        assertThat(assessment.warnings()).extracting(Assessment.Warning::id).contains("THAAD_LEFT_OUT");
    }

    @Test
    void outOfScopeGivesPhaseNoneAndNoRecommendationsButStillReportsConcerns() {
        PolicyState state = PolicyState.builder().talksWithPyongyang(Talks.UNDERWAY)
                .responseToOffer(OfferResponse.ACCEPTED).build();
        Assessment assessment = ADVISOR.assess(state);
        assertThat(assessment.phase()).isEqualTo(Phase.NONE);
        assertThat(assessment.recommendations()).isEmpty();
        assertThat(assessment.outOfScope()).isEqualTo("Pyongyang has accepted the offer");
        assertThat(assessment.inPlace()).containsExactly("OPEN_BILATERAL_TALKS");
        assertThat(assessment.concern("THAAD_RADAR")).isEmpty();
        assertThat(assessment.concern("DECISIVE_PRESSURE_NEEDED")).isEmpty();
        assertThat(assessment.concern("REGIME_COLLAPSE")).isEmpty();
    }

    @Test
    void aCollapsedNorthIsOutOfScope_reportingTheRisksThatHappenedAsFactsAndTheRestAtMostHigh() {
        PolicyState state = PolicyState.builder().thaadDeployed(true).stability(Stability.COLLAPSED).build();
        Assessment assessment = ADVISOR.assess(state);
        assertThat(assessment.phase()).isEqualTo(Phase.NONE);
        assertThat(assessment.outOfScope()).contains("no regime to bargain with");
        assertThat(assessment.recommendations()).isEmpty();
        Assessment.Concern collapse = assessment.concern("REGIME_COLLAPSE").orElseThrow();
        assertThat(collapse.level()).isEqualTo(Level.MATERIALIZED);
        assertThat(collapse.kind()).isEqualTo(ConcernKind.RESIDUAL_RISK);
        assertThat(collapse.summary()).isEqualTo("The North Korean state has collapsed");
        assertThat(assessment.concern("MILITARY_LASHOUT")).hasValueSatisfying(c -> {
            assertThat(c.level()).isEqualTo(Level.HIGH);
            assertThat(c.residual()).isTrue();
            assertThat(c.answered()).isFalse();
            assertThat(c.answeredBy()).isEmpty();
        });
        assertThat(assessment.concern("CHINA_RELUCTANT")).isEmpty();
    }

    @Test
    void aFragmentedNorthReadsAsFragmented_itsFactionsThereToFightOverTheArsenal() {
        Assessment assessment = ADVISOR.assess(PolicyState.builder().stability(Stability.FRAGMENTED).build());
        assertThat(assessment.concern("REGIME_COLLAPSE").orElseThrow().summary()).contains("fragmented");
        assertThat(assessment.concern("REFUGEE_FLOW").orElseThrow().summary()).startsWith("With the North broken apart");
        assertThat(assessment.concern("LOOSE_NUCLEAR_ASSETS")).hasValueSatisfying(c -> {
            assertThat(c.level()).isEqualTo(Level.MATERIALIZED);
            assertThat(c.summary()).startsWith("With the North fragmented");
        });
        assertThat(assessment.concern("MILITARY_LASHOUT").orElseThrow().level()).isEqualTo(Level.HIGH);
    }

    @Test
    void aBeijingAlreadySeveringIsOwedTheRefugeePledgesButNotTheEnticementsOfParagraphNine() {
        PolicyState acting = PolicyState.builder().thaadDeployed(true).talksWithPyongyang(Talks.OFFERED)
                .endJointExercises(true).peaceTreaty(true).sanctionsRelief(SanctionsRelief.LIFT)
                .diplomaticRelations(true).responseToOffer(OfferResponse.SPURNED)
                .pressureOnPyongyang(Pressure.SEVER_AID).build();
        assertThat(ADVISOR.assess(acting).recommendations()).extracting(Assessment.Recommendation::id)
                .containsExactly("COMMIT_REFUGEE_AID", "RALLY_ALLIED_REFUGEE_AID");
        PolicyState notYet = acting.toBuilder().pressureOnPyongyang(Pressure.CAUTIOUS).build();
        assertThat(ADVISOR.assess(notYet).recommendations()).extracting(Assessment.Recommendation::id)
                .contains("SIGN_WITHDRAWAL_AGREEMENT", "CONSIDER_TAIWAN_SCS_CONCESSIONS");
    }

    @Test
    void thePremiseNamesOnlyTheProgramsStillActive_andIsNeverAnswered() {
        Assessment.Concern premise = ADVISOR.assess(PolicyState.builder().nuclearProgram(Program.FROZEN).build())
                .concern("DECISIVE_PRESSURE_NEEDED").orElseThrow();
        assertThat(premise.kind()).isEqualTo(ConcernKind.PREMISE);
        assertThat(premise.summary()).endsWith("give up its missile program").doesNotContain("nuclear");
        assertThat(premise.answered()).isFalse();
        assertThat(premise.answeredBy()).isEmpty();
    }

    @Test
    void beijingsReluctanceIsAnsweredOnlyWhenEveryIncentiveIsGiven_yetStaysRaisedUntilBeijingActs() {
        PolicyState.Builder paid = PolicyState.builder().talksWithPyongyang(Talks.UNDERWAY)
                .endJointExercises(true).peaceTreaty(true).sanctionsRelief(SanctionsRelief.REDUCE)
                .diplomaticRelations(true).responseToOffer(OfferResponse.SPURNED).askedForDrasticAction(true)
                .refugeeAid(true).alliedRefugeeAid(true).withdrawal(Withdrawal.WRITTEN);
        Assessment.Concern partly = ADVISOR.assess(paid.build()).concern("CHINA_RELUCTANT").orElseThrow();
        assertThat(partly.answered()).isFalse();
        assertThat(partly.answeredInPart()).isTrue();
        assertThat(partly.answeredBy()).containsExactly("COMMIT_REFUGEE_AID", "RALLY_ALLIED_REFUGEE_AID",
                "SIGN_WITHDRAWAL_AGREEMENT", "CONSIDER_TAIWAN_SCS_CONCESSIONS");

        Assessment all = ADVISOR.assess(paid.taiwanConcessions(true).build());
        assertThat(all.concern("CHINA_RELUCTANT")).hasValueSatisfying(c -> assertThat(c.answered()).isTrue());
        assertThat(all.concern("MILITARY_LASHOUT")).hasValueSatisfying(c -> assertThat(c.answered()).isFalse());

        Assessment acting = ADVISOR.assess(paid.pressureOnPyongyang(Pressure.SEVER_AID).build());
        assertThat(acting.concern("CHINA_RELUCTANT")).isEmpty();
    }

    @Test
    void aContradictoryStateBuiltInCodeIsRefusedNamingTheField() {
        PolicyState state = PolicyState.builder().responseToOffer(OfferResponse.SPURNED).build();
        assertThatThrownBy(() -> ADVISOR.assess(state))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageStartingWith("northKorea.responseToOffer: is SPURNED but unitedStates.talksWithPyongyang"
                        + " is NONE");
    }

    @Test
    void aFutureFormatBuiltInCodeIsRefused() {
        assertThatThrownBy(() -> ADVISOR.assess(PolicyState.builder().format(2).build()))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("format 2");
    }

    @Test
    void theSameStateGivesAnEqualAssessmentEveryTime() {
        PolicyState state = PolicyState.builder().thaadDeployed(true).stability(Stability.FRAGMENTED).build();
        Assessment first = ADVISOR.assess(state);
        for (int i = 0; i < 20; i++) {
            assertThat(ADVISOR.assess(state)).isEqualTo(first);
        }
    }

    @Test
    void explainingAConcludedIdGivesTheTreeDownToTheInputFacts() {
        Explanation explanation = ADVISOR.explain("REFUGEE_FLOW", PolicyState.DEFAULTS);
        assertThat(explanation.concluded()).isTrue();
        assertThat(explanation.kind()).isEqualTo(Explanation.Kind.CONCERN);
        Explanation.Reason root = explanation.reasons().get(0);
        assertThat(root.rule()).isEqualTo("Refugees would flow into China if the regime collapsed");
        assertThat(root.sources()).containsExactly("¶4");
        Explanation.Reason collapse = root.because().get(0);
        assertThat(TestFacts.texts(collapse.facts())).contains("a collapse is far off (LOW)");
        assertThat(collapse.because()).anySatisfy(level -> assertThat(TestFacts.texts(level.facts()))
                .contains("northKorea.stability = STABLE"));
        Explanation.Reason severing = collapse.because().stream()
                .filter(r -> r.rule().startsWith("Severing aid is on the table")).findFirst().orElseThrow();
        Explanation.Reason premise = severing.because().get(0);
        assertThat(TestFacts.texts(premise.facts())).contains("unitedStates.goal = DENUCLEARIZATION");
        assertThat(premise.because()).singleElement()
                .satisfies(phase -> assertThat(phase.because()).isEmpty());
    }

    @Test
    void explainingAnIdTheStateDoesNotGiveNamesTheFailedCondition() {
        Explanation explanation = ADVISOR.explain("CALL_ON_BEIJING_FOR_DRASTIC_ACTION", PolicyState.DEFAULTS);
        assertThat(explanation.concluded()).isFalse();
        assertThat(explanation.unmet()).singleElement().satisfies(check -> {
            assertThat(check.file()).endsWith("recommendations/enlist-beijing.drl");
            assertThat(check.conditions()).filteredOn(c -> !c.met()).singleElement()
                    .satisfies(c -> {
                        assertThat(c.text()).contains("CurrentPhase", "ENLIST_BEIJING");
                        assertThat(c.detail()).contains("phase ENGAGE_PYONGYANG");
                    });
        });
    }

    @Test
    void explainingAnUnknownIdListsTheKnownOnes() {
        assertThatThrownBy(() -> ADVISOR.explain("NO_SUCH_THING", PolicyState.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OPEN_BILATERAL_TALKS")
                .hasMessageContaining("THAAD_RADAR");
        assertThat(ADVISOR.explainableIds()).hasSize(26).startsWith("OPEN_BILATERAL_TALKS")
                .endsWith("LEVERAGE_PREMISE_WEAKENED");
    }

    @Test
    void aStateAssessedAgainIsRememberedUnlessTheAdvisorIsToldNotTo() {
        PolicyState state = PolicyState.builder().stability(Stability.STRAINED).build();
        assertThat(ADVISOR.assess(state)).isSameAs(ADVISOR.assess(state));

        Advisor forgetful = TestAdvisors.builder().rememberAssessments(0).build();
        Assessment first = forgetful.assess(state);
        assertThat(forgetful.assess(state)).isNotSameAs(first).isEqualTo(first);
    }

    /** The memo is bounded: one of one state forgets A once B is assessed, while the default one remembers both. */
    @Test
    void aMemoOfOneForgetsTheFirstStateOnceASecondIsAssessed_theDefaultMemoRemembersBoth() {
        PolicyState a = PolicyState.builder().stability(Stability.STRAINED).build();
        PolicyState b = PolicyState.builder().thaadDeployed(true).build();

        try (Advisor ofOne = TestAdvisors.builder().rememberAssessments(1).build();
             Advisor byDefault = TestAdvisors.builder().build()) {
            Assessment firstA = ofOne.assess(a);
            assertThat(ofOne.assess(a)).as("A again, straight away").isSameAs(firstA);
            ofOne.assess(b);
            assertThat(ofOne.assess(a)).as("A after B").isNotSameAs(firstA).isEqualTo(firstA);

            Assessment defaultA = byDefault.assess(a);
            Assessment defaultB = byDefault.assess(b);
            assertThat(byDefault.assess(a)).as("A after B").isSameAs(defaultA);
            assertThat(byDefault.assess(b)).as("B after A").isSameAs(defaultB);
        }
    }

    @Slow
    @Test
    void aSmallMemoryStillGivesTheRightAssessmentForEveryState() {
        Advisor small = TestAdvisors.builder().rememberAssessments(2).build();
        Advisor none = TestAdvisors.builder().rememberAssessments(0).build();
        for (int round = 0; round < 3; round++) {
            for (Stability stability : Stability.values()) {
                PolicyState state = PolicyState.builder().stability(stability).build();
                assertThat(small.assess(state)).isEqualTo(none.assess(state));
            }
        }
    }

    @Test
    void aSyntaxErrorIsReportedAtItsFileAndLine() {
        Advisor.Builder builder = Advisor.builder().withoutBuiltInRules()
                .addRules(TestPaths.testResource("rule-folders/syntax-error"));
        assertThatThrownBy(builder::build)
                .isInstanceOf(RuleException.class)
                .satisfies(e -> {
                    RuleException rules = (RuleException) e;
                    assertThat(rules.location()).hasValueSatisfying(l -> {
                        assertThat(l.file()).endsWith("syntax-error/broken.drl");
                        assertThat(l.line()).isEqualTo(10);
                        assertThat(l.column()).isEqualTo(1);
                    });
                    assertThat(rules.problems()).noneMatch(p -> p.contains("null Package"));
                    assertThat(rules.getMessage()).startsWith("syntax error: mismatched input 'then'");
                });
    }

    @Test
    void aMisspelledFieldIsReportedAtItsLineAndColumn() {
        // The folder alone: a failed compilation is never cached, and the framework would add nothing to the error.
        Advisor.Builder builder = Advisor.builder().withoutBuiltInRules()
                .addRules(TestPaths.testResource("rule-folders/unknown-field"));
        assertThatThrownBy(builder::build)
                .isInstanceOf(RuleException.class)
                .satisfies(e -> {
                    RuleException rules = (RuleException) e;
                    assertThat(rules.oneLine()).contains("unknown-field/misspelled.drl:9:");
                    assertThat(rules.oneLine()).contains("unknown field thaadDeplyed of UnitedStates",
                            "did you mean thaadDeployed?");
                    assertThat(rules.location().orElseThrow().column()).isPositive();
                });
    }

    @Test
    void rulesThatKeepFiringAreStoppedAndNamed() {
        Advisor looping = TestAdvisors.builder().maxFirings(500)
                .addRules(TestPaths.testResource("rule-folders/looping")).build();
        assertThatThrownBy(() -> looping.assess(PolicyState.DEFAULTS))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("stopped after 500 firings")
                .hasMessageContaining("\"Count for ever\"");
    }

    @Test
    void aConsequenceThatFailsIsReportedWithItsRuleAndFile() {
        Advisor failing = Advisor.builder().withoutBuiltInRules()
                .addRules(TestPaths.testResource("rule-folders/runtime-failure")).build();
        assertThatThrownBy(() -> failing.assess(PolicyState.DEFAULTS))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("\"A consequence that fails\"")
                .hasMessageContaining("ArithmeticException")
                .satisfies(e -> assertThat(((RuleException) e).oneLine()).contains("divides-by-zero.drl"));
    }

    @Test
    void anAnalystsFolderAddsToTheBuiltInFramework() {
        Advisor withHawks = TestAdvisors.builder()
                .addRules(TestPaths.testResource("rule-folders/extra-warning")).build();
        PolicyState state = PolicyState.builder().thaadDeployed(true).build();
        assertThat(ADVISOR.assess(state).warnings()).extracting(Assessment.Warning::id)
                .doesNotContain("HAWKISH_POSTURING");
        assertThat(withHawks.assess(state).warnings()).filteredOn(w -> w.id().equals("HAWKISH_POSTURING"))
                .singleElement()
                .satisfies(w -> assertThat(w.because().get(0).rule())
                        .isEqualTo("Deploying THAAD reads as hawkish posturing in Beijing"));
    }

    @Test
    void aMissingRulesFolderIsARuleError() {
        assertThatThrownBy(() -> Advisor.builder().addRules(TestPaths.project().resolve("no-such-folder")).build())
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("does not exist");
    }
}
