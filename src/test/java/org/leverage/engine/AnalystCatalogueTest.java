package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.Slow;
import org.leverage.TestAdvisors;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.ConcernKind;
import org.leverage.api.Explanation;
import org.leverage.api.PolicyState;
import org.leverage.api.RuleException;

/**
 * An analyst's catalogue under DOMAIN v2: her recommendations follow the essay's, in the order her catalogue
 * declares them (not by id); her concerns carry the kind she gives, the first format's {@code residual: true}
 * still reads as a residual risk, and a kind that contradicts it is refused at the file.
 */
class AnalystCatalogueTest {

    private static final String RULES = """
            package mine;

            import org.leverage.api.*;
            import org.leverage.rules.*;

            rule "Open a quiet channel while talks are yet to come"
                @source("¶7")
            when
                UnitedStates( talksWithPyongyang == Talks.NONE )
            then
                insertLogical( new Recommendation( "ZETA_QUIET_CHANNEL" ) );
                insertLogical( new Recommendation( "ALPHA_ENVOY" ) );
                insertLogical( new Concern( "SANCTIONS_EVASION", Level.ELEVATED ) );
                insertLogical( new Concern( "BORDER_TRADE", Level.LOW ) );
                insertLogical( new Concern( "OLD_STYLE_RISK", Level.LOW ) );
            end
            """;

    @Slow
    @Test
    void ownRecommendationsFollowTheEssaysInCatalogueOrder_andOwnConcernsCarryTheirKind(@TempDir Path folder)
            throws IOException {
        write(folder, """
                recommendations:
                  ZETA_QUIET_CHANNEL: {phase: ENGAGE_PYONGYANG, addressee: BEIJING, modality: FIRST_STEP, summary: A quiet channel, sources: ["¶7"]}
                  ALPHA_ENVOY: {phase: ENGAGE_PYONGYANG, addressee: PYONGYANG, modality: CONSIDER, summary: An envoy, sources: ["¶7"]}
                concerns:
                  SANCTIONS_EVASION: {kind: RESIDUAL_RISK, summary: Evasion through third countries, sources: ["¶3"]}
                  BORDER_TRADE: {summary: Trade across the Yalu, sources: ["¶3"], answeredBy: [ALPHA_ENVOY]}
                  OLD_STYLE_RISK: {residual: true, summary: Written the first way, sources: ["¶5"]}
                """);
        Advisor advisor = TestAdvisors.builder().addRules(folder).build();
        Assessment assessment = advisor.assess(PolicyState.DEFAULTS);

        // Even a FIRST_STEP of the analyst's comes after the essay's own, and her two keep her order.
        assertThat(assessment.recommendations()).extracting(Assessment.Recommendation::id).containsExactly(
                "OPEN_BILATERAL_TALKS", "OFFER_END_JOINT_EXERCISES", "OFFER_PEACE_TREATY", "OFFER_SANCTIONS_RELIEF",
                "OFFER_DIPLOMATIC_RELATIONS", "ZETA_QUIET_CHANNEL", "ALPHA_ENVOY");
        assertThat(assessment.concern("SANCTIONS_EVASION").orElseThrow().kind()).isEqualTo(ConcernKind.RESIDUAL_RISK);
        assertThat(assessment.concern("SANCTIONS_EVASION").orElseThrow().answeredBy()).isEmpty();
        assertThat(assessment.concern("BORDER_TRADE").orElseThrow().kind()).isEqualTo(ConcernKind.CONCERN);
        assertThat(assessment.concern("BORDER_TRADE").orElseThrow().answeredBy()).containsExactly("ALPHA_ENVOY");
        assertThat(assessment.concern("OLD_STYLE_RISK").orElseThrow().kind()).isEqualTo(ConcernKind.RESIDUAL_RISK);
    }

    @Slow
    @Test
    void theDeclaredIdsOfEachKindAreTheEssaysThenHersInHerCataloguesOrder(@TempDir Path folder) throws IOException {
        write(folder, """
                recommendations:
                  ZETA_QUIET_CHANNEL: {phase: ENGAGE_PYONGYANG, addressee: BEIJING, modality: CONSIDER, summary: A quiet channel}
                  ALPHA_ENVOY: {phase: ENGAGE_PYONGYANG, addressee: PYONGYANG, modality: CONSIDER, summary: An envoy}
                concerns:
                  SANCTIONS_EVASION: {summary: Evasion}
                  BORDER_TRADE: {summary: Trade}
                  OLD_STYLE_RISK: {summary: Old}
                warnings:
                  ENVOY_UNHEARD: {summary: The envoy goes unheard}
                """);
        Advisor advisor = TestAdvisors.builder().addRules(folder).build();

        List<String> recommendations = advisor.declaredIds(Explanation.Kind.RECOMMENDATION);
        List<String> concerns = advisor.declaredIds(Explanation.Kind.CONCERN);
        List<String> warnings = advisor.declaredIds(Explanation.Kind.WARNING);
        assertThat(recommendations).hasSize(12).startsWith("OPEN_BILATERAL_TALKS")
                .endsWith("CONSIDER_TAIWAN_SCS_CONCESSIONS", "ZETA_QUIET_CHANNEL", "ALPHA_ENVOY");
        assertThat(concerns).hasSize(11).startsWith("DECISIVE_PRESSURE_NEEDED")
                .endsWith("CHINA_RELUCTANT", "SANCTIONS_EVASION", "BORDER_TRADE", "OLD_STYLE_RISK");
        assertThat(warnings).hasSize(9).startsWith("DEMANDS_WITHOUT_INCENTIVES").endsWith("ENVOY_UNHEARD");
        assertThat(advisor.declaredIds()).isEqualTo(Stream.of(recommendations, concerns, warnings)
                .flatMap(List::stream).toList());
    }

