package org.leverage.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.TestAdvisors;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.Approach;
import org.leverage.api.ConcernKind;
import org.leverage.api.InvalidStateException;
import org.leverage.api.Level;
import org.leverage.api.OfferResponse;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.SourceLocation;
import org.leverage.api.Talks;

class ScenarioReaderTest {

    private static final Path VALID = TestPaths.testResource("scenario-files/valid");

    private static final Advisor ADVISOR = TestAdvisors.builtIn();

    /** The ids of the clone's own catalogue, rules/catalogue.yaml. */
    private static final DeclaredIds BUILT_IN = DeclaredIds.of(ADVISOR);

    @Test
    void baselineScenario_readsNameGivenStateAndEveryExpectation() {
        ScenarioCase scenario = ScenarioReader.read(VALID.resolve("baseline-2017.yaml"), BUILT_IN);

        assertThat(scenario.file()).isEqualTo(VALID.resolve("baseline-2017.yaml"));
        assertThat(scenario.name()).isEqualTo("Baseline, 29 March 2017 (Tillerson in Beijing)");
        assertThat(scenario.given()).isEqualTo(PolicyState.builder()
                .label("Baseline, Tillerson in Beijing")
                .asOf(LocalDate.of(2017, 3, 29))
                .militaryOptionSignaled(true)
                .thaadDeployed(true)
                .build());
        Expectation expect = scenario.expect();
        assertThat(expect.phase()).contains(Phase.ENGAGE_PYONGYANG);
        assertThat(expect.outOfScope()).isEmpty();
        assertThat(expect.recommendations()).contains(List.of("OPEN_BILATERAL_TALKS",
                "OFFER_END_JOINT_EXERCISES", "OFFER_PEACE_TREATY",
                "OFFER_SANCTIONS_RELIEF", "OFFER_DIPLOMATIC_RELATIONS"));
        assertThat(expect.inPlace()).isEmpty();
        assertThat(expect.warnings()).contains(List.of("DEMANDS_WITHOUT_INCENTIVES",
                "HAWKISH_POSTURING"));
        assertThat(expect.concerns()).containsExactly(
                Map.entry("DECISIVE_PRESSURE_NEEDED", Expectation.Concern.RAISED),
                Map.entry("REGIME_COLLAPSE", new Expectation.Concern(true, Optional.of(Level.LOW),
                        Optional.empty())),
                Map.entry("REFUGEE_FLOW", unanswered()),
                Map.entry("US_BASES_IN_UNIFIED_KOREA", unanswered()),
                Map.entry("THAAD_RADAR", unanswered()),
                Map.entry("CHINA_RELUCTANT", Expectation.Concern.RAISED));
    }

    @Test
    void emptyWarningsList_meansExactlyNoWarnings() {
        ScenarioCase scenario = ScenarioReader.read(VALID.resolve("pyongyang-spurns.yaml"), BUILT_IN);

        assertThat(scenario.expect().warnings()).contains(List.of());
        assertThat(scenario.given().northKorea().responseToOffer()).isEqualTo(OfferResponse.SPURNED);
        assertThat(scenario.given().unitedStates().talksWithPyongyang()).isEqualTo(Talks.OFFERED);
        assertThat(scenario.given().unitedStates().approachToChina()).isEqualTo(Approach.INCENTIVES);
    }

    @Test
    void jsonScenario_readsOutOfScopeInPlaceAndANotRaisedConcern() {
        ScenarioCase scenario = ScenarioReader.read(VALID.resolve("more/accepted-offer.json"), BUILT_IN);

        assertThat(scenario.expect().phase()).contains(Phase.NONE);
        assertThat(scenario.expect().outOfScope()).contains(true);
        assertThat(scenario.expect().recommendations()).contains(List.of());
        assertThat(scenario.expect().inPlace()).contains(List.of("OPEN_BILATERAL_TALKS",
                "OFFER_PEACE_TREATY"));
        assertThat(scenario.expect().concerns())
                .containsExactly(Map.entry("THAAD_RADAR", Expectation.Concern.NOT_RAISED));
    }

