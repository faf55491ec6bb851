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
import org.leverage.api.ConcernKind;
import org.leverage.api.Level;
import org.leverage.api.PolicyState;
import org.leverage.api.RecommendationId;
import org.leverage.api.StateField;
import org.leverage.api.WarningId;
import org.leverage.scenario.DeclaredIds;
import org.leverage.scenario.ScenarioCase;
import org.leverage.scenario.ScenarioReader;

/**
 * Holds the scenario suite to its promise (issue 2, item 7; issue 9, item 5): every id of DOMAIN §3–§6 (v2's
 * OFFER_INCOMPLETE among them) is seen present in one case and absent in another, every input field is pinned
 * (changing it alone breaks some case), and every concern kind is pinned.
 */
class ScenarioCoverageTest {

    private static final Advisor ADVISOR = TestAdvisors.builtIn();
    private static final List<ScenarioCase> CASES = new ArrayList<>();
    private static final List<Assessment> OUTCOMES = new ArrayList<>();

    @BeforeAll
    static void assessEveryCase() throws IOException {
        for (var file : ScenarioSuiteTest.scenarioFiles(TestPaths.scenarios())) {
            ScenarioCase scenario = ScenarioReader.read(file, DeclaredIds.of(ADVISOR));
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
    void everyConcernKindIsPinnedByACase_andEachPinnedKindIsTheContracts() {
        // The new field of DOMAIN v2 §3: each kind is expected somewhere, and always of the id the table gives it.
        for (ConcernKind kind : ConcernKind.values()) {
            assertThat(CASES).as("a case expecting a %s", kind).anyMatch(c -> c.expect().concerns().values()
                    .stream().anyMatch(e -> e.kind().equals(java.util.Optional.of(kind))));
        }
        for (ScenarioCase scenario : CASES) {
            scenario.expect().concerns().forEach((id, expected) -> expected.kind().ifPresent(kind ->
                    assertThat(kind).as("%s in %s", id, scenario.file())
                            .isEqualTo(BuiltInCatalogue.kind(ConcernId.valueOf(id)))));
        }
    }

    @Test
    void theSuiteHoldsTheContractsVersionTwoExamplesAndACaseForEachOfItsNewSituations() {
        assertThat(CASES).extracting(c -> c.file().getFileName().toString())
                .contains("beijing-paid.yaml", "regime-collapsed.yaml", "spurned-bare-offer.yaml");
        // A spurned offer short of the reasonable one, a collapse that happened, and a Beijing paid in full.
        assertThat(OUTCOMES).anyMatch(a -> a.warnings().stream().anyMatch(w -> w.id().equals("OFFER_INCOMPLETE"))
                && a.recommendations().stream().noneMatch(r -> r.id().equals("CALL_ON_BEIJING_FOR_DRASTIC_ACTION")));
        assertThat(OUTCOMES).anyMatch(a -> a.outOfScope() != null && a.concern("REGIME_COLLAPSE")
                .filter(c -> c.level() == Level.MATERIALIZED).isPresent());
        assertThat(OUTCOMES).anyMatch(a -> a.concern("CHINA_RELUCTANT").filter(c -> c.answered()).isPresent());
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
