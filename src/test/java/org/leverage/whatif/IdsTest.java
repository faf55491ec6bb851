package org.leverage.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leverage.whatif.TestAdvisor.ADVISOR;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.TestAdvisors;
import org.leverage.api.Explanation.Kind;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.ConcernId;
import org.leverage.api.RecommendationId;
import org.leverage.api.StateField;
import org.leverage.api.WarningId;

/** Sweeps and diffs list ids in the catalogue's order, an analyst's own among them, not in an enum's. */
class IdsTest {

    @Test
    void theBuiltInCataloguesOrderIsTheApiEnumsOrder_soBuiltInOutputKeepsItsOrder() {
        Ids ids = Ids.of(ADVISOR);
        assertThat(ids.declared(Kind.RECOMMENDATION)).isEqualTo(names(RecommendationId.values()));
        assertThat(ids.declared(Kind.CONCERN)).isEqualTo(names(ConcernId.values()));
        assertThat(ids.declared(Kind.WARNING)).isEqualTo(names(WarningId.values()));
    }

    @Test
    void anAnalystsOwnIdsSortInHerCataloguesOrder_afterTheEssays_andUndeclaredOnesLastByName(@TempDir Path folder)
            throws IOException {
        Files.writeString(folder.resolve("mine.drl"), """
                package mine;

                import org.leverage.api.*;
                import org.leverage.rules.*;

                rule "Send an envoy and open a quiet channel while THAAD is deployed"
                    @source("¶7")
                when
                    UnitedStates( thaadDeployed == true )
                then
                    insertLogical( new Recommendation( "ZETA_QUIET_CHANNEL" ) );
                    insertLogical( new Recommendation( "ALPHA_ENVOY" ) );
                end
                """);
        Files.writeString(folder.resolve("catalogue.yaml"), """
                recommendations:
                  ZETA_QUIET_CHANNEL: {phase: ENGAGE_PYONGYANG, addressee: BEIJING, modality: CONSIDER, summary: A quiet channel}
                  ALPHA_ENVOY: {phase: ENGAGE_PYONGYANG, addressee: PYONGYANG, modality: CONSIDER, summary: An envoy}
                """);
        Advisor advisor = TestAdvisors.builder().addRules(folder)
                .rememberAssessments(0).build();

        assertThat(List.of("UNDECLARED_B", "ALPHA_ENVOY", "UNDECLARED_A", "ZETA_QUIET_CHANNEL",
                "CONSIDER_TAIWAN_SCS_CONCESSIONS", "OPEN_BILATERAL_TALKS").stream()
                .sorted(Ids.of(advisor).order(Kind.RECOMMENDATION)).toList())
                .containsExactly("OPEN_BILATERAL_TALKS", "CONSIDER_TAIWAN_SCS_CONCESSIONS", "ZETA_QUIET_CHANNEL",
                        "ALPHA_ENVOY", "UNDECLARED_A", "UNDECLARED_B");

        SweepResult sweep = Sweep.over(StateField.THAAD_DEPLOYED).run(advisor);
        assertThat(sweep.columns()).containsSubsequence("recommendation.CONSIDER_TAIWAN_SCS_CONCESSIONS",
                "recommendation.ZETA_QUIET_CHANNEL", "recommendation.ALPHA_ENVOY", "warning.DEMANDS_WITHOUT_INCENTIVES");
        assertThat(sweep.flips(StateField.THAAD_DEPLOYED)).containsSubsequence(
                Output.recommendation("ZETA_QUIET_CHANNEL"), Output.recommendation("ALPHA_ENVOY"));
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
