package org.leverage.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.Slow;
import org.leverage.TestAdvisors;
import org.leverage.TestPaths;
import org.leverage.TestFacts;
import org.leverage.api.Addressee;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.Explanation;
import org.leverage.api.Modality;
import org.leverage.api.OfferResponse;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.RuleException;
import org.leverage.api.SanctionsRelief;
import org.leverage.api.Talks;

/** The worked example of docs/rule-authoring.md, run: the guide says what these files do, and they do it. */
class RuleAuthoringGuideTest {

    private static final Path GUIDE = TestPaths.project().resolve("docs/rule-authoring.md");
    private static final Path EXAMPLE = TestPaths.project().resolve("docs/examples/back-channel");
    /** The guide's today.yaml: Pyongyang has spurned the reasonable offer, talks with all four concessions. */
    private static final PolicyState SPURNED = PolicyState.read(EXAMPLE.resolve("today.yaml"));

    private static Advisor withExample(Path folder) {
        return TestAdvisors.builder().addRules(folder).build();
    }

    @Test
    void theGuideShowsTheExampleFilesAsTheyAre() throws IOException {
        String guide = Files.readString(GUIDE);
        assertThat(guide).contains("```drl\n" + Files.readString(EXAMPLE.resolve("back-channel.drl")) + "```");
        assertThat(guide).contains("```yaml\n" + Files.readString(EXAMPLE.resolve("catalogue.yaml")) + "```");
        assertThat(guide).contains("```yaml\n" + Files.readString(EXAMPLE.resolve("today.yaml")) + "```");
    }

    @Slow
    @Test
    void theGuidesStateIsTheReasonableOfferSpurned() {
        assertThat(SPURNED).isEqualTo(PolicyState.builder().thaadDeployed(true).talksWithPyongyang(Talks.OFFERED)
                .endJointExercises(true).peaceTreaty(true).sanctionsRelief(SanctionsRelief.REDUCE)
                .diplomaticRelations(true).responseToOffer(OfferResponse.SPURNED).build());
        assertThat(withExample(EXAMPLE).assess(SPURNED).phase()).isEqualTo(Phase.ENLIST_BEIJING);
    }

    @Slow
    @Test
    void aRefusalOfLessThanTheReasonableOfferIsNotYetThePhaseForTheBackChannel() {
        // As the guide says: without diplomatic relations the offer is incomplete, and Washington keeps engaging.
        PolicyState partial = SPURNED.toBuilder().diplomaticRelations(false).build();
        Assessment assessment = withExample(EXAMPLE).assess(partial);
        assertThat(assessment.phase()).isEqualTo(Phase.ENGAGE_PYONGYANG);
        assertThat(assessment.warnings()).extracting(Assessment.Warning::id).contains("OFFER_INCOMPLETE");
        assertThat(assessment.recommendations()).extracting(Assessment.Recommendation::id)
                .containsExactly("OFFER_DIPLOMATIC_RELATIONS");
        assertThat(withExample(EXAMPLE).explain("OPEN_BACK_CHANNEL_TO_BEIJING", partial).concluded()).isFalse();
    }

    @Test
    void theNewRecommendationAppearsLikeABuiltInOne() {
        Assessment assessment = withExample(EXAMPLE).assess(SPURNED);
        assertThat(assessment.recommendations()).filteredOn(r -> r.id().equals("OPEN_BACK_CHANNEL_TO_BEIJING"))
                .singleElement().satisfies(r -> {
                    assertThat(r.phase()).isEqualTo(Phase.ENLIST_BEIJING);
                    assertThat(r.addressee()).isEqualTo(Addressee.BEIJING);
                    assertThat(r.modality()).isEqualTo(Modality.CONSIDER);
                    assertThat(r.sources()).containsExactly("¶10", "staff reading, April 2017");
                    assertThat(r.because().get(0).rule())
                            .isEqualTo("Sound out Beijing privately before calling on it in public");
                });
        assertThat(withExample(EXAMPLE).assess(SPURNED.toBuilder().askedForDrasticAction(true).build())
                .recommendations()).noneMatch(r -> r.id().equals("OPEN_BACK_CHANNEL_TO_BEIJING"));
    }

