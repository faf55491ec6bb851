package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.leverage.RandomPolicyStates;
import org.leverage.TestAdvisors;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.PolicyState;
import org.leverage.scenario.ScenarioReader;

/**
 * An advisor built {@code withoutExplanations()} (what sweeps, odds, reach and validate use) says what a full
 * one says, the {@code because()} steps alone left empty: checked on every scenario and on random states, and for
 * an analyst's id that no catalogue declares, whose paragraphs come from its rule.
 */
class WithoutExplanationsTest {

    private static final Advisor FULL = TestAdvisors.builder().rememberAssessments(0).build();
    private static final Advisor LEAN = TestAdvisors.builder().rememberAssessments(0).withoutExplanations().build();

    @AfterAll
    static void close() {
        FULL.close();
        LEAN.close();
    }

    @Test
    void everyScenarioAndRandomStateGetsTheFullAssessmentWithEmptyBecauses() {
        List<PolicyState> states = new ArrayList<>();
        ScenarioReader.files(TestPaths.scenarioFolders())
                .forEach(file -> states.add(ScenarioReader.readGiven(file)));
        states.addAll(RandomPolicyStates.of(1_000, 20170316L));
        int explained = 0;
        for (PolicyState state : states) {
            Assessment full = FULL.assess(state);
            Assessment lean = LEAN.assess(state);
            assertThat(lean).as("%s", state).isEqualTo(withoutBecause(full));
            explained += full.recommendations().stream().mapToInt(r -> r.because().size()).sum();
        }
        // The full advisor did explain: the comparison above is not of two empty lists.
        assertThat(explained).isGreaterThan(states.size());
    }

    @Test
    void anIdNoCatalogueDeclaresKeepsItsRulesParagraphs() {
        try (Advisor full = TestAdvisors.builder().rememberAssessments(0)
                     .addRules(TestPaths.testResource("rule-folders/validate/undeclared-id")).build();
             Advisor lean = TestAdvisors.builder().rememberAssessments(0).withoutExplanations()
                     .addRules(TestPaths.testResource("rule-folders/validate/undeclared-id")).build()) {
            PolicyState state = PolicyState.DEFAULTS;
            Assessment.Recommendation mystery = lean.assess(state).recommendations().stream()
                    .filter(r -> r.id().equals("MYSTERY_OFFER")).findFirst().orElseThrow();
            assertThat(mystery.sources()).containsExactly("¶7");
            assertThat(mystery.because()).isEmpty();
            assertThat(lean.assess(state)).isEqualTo(withoutBecause(full.assess(state)));
        }
    }

    @Test
    void explainAndSupportingRulesStillExplain() {
        PolicyState state = PolicyState.DEFAULTS;
        for (String id : FULL.explainableIds()) {
            assertThat(LEAN.explain(id, state)).isEqualTo(FULL.explain(id, state));
        }
        assertThat(LEAN.supportingRules(state)).isNotEmpty().isEqualTo(FULL.supportingRules(state));
    }

    private static Assessment withoutBecause(Assessment a) {
        return new Assessment(a.format(), a.scenario(), a.phase(),
                a.recommendations().stream().map(r -> new Assessment.Recommendation(r.id(), r.phase(),
                        r.addressee(), r.modality(), r.summary(), r.sources(), r.answers(), List.of())).toList(),
                a.inPlace(),
                a.concerns().stream().map(c -> new Assessment.Concern(c.id(), c.kind(), c.level(), c.answered(),
                        c.answeredInPart(), c.answeredBy(), c.summary(), c.sources(), List.of())).toList(),
                a.warnings().stream().map(w -> new Assessment.Warning(w.id(), w.summary(), w.sources(), List.of()))
                        .toList(),
                a.outOfScope());
    }
}
