package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leverage.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.TestPaths;
import org.leverage.cli.Cli.Run;

/** {@code leverage sweep} as a user meets it: exit code, standard output and standard error together. */
@ExtendWith(Cli.class)
class SweepCommandTest {

    private static final String SIX_FIELDS = "talksWithPyongyang,responseToOffer,pressureOnPyongyang,stability,"
            + "peninsula.reunification,unitedStates.commitmentsToBeijing.withdrawal";

    /** Talks offered with all four of ¶7's concessions, and spurned: the call on Beijing is credible (v2). */
    private static final String REASONABLE_OFFER_SPURNED = "unitedStates:\n  talksWithPyongyang: offered\n"
            + "  offersToPyongyang: {endJointExercises: true, peaceTreaty: true, sanctionsRelief: reduce,"
            + " diplomaticRelations: true}\nnorthKorea: {responseToOffer: spurned}\n";

    @Test
    void sixFieldsOfTheBaselineFinishAndTheReportFitsOneScreen() {
        Run run = run(0, "sweep", "--vary", SIX_FIELDS);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().count()).isLessThanOrEqualTo(40);
        // A unification needs a North that has collapsed or fragmented (DOMAIN §2, v2): of the 5 × 3 pairs of
        // stability and reunification, 9 can stand together; of the 3 × 4 of talks and response, 9.
        assertThat(run.out()).startsWith("Sweep of 6 fields from the built-in scenario baseline-2017\n")
                .contains("northKorea.responseToOffer (4 values)", "phase", "COMMIT_REFUGEE_AID",
                        "combinations       2,160 (3 × 4 × 4 × 5 × 3 × 3)", "skipped            1,188",
                        "assessed           972", "distinct outcomes", "assessments per second");
        // The baseline offers Pyongyang none of ¶7's concessions, so no combination of these six fields is the
        // reasonable offer spurned: none enlists Beijing.
        assertThat(run.out()).doesNotContain("CALL_ON_BEIJING_FOR_DRASTIC_ACTION");
        assertThat(run.out().lines()).allMatch(line -> line.length() <= 100);
    }

    @Test
    void eachConcessionOfTheReasonableOfferFlipsThePhaseAndTheCallOnBeijing(@TempDir Path folder)
            throws IOException {
        Path state = folder.resolve("spurned.yaml");
        Files.writeString(state, REASONABLE_OFFER_SPURNED);
        Run run = run(0, "sweep", state.toString(), "--vary", "diplomaticRelations,sanctionsRelief,responseToOffer",
                "--format", "json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        for (int field = 0; field < 2; field++) {
            JsonNode flips = root.at("/fields/" + field + "/flips");
            assertThat(flips.get("phase").asBoolean()).as(root.at("/fields/" + field + "/path").asText()).isTrue();
            assertThat(flips.get("recommendations").toString()).contains("\"CALL_ON_BEIJING_FOR_DRASTIC_ACTION\"",
                    "\"CONSIDER_TAIWAN_SCS_CONCESSIONS\"");
            assertThat(flips.get("warnings").toString()).contains("\"OFFER_INCOMPLETE\"");
        }
        assertThat(root.at("/fields/2/path").asText()).isEqualTo("northKorea.responseToOffer");
        assertThat(root.at("/fields/2/flips/recommendations").toString())
                .contains("\"CALL_ON_BEIJING_FOR_DRASTIC_ACTION\"");
    }

    @Test
    void aFieldThatFlipsNothingSaysSo() {
        Run run = run(0, "sweep", "--vary", "taiwanConcessions");
        assertThat(run.out()).contains("unitedStates.commitmentsToBeijing.taiwanConcessions (2 values)");
    }

    @Test
    void contradictoryCombinationsAreCountedNotErrors() {
        Run run = run(0, "sweep", "--vary", "withdrawal,withdrawalIncludesThaad");
        assertThat(run.out()).contains("combinations       6 (3 × 2)", "skipped            1,", "assessed           5");
    }

    @Test
    void jsonCarriesTheSameDataUnderStableNames() throws IOException {
        Run run = run(0, "sweep", "--vary", "thaadDeployed,withdrawal", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("format", "state", "fields", "combinations", "skipped", "assessed",
                "distinctOutcomes", "elapsedSeconds", "assessmentsPerSecond", "threads", "table");
        assertThat(root.get("state").asText()).isEqualTo("baseline-2017");
        assertThat(root.at("/fields/0/path").asText()).isEqualTo("unitedStates.thaadDeployed");
        assertThat(root.at("/fields/0/values").toString()).isEqualTo("[false,true]");
        assertThat(root.at("/fields/1/values").toString()).isEqualTo("[\"NONE\",\"VERBAL\",\"WRITTEN\"]");
        assertThat(root.at("/fields/0/flips/warnings").toString()).contains("THAAD_LEFT_OUT");
        assertThat(root.at("/fields/0/flips/concerns")).anySatisfy(concern -> {
            assertThat(concern.get("id").asText()).isEqualTo("THAAD_RADAR");
            assertThat(concern.get("raised").asBoolean()).isTrue();
        });
        assertThat(root.get("combinations").asLong()).isEqualTo(6);
        assertThat(root.get("threads").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aSweepOverTheLimitIsRefusedWithTheExactCountBeforeAnyWork(@TempDir Path folder) {
        Path table = folder.resolve("table.csv");
        // The rules folder does not exist: had the advisor been built, that would have been the error.
        Run run = run(2, "sweep", "--vary", SIX_FIELDS, "--limit", "2159", "--table", table.toString(),
                "--rules", folder.resolve("no-such-rules").toString());
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .contains("2,160 combinations", "3 × 4 × 4 × 5 × 3 × 3", "--limit 2,159");
        assertThat(table).doesNotExist();
    }

    @Test
    void varyingEveryFieldOfTheBaselineIsRefusedWithTheCount() {
        Run run = run(2, "sweep", "--vary-all");
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .contains("--vary-all over 25 fields", "5,733,089,280 combinations", "--limit 1,000,000");
    }

    @Test
    void anUnknownFieldExitsTwoNamingTheClosestAndListingThemAll() {
        Run run = run(2, "sweep", "--vary", "thaadDeployed,stabilty");
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .contains("\"stabilty\"", "did you mean northKorea.stability?", "unitedStates.goal",
                        "peninsula.usAllianceWithUnifiedKorea");
    }

    @Test
    void aFieldUnlikeEveryFieldGetsNoGuess_onlyTheListOfFields() {
        Run run = run(2, "sweep", "--vary", "budget");
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("leverage: --vary: no field \"budget\". Fields: unitedStates.goal, ")
                .endsWith(", peninsula.usAllianceWithUnifiedKorea").doesNotContain("did you mean");
        // A field of the right section but no field's name: the section alone is no reason to guess.
        assertThat(run(2, "sweep", "--vary", "unitedStates.weather").err()).doesNotContain("did you mean");
    }

    @Test
    void aFieldNamedTwiceIsAUsageError() {
        Run run = run(2, "sweep", "--vary", "thaadDeployed", "--vary", "unitedStates.thaadDeployed");
        assertThat(run.errLines()).singleElement().asString().contains("named twice");
    }

    @Test
    void varyAndVaryAllAreOneOrTheOther() {
        assertThat(run(2, "sweep").err()).contains("--vary", "--vary-all");
        assertThat(run(2, "sweep", "--vary", "goal", "--vary-all").err()).contains("mutually exclusive");
    }

    @Test
    void theTableIsWrittenAsCsvAndNeverOverwrittenUnasked(@TempDir Path folder) throws IOException {
        Path table = folder.resolve("decisions.csv");
        Run first = run(0, "sweep", "--vary", "withdrawal,withdrawalIncludesThaad", "--table", table.toString());
        assertThat(first.out()).contains("table              " + table);
        String csv = Files.readString(table);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 6);
        assertThat(lines.get(0)).startsWith("unitedStates.commitmentsToBeijing.withdrawal,"
                + "unitedStates.commitmentsToBeijing.withdrawalIncludesThaad,skipped,phase,outOfScope,");
        assertThat(lines.get(2)).startsWith("NONE,true,1,,,");
        assertThat(lines.get(1)).startsWith("NONE,false,0,ENGAGE_PYONGYANG,0,");
        assertThat(csv).doesNotContain("\r").endsWith("\n");
        assertThat(lines).allMatch(line -> line.split(",", -1).length == lines.get(0).split(",", -1).length);

        Files.writeString(table, "the analyst's own table");
        Run refused = run(2, "sweep", "--vary", "thaadDeployed", "--table", table.toString());
        assertThat(refused.out()).isEmpty();
        assertThat(refused.errLines()).singleElement().asString().contains("already exists", "--force");
        assertThat(Files.readString(table)).isEqualTo("the analyst's own table");

        run(0, "sweep", "--vary", "thaadDeployed", "--table", table.toString(), "--force");
        assertThat(Files.readString(table).lines()).hasSize(1 + 2);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(table);
        }
    }

    @Test
    void aStateFileIsSweptFromItsOwnValues(@TempDir Path folder) throws IOException {
        Path state = folder.resolve("spurned.yaml");
        Files.writeString(state, REASONABLE_OFFER_SPURNED);
        Run run = run(0, "sweep", state.toString(), "--vary", "askedForDrasticAction");
        assertThat(run.out()).startsWith("Sweep of 1 field from " + state + "\n")
                .contains("china.askedForDrasticAction (2 values)", "CALL_ON_BEIJING_FOR_DRASTIC_ACTION")
                .doesNotContain("PREMATURE_CALL_ON_BEIJING");

        // Talks alone, spurned: short of the reasonable offer, so asking Beijing is premature, not recommended.
        Path bare = folder.resolve("bare.yaml");
        Files.writeString(bare,
                "unitedStates: {talksWithPyongyang: offered}\nnorthKorea: {responseToOffer: spurned}\n");
        Run partial = run(0, "sweep", bare.toString(), "--vary", "askedForDrasticAction");
        assertThat(partial.out()).contains("china.askedForDrasticAction (2 values)", "PREMATURE_CALL_ON_BEIJING")
                .doesNotContain("CALL_ON_BEIJING_FOR_DRASTIC_ACTION");
    }

    @Test
    void aRuleThatFailsDuringTheSweepExitsThreeWithNothingOnStdout() {
        Run run = run(3, "sweep", "--vary", "goal,thaadDeployed", "--rules",
                TestPaths.testResource("rule-folders/runtime-failure").toString());
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().asString().contains("A consequence that fails");
    }

    @Test
    void aLimitOutOfRangeIsAUsageError() {
        assertThat(run(2, "sweep", "--vary", "goal", "--limit", "0").errLines()).singleElement().asString()
                .contains("--limit must be between 1 and");
    }

    @Test
    void helpShowsExamplesTheTableLayoutAndExitCodes() {
        Run run = run(0, "sweep", "--help");
        assertThat(run.out()).contains("Usage: leverage sweep", "--vary=PATH", "--vary-all", "--limit", "Examples:",
                "skipped ones included", "Exit codes:");
    }
}