    @Slow
    @Test
    void theNewRecommendationCanBeExplained() {
        Explanation explanation = withExample(EXAMPLE).explain("OPEN_BACK_CHANNEL_TO_BEIJING", SPURNED);
        assertThat(explanation.concluded()).isTrue();
        assertThat(TestFacts.texts(explanation.reasons().get(0).facts())).contains("china.askedForDrasticAction = false");
        Explanation not = withExample(EXAMPLE).explain("OPEN_BACK_CHANNEL_TO_BEIJING", PolicyState.DEFAULTS);
        assertThat(not.concluded()).isFalse();
        assertThat(not.unmet().get(0).conditions().get(0).met()).isFalse();
    }

    @Slow
    @Test
    void theNewRecommendationShowsInASweepAsFlippedByTheFieldsItReads() {
        org.leverage.whatif.SweepResult result = org.leverage.whatif.Sweep
                .over(org.leverage.api.StateField.ASKED_FOR_DRASTIC_ACTION,
                        org.leverage.api.StateField.RESPONSE_TO_OFFER, org.leverage.api.StateField.DIPLOMATIC_RELATIONS)
                .from(SPURNED)
                .run(TestAdvisors.builder().addRules(EXAMPLE).rememberAssessments(0)
                        .build());
        org.leverage.whatif.Output backChannel =
                org.leverage.whatif.Output.recommendation("OPEN_BACK_CHANNEL_TO_BEIJING");
        assertThat(result.flips(org.leverage.api.StateField.ASKED_FOR_DRASTIC_ACTION)).contains(backChannel);
        assertThat(result.flips(org.leverage.api.StateField.RESPONSE_TO_OFFER)).contains(backChannel);
        // It reads the phase, and the phase reads every concession of the reasonable offer.
        assertThat(result.flips(org.leverage.api.StateField.DIPLOMATIC_RELATIONS)).contains(backChannel);
    }

    @Test
    void aMisspelledFieldIsReportedAsTheGuideShows(@TempDir Path mine) throws IOException {
        Files.writeString(mine.resolve("back-channel.drl"), Files.readString(EXAMPLE.resolve("back-channel.drl"))
                .replace("askedForDrasticAction == false", "askedForDrasticActon == false"));
        Files.copy(EXAMPLE.resolve("catalogue.yaml"), mine.resolve("catalogue.yaml"));
        assertThatThrownBy(() -> withExample(mine))
                .isInstanceOf(RuleException.class)
                .satisfies(e -> assertThat(((RuleException) e).oneLine()).endsWith(
                        "back-channel.drl:12:5: unknown field askedForDrasticActon of China; did you mean"
                                + " askedForDrasticAction? (fields: aidShare, pressureOnPyongyang,"
                                + " askedForDrasticAction)"));
        assertThat(Files.readString(GUIDE)).contains("back-channel.drl:12:5: unknown field askedForDrasticActon of"
                + " China; did you mean askedForDrasticAction? (fields: aidShare, pressureOnPyongyang,"
                + " askedForDrasticAction)");
    }

    @Test
    void aCatalogueWithAnUnknownKeyIsALocatedRuleError(@TempDir Path mine) throws IOException {
        Files.copy(EXAMPLE.resolve("back-channel.drl"), mine.resolve("back-channel.drl"));
        Files.writeString(mine.resolve("catalogue.yaml"), Files.readString(EXAMPLE.resolve("catalogue.yaml"))
                .replace("modality:", "modalty:"));
        assertThatThrownBy(() -> withExample(mine))
                .isInstanceOf(RuleException.class)
                .satisfies(e -> {
                    RuleException rules = (RuleException) e;
                    assertThat(rules.location()).hasValueSatisfying(l -> {
                        assertThat(l.file()).endsWith("catalogue.yaml");
                        assertThat(l.line()).isEqualTo(6);
                    });
                    assertThat(rules.getMessage()).contains("modalty");
                });
    }
}
