package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leverage.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leverage.TestPaths;
import org.leverage.cli.Cli.Run;

/** {@code leverage reach} as a user meets it: exit code, standard output and standard error together. */
@ExtendWith(Cli.class)
class ReachCommandTest {

    /** Talks offered without ¶7's concessions, and spurned (shared/scenarios-v2). */
    private static final String BARE_OFFER = TestPaths.testResource("reach/spurned-bare-offer.yaml").toString();

    /** The fields of the reasonable offer and Pyongyang's answer. */
    private static final String OFFER_AND_ANSWER = "talksWithPyongyang,endJointExercises,peaceTreaty,"
            + "sanctionsRelief,diplomaticRelations,responseToOffer";

    @Test
    void fromTheBaselineTheCallOnBeijingNamesPyongyangsRefusalAndTheMissingPartsOfTheOffer() {
        Run run = run(0, "reach", "CALL_ON_BEIJING_FOR_DRASTIC_ACTION", "--vary", OFFER_AND_ANSWER,
                "--max-changes", "6");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Reach: CALL_ON_BEIJING_FOR_DRASTIC_ACTION recommended\n"
                        + "From:  the built-in scenario baseline-2017\n")
                .contains("Found 4 minimal sets of 6 changes", "Set 1 of 4\n",
                        "  northKorea.responseToOffer: NONE → SPURNED\n",
                        "  unitedStates.talksWithPyongyang: NONE → OFFERED\n",
                        "  unitedStates.offersToPyongyang.endJointExercises: false → true\n",
                        "  unitedStates.offersToPyongyang.peaceTreaty: false → true\n",
                        "  unitedStates.offersToPyongyang.sanctionsRelief: NONE → REDUCE\n",
                        "  unitedStates.offersToPyongyang.diplomaticRelations: false → true\n",
                        "phase             ENGAGE_PYONGYANG → ENLIST_BEIJING", "COMMIT_REFUGEE_AID",
                        "stopped at 6 changes");
        // Every line but the one that says what the search came to fits 100 columns.
        assertThat(run.out().lines().filter(line -> !line.startsWith("Found "))).allMatch(line -> line.length() <= 100);
    }

    @Test
    void theSameSearchPrintsTheSameBytes() {
        String[] args = {"reach", "OFFER_INCOMPLETE", BARE_OFFER, "--fix", "responseToOffer,stability"};
        assertThat(run(0, args).out()).isEqualTo(run(0, args).out());
    }

    @Test
    void aTargetThatAlreadyHoldsSaysSoAndExitsZero() {
        Run run = run(0, "reach", "open-bilateral-talks");
        assertThat(run.out()).contains("OPEN_BILATERAL_TALKS is already recommended for the built-in scenario"
                + " baseline-2017: nothing to change.").doesNotContain("Search");
        assertThat(run(0, "reach", "phase=engage-pyongyang").out()).contains("The phase is already ENGAGE_PYONGYANG");
    }

    @Test
    void nothingFoundWithinMaxChangesIsOneLineThatSuggestsRaisingItOrNarrowing_exitZero() {
        Run run = run(0, "reach", "CALL_ON_BEIJING_FOR_DRASTIC_ACTION", "--max-changes", "2");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\nNo set of at most 2 changes gives CALL_ON_BEIJING_FOR_DRASTIC_ACTION"
                + " recommended: raise --max-changes (at most 6) or narrow the search with --vary.\n");
    }

    @Test
    void aBudgetTooSmallForTheNextSizeStopsBeforeItAndSaysSo_exitZero() {
        Run run = run(0, "reach", "CALL_ON_BEIJING_FOR_DRASTIC_ACTION", "--max-changes", "6", "--budget", "600");
        assertThat(run.out()).contains("\nStopped before 3 changes: they make 8,448 states,"
                + " more than the 74 left of --budget 600, and no set of at most 2 changes gives"
                + " CALL_ON_BEIJING_FOR_DRASTIC_ACTION recommended: narrow the search with --vary or --fix, or"
                + " raise --budget.\n");
        assertThat(run.out()).contains("3 changes      8,448 states: not searched, past the budget");
    }

    @Test
    void fewerFieldsThanChangesAreTriedInFull() {
        Run run = run(0, "reach", "CALL_ON_BEIJING_FOR_DRASTIC_ACTION", "--vary", "thaadDeployed");
        assertThat(run.out()).contains("No change to the 1 field searched gives CALL_ON_BEIJING_FOR_DRASTIC_ACTION"
                + " recommended: every combination of its values was tried; vary other fields.");
    }

    @Test
    void anUnknownTargetExitsTwoNamingTheClosestIdAndEveryChoice() {
        Run run = run(2, "reach", "OFFER_INCOMPLET");
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("leverage: unknown target \"OFFER_INCOMPLET\"; did you mean OFFER_INCOMPLETE?;"
                        + " expected one of OPEN_BILATERAL_TALKS, ")
                .contains("THAAD_RADAR").endsWith(", or phase=PHASE (ENGAGE_PYONGYANG, ENLIST_BEIJING, NONE)");
    }

    @Test
    void aBadPhaseExitsTwoListingThePhases() {
        Run run = run(2, "reach", "phase=enlist");
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().isEqualTo("leverage: unknown phase \"enlist\";"
                + " did you mean ENLIST_BEIJING?; expected phase= one of ENGAGE_PYONGYANG, ENLIST_BEIJING, NONE");
    }

    @Test
    void wrongOptionsExitTwo() {
        assertThat(run(2, "reach", "THAAD_RADAR", "--max-changes", "7").err())
                .contains("--max-changes must be between 1 and 6, was 7");
        assertThat(run(2, "reach", "THAAD_RADAR", "--budget", "0").err()).contains("--budget must be at least 1");
        assertThat(run(2, "reach", "THAAD_RADAR", "--fix", "stabilty").err())
                .contains("--fix: no field \"stabilty\"; did you mean northKorea.stability?");
        assertThat(run(2, "reach", "THAAD_RADAR", "--vary", "goal", "--fix", "thaadDeployed").err())
                .contains("mutually exclusive");
    }

    @Test
    void jsonCarriesTheSetsAndTheCountsUnderStableNames() throws IOException {
        Run run = run(0, "reach", "OFFER_INCOMPLETE", BARE_OFFER, "--fix", "responseToOffer,stability",
                "--format", "json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("format", "state", "target", "fields", "maxChanges", "budget", "stop",
                "conclusion", "stoppedAt", "sets", "levels", "refused", "tried", "assessed", "skipped");
        assertThat(root.at("/target/kind").asText()).isEqualTo("noWarning");
        assertThat(root.at("/target/id").asText()).isEqualTo("OFFER_INCOMPLETE");
        assertThat(root.get("stop").asText()).isEqualTo("FOUND");
        assertThat(root.get("stoppedAt").asInt()).isEqualTo(2);
        assertThat(root.get("fields")).hasSize(23);
        JsonNode first = root.at("/sets/0");
        assertThat(first.at("/changes/0/path").asText()).isEqualTo("northKorea.nuclearProgram");
        assertThat(first.at("/changes/0/from").asText()).isEqualTo("ACTIVE");
        assertThat(first.at("/changes/0/to").asText()).isEqualTo("FROZEN");
        assertThat(first.at("/warnings/lost").toString()).contains("OFFER_INCOMPLETE");
        assertThat(first.at("/phase/b").asText()).isEqualTo("NONE");
        assertThat(root.get("tried").asLong()).isEqualTo(root.get("assessed").asLong() + root.get("skipped").asLong());
    }

    @Test
    void helpShowsExamplesAndExitCodes() {
        Run run = run(0, "reach", "--help");
        assertThat(run.out()).contains("Usage: leverage reach", "TARGET", "--vary=PATH", "--fix=PATH",
                "--max-changes=N", "--budget=N", "phase=", "Examples:", "Exit codes:");
    }
}