    @Test
    void absentGiven_isTheDefaultState_andIdsFoldCaseAndDashes() {
        ScenarioCase scenario = ScenarioReader.read(VALID.resolve("more/every-expectation.yml"), BUILT_IN);

        assertThat(scenario.given()).isEqualTo(PolicyState.DEFAULTS);
        assertThat(scenario.expect().phase()).contains(Phase.ENGAGE_PYONGYANG);
        assertThat(scenario.expect().outOfScope()).contains(false);
        assertThat(scenario.expect().recommendations()).contains(List.of("OPEN_BILATERAL_TALKS",
                "OFFER_PEACE_TREATY"));
        assertThat(scenario.expect().warnings()).contains(List.of("DEMANDS_WITHOUT_INCENTIVES"));
        assertThat(scenario.expect().concerns()).containsExactly(
                Map.entry("REGIME_COLLAPSE", new Expectation.Concern(true, Optional.of(Level.LOW),
                        Optional.of(false), Optional.of(ConcernKind.RESIDUAL_RISK))),
                Map.entry("REFUGEE_FLOW", Expectation.Concern.RAISED),
                Map.entry("THAAD_RADAR", Expectation.Concern.NOT_RAISED),
                Map.entry("DECISIVE_PRESSURE_NEEDED", new Expectation.Concern(true, Optional.empty(),
                        Optional.empty(), Optional.of(ConcernKind.PREMISE))));
    }

    @Test
    void aConcernsKind_isReadAndCheckedAgainstTheAssessment(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("kinds.yaml"), """
                name: The baseline's premise, a residual risk and a concern, one of them mistaken
                expect:
                  concerns:
                    DECISIVE_PRESSURE_NEEDED: {kind: PREMISE}
                    MILITARY_LASHOUT: {kind: CONCERN}
                    REFUGEE_FLOW: {kind: CONCERN, answered: false}
                """);
        ScenarioCase scenario = ScenarioReader.read(file, BUILT_IN);

