package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.api.Advisor;
import org.leverage.api.RuleException;

/**
 * Every mistake in an analyst's {@code catalogue.yaml} is one line at the key she wrote, in the catalogue's own
 * words (the path of the key, what is wrong, the choices, the one she probably meant), never Jackson's.
 */
class CatalogueErrorsTest {

    @TempDir
    Path folder;

    @Test
    void invalidYamlIsPlacedWhereTheParserStopped() throws IOException {
        assertThat(problem("""
                recommendations:
                  BACK_CHANNEL:
                    phase: ENLIST_BEIJING
                   addressee: BEIJING
                """)).isEqualTo(":4:4: invalid YAML: expected <block end>, but found '<block mapping start>' (while"
                + " parsing a block mapping at line 2, column 3)");
    }

    @Test
    void anUnknownKeySaysWhichWasMeantAndWhichThereAre() throws IOException {
        assertThat(problem("""
                recommendations:
                  BACK_CHANNEL:
                    phase: ENLIST_BEIJING
                    sumary: A quiet channel
                """)).isEqualTo(":4:5: recommendations.BACK_CHANNEL.sumary: unknown key (did you mean summary?)"
                + " (valid keys here: phase, addressee, modality, summary, sources, variants)");
    }

    @Test
    void anUnknownSectionSaysWhichWasMeant() throws IOException {
        assertThat(problem("""
                recomendations:
                  BACK_CHANNEL: {phase: ENLIST_BEIJING}
                """)).isEqualTo(":1:1: recomendations: unknown key (did you mean recommendations?) (valid keys"
                + " here: framework, recommendations, concerns, warnings, paragraphs)");
    }

    @Test
    void anUnknownPhaseListsThePhases() throws IOException {
        assertThat(problem(recommendation("phase: ENLIST_BEIJNG", "modality: CONSIDER")))
                .isEqualTo(":3:5: recommendations.BACK_CHANNEL.phase: unknown value \"ENLIST_BEIJNG\"; expected one"
                        + " of ENGAGE_PYONGYANG, ENLIST_BEIJING, NONE (did you mean ENLIST_BEIJING?)");
    }

    @Test
    void anUnknownModalityListsTheModalities() throws IOException {
        assertThat(problem(recommendation("phase: ENLIST_BEIJING", "modality: CONSIDR")))
                .isEqualTo(":5:5: recommendations.BACK_CHANNEL.modality: unknown value \"CONSIDR\"; expected one of"
                        + " FIRST_STEP, AT_MINIMUM, NOW_CREDIBLE, SHOULD, LIKELY_NEEDED, CONSIDER (did you mean"
                        + " CONSIDER?)");
    }

    @Test
    void aValueInAnyCaseIsRead_butALookAlikeLetterMakesItUnknown() throws IOException {
        // enlist_beijing reads as ENLIST_BEIJING; ſhould (a long s, which Java's own case folding reads as S) does
        // not read as SHOULD, nor ſpurned as SPURNED in a variant's condition: each is refused with the values.
        assertThat(problem(recommendation("phase: enlist_beijing", "modality: ſhould")))
                .isEqualTo(":5:5: recommendations.BACK_CHANNEL.modality: unknown value \"ſhould\"; expected one of"
                        + " FIRST_STEP, AT_MINIMUM, NOW_CREDIBLE, SHOULD, LIKELY_NEEDED, CONSIDER (did you mean"
                        + " SHOULD?)");
        assertThat(problem("""
                concerns:
                  SANCTIONS_EVASION:
                    summary: Evasion
                    variants:
                      - when: {northKorea.responseToOffer: ſpurned}
                        summary: Worse
                """)).isEqualTo(":5:16: concerns.SANCTIONS_EVASION.variants.when.northKorea.responseToOffer: unknown"
                + " value \"ſpurned\"; expected one of NONE, PENDING, ACCEPTED, SPURNED (did you mean SPURNED?)");
    }