    @Test
    void aKindThatContradictsResidualIsRefusedNamingTheFileAndTheId(@TempDir Path folder) throws IOException {
        write(folder, """
                concerns:
                  SANCTIONS_EVASION: {kind: CONCERN, residual: true, summary: Evasion, sources: ["¶3"]}
                """);
        assertThatThrownBy(() -> TestAdvisors.builder().addRules(folder).build())
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("concerns.SANCTIONS_EVASION: kind CONCERN contradicts residual: true")
                .satisfies(e -> assertThat(((RuleException) e).location().orElseThrow().file()).endsWith("catalogue.yaml"));
    }

    @Test
    void anUnknownKindIsRefusedAtItsLine(@TempDir Path folder) throws IOException {
        write(folder, """
                concerns:
                  SANCTIONS_EVASION:
                    kind: WORRY
                    summary: Evasion
                """);
        assertThatThrownBy(() -> TestAdvisors.builder().addRules(folder).build())
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("WORRY")
                .satisfies(e -> assertThat(((RuleException) e).location().orElseThrow().line()).isEqualTo(3));
    }

    private static void write(Path folder, String catalogue) throws IOException {
        Files.writeString(folder.resolve("mine.drl"), RULES);
        Files.writeString(folder.resolve("catalogue.yaml"), catalogue);
    }

    @Slow
    @Test
    void theFrameworksWordsAreItsCatalogues_anEditShowsOnTheNextAssessmentWithNoRebuild(@TempDir Path copy)
            throws IOException {
        TestPaths.copyFolder(TestPaths.rules(), copy);
        Path catalogue = copy.resolve("catalogue.yaml");
        Files.writeString(catalogue, Files.readString(catalogue).replace(
                "Open serious bilateral talks with Pyongyang, as Beijing has long urged",
                "Talk to Pyongyang directly and seriously, as Beijing has long asked"));
        Assessment assessment = Advisor.builder().builtInRulesFrom(copy).build().assess(PolicyState.DEFAULTS);
        assertThat(assessment.recommendations().get(0).summary())
                .isEqualTo("Talk to Pyongyang directly and seriously, as Beijing has long asked");
    }

    @Test
    void aVariantWordsASummaryForTheStatesItNames_andAnUnknownFieldOrValueIsRefusedWithTheChoices(
            @TempDir Path folder) throws IOException {
        write(folder, """
                recommendations:
                  ZETA_QUIET_CHANNEL:
                    phase: ENGAGE_PYONGYANG
                    addressee: BEIJING
                    modality: CONSIDER
                    summary: A quiet channel
                    variants:
                      - when: {unitedStates.thaadDeployed: true, china.aidShare: [SMALL, moderate]}
                        summary: A quiet channel, THAAD on the table
                  ALPHA_ENVOY: {phase: ENGAGE_PYONGYANG, addressee: PYONGYANG, modality: CONSIDER, summary: An envoy}
                concerns:
                  SANCTIONS_EVASION: {summary: Evasion}
                  BORDER_TRADE: {summary: Trade}
                  OLD_STYLE_RISK:
                    summary: Plain
                    variants:
                      - {when: {level: ELEVATED}, summary: Elevated wording, sources: ["¶5"]}
                """);
        Advisor advisor = TestAdvisors.builder().addRules(folder).build();
        PolicyState thaadSmall = PolicyState.builder().thaadDeployed(true)
                .aidShare(org.leverage.api.AidShare.MODERATE).build();
        assertThat(advisor.assess(thaadSmall).recommendations()).filteredOn(r -> r.id().equals("ZETA_QUIET_CHANNEL"))
                .singleElement().satisfies(r -> assertThat(r.summary()).isEqualTo("A quiet channel, THAAD on the table"));
        assertThat(advisor.assess(PolicyState.DEFAULTS).recommendations())
                .filteredOn(r -> r.id().equals("ZETA_QUIET_CHANNEL")).singleElement()
                .satisfies(r -> assertThat(r.summary()).isEqualTo("A quiet channel"));
        assertThat(advisor.assess(PolicyState.DEFAULTS).concern("OLD_STYLE_RISK").orElseThrow().summary())
                .isEqualTo("Plain");

        write(folder, """
                concerns:
                  SANCTIONS_EVASION:
                    summary: Evasion
                    variants:
                      - when: {northKorea.stabilty: STABLE}
                        summary: x
                """);
        assertThatThrownBy(() -> TestAdvisors.builder().addRules(folder).build())
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("concerns.SANCTIONS_EVASION.variants.when.northKorea.stabilty: no such state"
                        + " field (did you mean northKorea.stability?)")
                .satisfies(e -> assertThat(((RuleException) e).location().orElseThrow().line()).isEqualTo(5));

        write(folder, """
                concerns:
                  SANCTIONS_EVASION:
                    summary: Evasion
                    variants:
                      - when: {northKorea.stability: UNRAVELLING}
                        summary: x
                """);
        assertThatThrownBy(() -> TestAdvisors.builder().addRules(folder).build())
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("unknown value \"UNRAVELLING\"; expected one of STABLE, STRAINED, UNRAVELING,"
                        + " COLLAPSED, FRAGMENTED (did you mean UNRAVELING?)");
    }

    @Test
    void aFrameworkFolderWithoutItsCatalogueIsRefused_ratherThanAssessingWithoutWords(@TempDir Path copy)
            throws IOException {
        TestPaths.copyFolder(TestPaths.rules(), copy);
        Files.delete(copy.resolve("catalogue.yaml"));
        assertThatThrownBy(() -> Advisor.builder().builtInRulesFrom(copy).build())
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("the framework's catalogue is missing");
    }
}