        assertThat(scenario.expect().concerns()).containsEntry("MILITARY_LASHOUT",
                new Expectation.Concern(true, Optional.empty(), Optional.empty(), Optional.of(ConcernKind.CONCERN)));
        assertThat(scenario.expect().differences(ADVISOR.assess(scenario.given()))).containsExactly(
                "concerns.MILITARY_LASHOUT.kind: expected CONCERN, got RESIDUAL_RISK");
    }

    @Test
    void sharedScenarios_allRead() {
        Path shared = Path.of("..", "shared", "scenarios");
        assumeTrue(Files.isDirectory(shared), "../shared/scenarios is not beside the project");

        assertThat(ScenarioReader.readAll(List.of(shared), BUILT_IN)).isNotEmpty().allSatisfy(s ->
                assertThat(s.name()).isNotBlank());
    }

    @Test
    void readAll_expandsFoldersRecursively_sortedByPath_leavingOutOtherFiles() {
        List<ScenarioCase> all = ScenarioReader.readAll(List.of(VALID), BUILT_IN);

        assertThat(all).extracting(s -> VALID.relativize(s.file()).toString().replace('\\', '/')).containsExactly(
                "baseline-2017.yaml",
                "full-package.yaml",
                "more/accepted-offer.json",
                "more/every-expectation.yml",
                "premature-call.yaml",
                "pyongyang-spurns.yaml");
    }

    @Test
    void files_keepsTheArgumentOrder_andFilesNamedExplicitly(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "name: x\nexpect: {phase: NONE}\n");

        assertThat(ScenarioReader.files(List.of(notes, VALID.resolve("more"))))
                .containsExactly(notes, VALID.resolve("more/accepted-offer.json"),
                        VALID.resolve("more/every-expectation.yml"));
        assertThat(ScenarioReader.read(notes, BUILT_IN).expect().phase()).contains(Phase.NONE);
    }

    @Test
    void missingScenarioFile_isReportedAtLineZero() {
        Path missing = Path.of("no-such-scenario.yaml");

        InvalidStateException e = catchThrowableOfType(InvalidStateException.class,
                () -> ScenarioReader.readAll(List.of(missing), BUILT_IN));

        assertThat(e.getMessage()).isEqualTo("cannot read scenario file: no such file");
        assertThat(e.location()).contains(new SourceLocation(missing.toString(), 0, 0));
    }

    static Stream<Arguments> invalidScenarios() {
        return Stream.of(
                invalid("unknown-key.yaml", 3, 1, "expct", "unknown key; did you mean expect? (valid keys here:"
                        + " name, given, expect)"),
                invalid("missing-name.yaml", 1, 1, "name", "missing; every scenario needs a name"),
                invalid("missing-expect.yaml", 1, 1, "expect", "missing; say what must follow"),
                invalid("empty-name.yaml", 1, 7, "name", "must not be empty"),
                invalid("name-not-a-string.yaml", 1, 7, "name", "expected a string, found a number 42"),
                invalid("expect-nothing.yaml", 2, 9, "expect", "expects nothing; name at least one of phase,"),
                invalid("expect-not-a-mapping.yaml", 2, 9, "expect", "expected a mapping of what must follow"),
                invalid("unknown-recommendation-id.yaml", 6, 7, "expect.recommendations[2]",
                        "unknown recommendation id \"COMIT_REFUGEE_AID\"; expected one of OPEN_BILATERAL_TALKS,"),
                invalid("unknown-recommendation-id.yaml", 6, 7, "expect.recommendations[2]",
                        "(did you mean COMMIT_REFUGEE_AID?)"),
                // A look-alike (the ligature ﬀ, which Java's own case folding turns into FF) is no id.
                invalid("look-alike-recommendation-id.yaml", 3, 21, "expect.recommendations[0]",
                        "unknown recommendation id \"oﬀer-peace-treaty\"; expected one of OPEN_BILATERAL_TALKS,"),
                invalid("look-alike-recommendation-id.yaml", 3, 21, "expect.recommendations[0]",
                        "(did you mean OFFER_PEACE_TREATY?)"),
                invalid("duplicate-recommendation-id.yaml", 3, 63, "expect.recommendations[2]",
                        "duplicate recommendation id OFFER_PEACE_TREATY (already at expect.recommendations[0])"),
                invalid("unknown-in-place-id.json", 3, 50, "expect.inPlace[1]",
                        "unknown recommendation id \"OFER_PEACE_TREATY\""),
                invalid("unknown-warning-id.yaml", 3, 14, "expect.warnings[0]",
                        "unknown warning id \"HAWKISH\"; expected one of DEMANDS_WITHOUT_INCENTIVES,"),
                invalid("warnings-not-a-list.yaml", 3, 13, "expect.warnings",
                        "expected a list of warning ids, found a string \"DEMANDS_WITHOUT_INCENTIVES\""),
                invalid("unknown-concern-id.yaml", 4, 5, "expect.concerns.REFUGE_FLOW",
                        "unknown concern id \"REFUGE_FLOW\"; expected one of DECISIVE_PRESSURE_NEEDED,"),
                invalid("unknown-concern-id.yaml", 4, 5, "expect.concerns.REFUGE_FLOW",
                        "(did you mean REFUGEE_FLOW?)"),
                invalid("duplicate-concern-id.yaml", 5, 5, "expect.concerns.refugee-flow",
                        "duplicate concern REFUGEE_FLOW; first given at line 4, column 5"),
                invalid("unknown-concern-key.yaml", 4, 20, "expect.concerns.REFUGEE_FLOW.answerd",
                        "unknown key; did you mean answered? (valid keys here: level, answered, kind, raised)"),
                invalid("unknown-level.yaml", 4, 30, "expect.concerns.REGIME_COLLAPSE.level",
                        "unknown level \"HGH\"; expected one of LOW, ELEVATED, HIGH, MATERIALIZED (did you mean HIGH?)"),
                invalid("not-raised-with-level.yaml", 6, 7, "expect.concerns.THAAD_RADAR.level",
                        "cannot be expected of a concern expected not raised"),
                invalid("unknown-kind.yaml", 4, 30, "expect.concerns.MILITARY_LASHOUT.kind",
                        "unknown kind \"RESIDUAL\"; expected one of PREMISE, CONCERN, RESIDUAL_RISK"
                                + " (did you mean RESIDUAL_RISK?)"),
                invalid("not-raised-with-kind.yaml", 6, 7, "expect.concerns.CHINA_RELUCTANT.kind",
                        "cannot be expected of a concern expected not raised (raised: false)"),
                invalid("unknown-phase.yaml", 3, 10, "expect.phase", "unknown phase \"ENLIST_BEJING\"; expected one"
                        + " of ENGAGE_PYONGYANG, ENLIST_BEIJING, NONE (did you mean ENLIST_BEIJING?)"),
                invalid("wrong-type-out-of-scope.yaml", 3, 15, "expect.outOfScope",
                        "expected true or false, found a string \"no\""),
                invalid("given-unknown-value.yaml", 4, 11, "given.unitedStates.goal",
                        "unknown value \"DENUKE\"; expected one of DENUCLEARIZATION, FREEZE"),
                invalid("given-contradiction.yaml", 3, 33, "given.northKorea.responseToOffer",
                        "is SPURNED but unitedStates.talksWithPyongyang is NONE"),
                invalid("given-not-a-mapping.yaml", 2, 8, "given",
                        "expected a mapping of the state's sections, found a list"),
                invalid("empty.yaml", 1, 1, "", "(document): the scenario is empty"),
                invalid("two-documents.yaml", 4, 1, "", "(document): a second YAML document starts here"),
                invalid("duplicate-key.yaml", 2, 1, "name", "duplicate key; first given at line 1, column 1"));
    }

    private static Arguments invalid(String file, int line, int column, String field, String phrase) {
        return Arguments.of(file, line, column, field, phrase);
    }

    @ParameterizedTest(name = "{0} fails at {1}:{2} on \"{3}\"")
    @MethodSource("invalidScenarios")
    void invalidScenario_failsAtTheOffendingToken_withFieldPath(String file, int line, int column, String field,
                                                                String phrase) {
        Path path = TestPaths.testResource("scenario-files/invalid/" + file);

        InvalidStateException e = catchThrowableOfType(InvalidStateException.class,
                () -> ScenarioReader.read(path, BUILT_IN));

        assertThat(e).as("reading %s", file).isNotNull();
        assertThat(e.location()).contains(new SourceLocation(path.toString(), line, column));
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).contains(phrase).doesNotContain("\n", "\r");
    }

    @Test
    void everyInvalidScenario_hasItsExpectationInThisTest() throws IOException {
        List<String> covered = invalidScenarios().map(a -> (String) a.get()[0]).distinct().toList();
        try (Stream<Path> files = Files.list(TestPaths.testResource("scenario-files/invalid"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(covered);
        }
    }

    @Test
    void readAll_stopsAtTheFirstInvalidFile() {
        assertThatThrownBy(() -> ScenarioReader.readAll(List.of(TestPaths.testResource("scenario-files/invalid")),
                BUILT_IN))
                .isInstanceOf(InvalidStateException.class);
    }

    @Test
    void anAnalystsOwnIds_areReadWhenHerCatalogueDeclaresThem_andOfferedAsChoicesWhenMisspelt(@TempDir Path dir)
            throws IOException {
        DeclaredIds withHers = new DeclaredIds(
                append(BUILT_IN.recommendations(), "OPEN_BACK_CHANNEL_TO_BEIJING"),
                append(BUILT_IN.concerns(), "SANCTIONS_EVASION"), append(BUILT_IN.warnings(), "ENVOY_UNHEARD"));
        Path file = Files.writeString(dir.resolve("hers.yaml"), """
                name: Her back channel, her concern and her warning
                expect:
                  recommendations: [open-back-channel-to-beijing, CALL_ON_BEIJING_FOR_DRASTIC_ACTION]
                  warnings: [ENVOY_UNHEARD]
                  concerns:
                    sanctions-evasion: {raised: false}
                """);

        Expectation expect = ScenarioReader.read(file, withHers).expect();
        assertThat(expect.recommendations())
                .contains(List.of("OPEN_BACK_CHANNEL_TO_BEIJING", "CALL_ON_BEIJING_FOR_DRASTIC_ACTION"));
        assertThat(expect.warnings()).contains(List.of("ENVOY_UNHEARD"));
        assertThat(expect.concerns()).containsExactly(Map.entry("SANCTIONS_EVASION", Expectation.Concern.NOT_RAISED));

        Files.writeString(file, Files.readString(file).replace("open-back-channel-to-beijing", "OPEN_BACK_CHANEL"));
        InvalidStateException e = catchThrowableOfType(InvalidStateException.class,
                () -> ScenarioReader.read(file, withHers));
        assertThat(e.oneLine()).isEqualTo(file + ":3:21: expect.recommendations[0]: unknown recommendation id"
                + " \"OPEN_BACK_CHANEL\"; expected one of " + String.join(", ", withHers.recommendations())
                + " (did you mean OPEN_BACK_CHANNEL_TO_BEIJING?)");
        // Without her catalogue, her ids are as unknown as a typo.
        assertThatThrownBy(() -> ScenarioReader.read(file, BUILT_IN)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("unknown recommendation id \"OPEN_BACK_CHANEL\"");
    }

    @Test
    void readGiven_takesTheStateWithoutCheckingTheExpectedIds_butStillTheFilesForm(@TempDir Path dir)
            throws IOException {
        // assess, diff and sweep take a scenario's state alone: its ids belong to whatever rules it is tested with.
        Path file = Files.writeString(dir.resolve("hers.yaml"), """
                name: Her own ids
                given: {unitedStates: {thaadDeployed: true}}
                expect: {recommendations: [OPEN_BACK_CHANNEL_TO_BEIJING]}
                """);
        assertThat(ScenarioReader.readGiven(file)).isEqualTo(PolicyState.builder().thaadDeployed(true).build());

        Files.writeString(file, Files.readString(file).replace("recommendations:", "recomendations:"));
        assertThatThrownBy(() -> ScenarioReader.readGiven(file)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("did you mean recommendations?");
    }

    private static List<String> append(List<String> ids, String more) {
        return Stream.concat(ids.stream(), Stream.of(more)).toList();
    }

    private static Expectation.Concern unanswered() {
        return new Expectation.Concern(true, Optional.empty(), Optional.of(false));
    }
}