    @Test
    void anUnknownKindListsTheKinds() throws IOException {
        assertThat(problem("""
                concerns:
                  SANCTIONS_EVASION:
                    kind: RESIDUAL
                    summary: Evasion
                """)).isEqualTo(":3:5: concerns.SANCTIONS_EVASION.kind: unknown value \"RESIDUAL\"; expected one of"
                + " PREMISE, CONCERN, RESIDUAL_RISK (did you mean RESIDUAL_RISK?)");
    }

    @Test
    void anUnknownLevelInAVariantListsTheLevels() throws IOException {
        assertThat(problem("""
                concerns:
                  SANCTIONS_EVASION:
                    summary: Evasion
                    variants:
                      - when: {level: HIGHH}
                        summary: Worse
                """)).isEqualTo(":5:16: concerns.SANCTIONS_EVASION.variants.when.level: unknown value \"HIGHH\";"
                + " expected one of LOW, ELEVATED, HIGH, MATERIALIZED (did you mean HIGH?)");
    }

    @Test
    void anUnknownFieldPathInAVariantSaysWhichWasMeant() throws IOException {
        assertThat(problem("""
                concerns:
                  SANCTIONS_EVASION:
                    summary: Evasion
                    variants:
                      - when: {china.aidShar: SMALL}
                        summary: Worse
                """)).startsWith(":5:16: concerns.SANCTIONS_EVASION.variants.when.china.aidShar: no such state field"
                + " (did you mean china.aidShare?) (valid: unitedStates.goal, ");
    }

    @Test
    void anIdDeclaredTwiceIsRefusedAtTheSecond_ratherThanKeepingOneSilently() throws IOException {
        assertThat(problem("""
                warnings:
                  PUBLIC_ULTIMATUM: {summary: An ultimatum in public}
                  PUBLIC_ULTIMATUM: {summary: An ultimatum, in public}
                """)).isEqualTo(":3:3: warnings.PUBLIC_ULTIMATUM: declared twice in this file (first at line 2);"
                + " keep one");
    }

    @Test
    void aMissingSummaryIsPlacedAtItsId() throws IOException {
        assertThat(problem("""
                warnings:
                  PUBLIC_ULTIMATUM: {sources: ["¶2"]}
                """)).isEqualTo(":2:3: warnings.PUBLIC_ULTIMATUM.summary: missing; every declared warning needs one");
    }

    @Test
    void aListWrittenAsATextSaysSo() throws IOException {
        assertThat(problem("""
                warnings:
                  PUBLIC_ULTIMATUM:
                    summary: An ultimatum in public
                    sources: {first: "¶2"}
                """)).isEqualTo(":4:5: warnings.PUBLIC_ULTIMATUM.sources: expected a list, e.g. [A, B]");
    }

    private static String recommendation(String phase, String modality) {
        return """
                recommendations:
                  BACK_CHANNEL:
                    %s
                    addressee: BEIJING
                    %s
                    summary: A quiet channel
                """.formatted(phase, modality);
    }

    /** The one problem, after the catalogue's file name. */
    private String problem(String catalogue) throws IOException {
        Files.writeString(folder.resolve("posturing.drl"), """
                package mine;
                import org.leverage.api.*;
                import org.leverage.rules.*;
                rule "Threats alarm Beijing"
                    @source("¶1")
                when
                    UnitedStates( militaryOptionSignaled == true )
                then
                    insertLogical( new Warning( "HAWKISH_POSTURING" ) );
                end
                """);
        Path file = folder.resolve("catalogue.yaml");
        Files.writeString(file, catalogue);
        RuleException error = catchThrowableOfType(RuleException.class,
                () -> Advisor.builder().withoutBuiltInRules().addRules(folder).build());
        assertThat(error).as("a rule error").isNotNull();
        assertThat(error.problems()).singleElement().asString().startsWith(file.toString());
        return error.problems().get(0).substring(file.toString().length());
    }
}
