package org.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.ConcernId;
import org.leverage.api.PolicyState;
import org.leverage.api.RecommendationId;
import org.leverage.api.StateField;
import org.leverage.api.WarningId;
import org.leverage.scenario.ScenarioCase;
import org.leverage.scenario.ScenarioReader;

/**
 * Holds the scenario suite to its promise (issue 2, item 7): every id of DOMAIN §3–§6 is seen present in one
 * case and absent in another, and every input field is pinned: changing it alone breaks some case.
 */
class ScenarioCoverageTest {

    private static final Advisor ADVISOR = Advisor.builder().builtInRulesFrom(TestPaths.rules()).build();
    private static final List<ScenarioCase> CASES = new ArrayList<>();
    private static final List<Assessment> OUTCOMES = new ArrayList<>();

    @BeforeAll
    static void assessEveryCase() throws IOException {
        for (var file : ScenarioSuiteTest.scenarioFiles(TestPaths.scenarios())) {
            ScenarioCase scenario = ScenarioReader.read(file);
            CASES.add(scenario);
            OUTCOMES.add(ADVISOR.assess(scenario.given()));
        }
    }

    @Test
    void theSuiteHasTheContractsFourAndAtLeastSixteenMore() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(20);
        assertThat(CASES).extracting(c -> c.file().getFileName().toString())
                .contains("baseline-2017.yaml", "full-package.yaml", "premature-call.yaml", "pyongyang-spurns.yaml");
    }

    @Test
    void everyRecommendationIsPresentInOneCaseAndAbsentInAnother() {
        for (RecommendationId id : RecommendationId.values()) {
            assertThat(OUTCOMES).as("a case recommending %s", id)
                    .anyMatch(a -> a.recommendations().stream().anyMatch(r -> r.id().equals(id.name())));
            assertThat(OUTCOMES).as("a case not recommending %s", id)
                    .anyMatch(a -> a.recommendations().stream().noneMatch(r -> r.id().equals(id.name())));
        }
    }

    @Test
    void everyWarningIsPresentInOneCaseAndAbsentInAnother() {
        for (WarningId id : WarningId.values()) {
            assertThat(OUTCOMES).as("a case warning %s", id)
                    .anyMatch(a -> a.warnings().stream().anyMatch(w -> w.id().equals(id.name())));
            assertThat(OUTCOMES).as("a case not warning %s", id)
                    .anyMatch(a -> a.warnings().stream().noneMatch(w -> w.id().equals(id.name())));
        }
    }

    @Test
    void everyConcernIsRaisedInOneCaseAndNotInAnother() {
        for (ConcernId id : ConcernId.values()) {
            assertThat(OUTCOMES).as("a case raising %s", id).anyMatch(a -> a.concern(id.name()).isPresent());
            assertThat(OUTCOMES).as("a case not raising %s", id).anyMatch(a -> a.concern(id.name()).isEmpty());
        }
    }

    @Test
    void outOfScopeAppliesInOneCaseAndNotInAnother() {
        assertThat(OUTCOMES).anyMatch(a -> a.outOfScope() != null);
        assertThat(OUTCOMES).anyMatch(a -> a.outOfScope() == null);
    }

    @Test
    void everyInputFieldIsPinnedByACaseThatFailsWhenItAloneChanges() {
        Set<String> unpinned = new TreeSet<>();
        for (StateField field : StateField.values()) {
            if (!pinned(field)) {
                unpinned.add(field.path());
            }
        }
        assertThat(unpinned).as("fields no scenario notices a change of").isEmpty();
    }

    private static boolean pinned(StateField field) {
        for (ScenarioCase scenario : CASES) {
            for (Object other : field.choices()) {
                if (other.equals(field.get(scenario.given()))) {
                    continue;
                }
                PolicyState changed = field.with(scenario.given(), other);
                if (!changed.contradictions().isEmpty()) {
                    continue;
                }
                if (!scenario.expect().differences(ADVISOR.assess(changed)).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void everyStateFieldHasItsOwnPath() {
        assertThat(Arrays.stream(StateField.values()).map(StateField::path).distinct()).hasSize(25);
    }
}
