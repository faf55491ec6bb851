package org.leverage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.TestPaths;
import org.leverage.api.AidShare;
import org.leverage.api.AllianceProspect;
import org.leverage.api.Approach;
import org.leverage.api.Goal;
import org.leverage.api.InvalidStateException;
import org.leverage.api.OfferResponse;
import org.leverage.api.PolicyState;
import org.leverage.api.Pressure;
import org.leverage.api.Program;
import org.leverage.api.Reunification;
import org.leverage.api.SanctionsRelief;
import org.leverage.api.SourceLocation;
import org.leverage.api.Stability;
import org.leverage.api.StateField;
import org.leverage.api.Talks;
import org.leverage.api.Withdrawal;
/**
 * The state format, read: YAML and JSON fixtures that give the same state, invalid ones refused at their line and
 * column, defaults and null, and how names fold. Where a state comes from is {@link StateReaderSourcesTest}'s.
 */
class StateReaderTest {

    static final PolicyState BASELINE = PolicyState.builder()
            .label("Baseline, Tillerson in Beijing")
            .asOf(LocalDate.of(2017, 3, 29))
            .militaryOptionSignaled(true)
            .thaadDeployed(true)
            .build();

    static final PolicyState FULL = PolicyState.builder()
            .label("Every field set: a stress test")
            .asOf(LocalDate.of(2018, 6, 12))
            .goal(Goal.FREEZE)
            .approachToChina(Approach.INCENTIVES)
            .militaryOptionSignaled(true)
            .forcesOnPeninsula(true)
            .thaadDeployed(true)
            .talksWithPyongyang(Talks.UNDERWAY)
            .endJointExercises(true)
            .peaceTreaty(true)
            .sanctionsRelief(SanctionsRelief.LIFT)
            .diplomaticRelations(true)
            .refugeeAid(true)
            .alliedRefugeeAid(true)
            .withdrawal(Withdrawal.WRITTEN)
            .withdrawalIncludesThaad(true)
            .taiwanConcessions(true)
            .southChinaSeaConcessions(true)
            .aidShare(AidShare.MODERATE)
            .pressureOnPyongyang(Pressure.SEVER_AID)
            .askedForDrasticAction(true)
            .nuclearProgram(Program.FROZEN)
            .missileProgram(Program.ABANDONED)
            .responseToOffer(OfferResponse.SPURNED)
            .stability(Stability.FRAGMENTED)
            .reunification(Reunification.CONTESTED)
            .usAllianceWithUnifiedKorea(AllianceProspect.RULED_OUT)
            .build();

    static final PolicyState FOLDED = PolicyState.builder()
            .approachToChina(Approach.INCENTIVES)
            .talksWithPyongyang(Talks.OFFERED)
            .pressureOnPyongyang(Pressure.SEVER_AID)
            .aidShare(AidShare.SMALL)
            .responseToOffer(OfferResponse.PENDING)
            .stability(Stability.COLLAPSED)
            .reunification(Reunification.PEACEFUL_UNDER_SEOUL)
            .usAllianceWithUnifiedKorea(AllianceProspect.RULED_OUT)
            .build();

    static Stream<Arguments> pairedFixtures() {
        return Stream.of(
                Arguments.of("baseline", BASELINE),
                Arguments.of("full", FULL),
                Arguments.of("empty", PolicyState.DEFAULTS),
                Arguments.of("folded", FOLDED));
    }

    @ParameterizedTest(name = "{0}.yaml and {0}.json give the same state")
    @MethodSource("pairedFixtures")
    void yamlAndJsonFixtures_giveTheSameFullyCheckedState(String name, PolicyState expected) {
        PolicyState fromYaml = StateReader.read(TestPaths.testResource("states/" + name + ".yaml"));
        PolicyState fromJson = StateReader.read(TestPaths.testResource("states/" + name + ".json"));

        for (PolicyState actual : List.of(fromYaml, fromJson)) {
            assertThat(actual.format()).isEqualTo(PolicyState.FORMAT);
            assertThat(actual.label()).isEqualTo(expected.label());
            assertThat(actual.asOf()).isEqualTo(expected.asOf());
            for (StateField field : StateField.values()) {
                assertThat(field.get(actual)).as(field.path()).isEqualTo(field.get(expected));
            }
            assertThat(actual).isEqualTo(expected);
        }
        assertThat(fromYaml).isEqualTo(fromJson);
    }

    @Test
    void fullFixture_setsEveryFieldAwayFromItsDefault_exceptForcesWhichThaadNeeds() {
        PolicyState full = StateReader.read(TestPaths.testResource("states/full.yaml"));

        assertThat(full.label()).isNotEqualTo(PolicyState.DEFAULTS.label());
        assertThat(full.asOf()).isNotEqualTo(PolicyState.DEFAULTS.asOf());
        for (StateField field : StateField.values()) {
            if (field != StateField.FORCES_ON_PENINSULA) {
                assertThat(field.get(full)).as(field.path()).isNotEqualTo(field.get(PolicyState.DEFAULTS));
            }
        }
        assertThat(full.contradictions()).isEmpty();
    }

    // ------------------------------------------------------------------ invalid fixtures

    static Stream<Arguments> invalidFixtures() {
        return Stream.of(
                invalid("alias.yaml", 3, 22, "unitedStates.forcesOnPeninsula",
                        "a YAML alias *deployed is not allowed: anchors and aliases are not supported"),
                invalid("anchor.yaml", 2, 18, "unitedStates.thaadDeployed",
                        "a YAML anchor &deployed is not allowed: anchors and aliases are not supported"),
                invalid("tag.yaml", 2, 8, "label", "a YAML tag !!java.net.URL is not allowed"),
                invalid("duplicate-key-nested.yaml", 3, 65, "unitedStates.offersToPyongyang.peaceTreaty",
                        "duplicate key; first given at line 3, column 23"),
                invalid("not-utf8.yaml", 2, 12, "", "cannot read state file: it is not UTF-8 text (byte 0xE9"),
                invalid("bad-date.yaml", 1, 7, "asOf",
                        "not a valid date \"2017-02-30\"; expected an ISO date YYYY-MM-DD"),
                invalid("bad-date-format.yaml", 1, 7, "asOf",
                        "expected an ISO date YYYY-MM-DD (e.g. 2017-03-29) or null, found a string \"29 March 2017\""),
                invalid("bad-format.yaml", 1, 9, "format", "expected the format number 1, found a string \"1\""),
                invalid("old-format.yaml", 1, 9, "format", "unknown format 0; expected 1"),
                invalid("contradiction-response-without-talks.yaml", 5, 20, "northKorea.responseToOffer",
                        "is SPURNED but unitedStates.talksWithPyongyang is NONE"),
                invalid("contradiction-thaad-in-no-withdrawal.yaml", 4, 30,
                        "unitedStates.commitmentsToBeijing.withdrawalIncludesThaad",
                        "is true but unitedStates.commitmentsToBeijing.withdrawal is NONE"),
                invalid("contradiction-reunification-while-stable.yaml", 4, 18, "peninsula.reunification",
                        "is PEACEFUL_UNDER_SEOUL but northKorea.stability is STABLE"),
                invalid("contradiction-reunification-while-unraveling.yaml", 4, 18, "peninsula.reunification",
                        "is CONTESTED but northKorea.stability is UNRAVELING: a North that still stands is not being"
                                + " unified (set stability to COLLAPSED or FRAGMENTED, or reunification to NONE)"),
                invalid("contradiction-thaad-without-forces.json", 4, 22, "unitedStates.thaadDeployed",
                        "is true but unitedStates.forcesOnPeninsula is false"),
                invalid("contradiction-first-of-several.yaml", 4, 20, "northKorea.responseToOffer",
                        "is PENDING but unitedStates.talksWithPyongyang is NONE"),
                invalid("duplicate-key.yaml", 4, 3, "china.aidShare", "duplicate key; first given at line 2, column 3"),
                invalid("duplicate-key.json", 3, 3, "label", "duplicate key; first given at line 2, column 3"),
                invalid("future-format.yaml", 1, 9, "format", "format 2 is newer than this Leverage understands (1)"),
                invalid("future-format-after-unknown-key.yaml", 4, 9, "format",
                        "format 3 is newer than this Leverage understands (1)"),
                invalid("not-a-mapping.yaml", 1, 1, "",
                        "(document): expected a mapping of the state's sections, found a list"),
                invalid("not-a-mapping.json", 1, 1, "",
                        "(document): expected a mapping of the state's sections, found a list"),
                invalid("null-field.yaml", 2, 17, "unitedStates.thaadDeployed", "expected true or false, found null"),
                invalid("section-not-a-mapping.yaml", 1, 8, "china", "expected a mapping of its fields (aidShare,"
                        + " pressureOnPyongyang, askedForDrasticAction), found a string \"LARGE\""),
                invalid("section-null.yaml", 2, 14, "unitedStates", "found null (write {} to keep every default)"),
                invalid("syntax-error.yaml", 2, 15, "", "invalid YAML: mapping values are not allowed here"),
                invalid("syntax-error-tab.yaml", 2, 1, "", "invalid YAML: found character '\\t(TAB)'"),
                invalid("syntax-error-unclosed-quote.yaml", 2, 1, "",
                        "invalid YAML: found unexpected end of stream (while scanning a quoted scalar at line 1,"
                                + " column 8)"),
                invalid("syntax-error.json", 4, 3, "", "invalid JSON: Unexpected character ('}'"),
                invalid("trailing-json.json", 2, 1, "", "(document): trailing content after the JSON document"),
                invalid("trailing-json-garbage.json", 1, 17, "",
                        "(document): trailing content after the JSON document"),
                invalid("two-documents.yaml", 3, 1, "", "(document): a second YAML document starts here"),
                invalid("unknown-enum-value.yaml", 2, 9, "unitedStates.goal", "unknown value \"DENUKE\"; expected"
                        + " one of DENUCLEARIZATION, FREEZE (did you mean DENUCLEARIZATION?)"),
                invalid("unknown-enum-value.json", 1, 56, "china.pressureOnPyongyang", "unknown value \"sever\";"
                        + " expected one of CAUTIOUS, REDUCE_AID, DELAY_AID, SEVER_AID (did you mean SEVER_AID?)"),
                // Look-alike letters that Java's own case folding reads as S and I: refused, not read as the value.
                invalid("look-alike-long-s.yaml", 4, 20, "northKorea.responseToOffer", "unknown value \"ſpurned\";"
                        + " expected one of NONE, PENDING, ACCEPTED, SPURNED (did you mean SPURNED?)"),
                invalid("look-alike-dotless-i.yaml", 2, 20, "unitedStates.approachToChina", "unknown value"
                        + " \"ıncentıves\"; expected one of DEMANDS, INCENTIVES (did you mean INCENTIVES?)"),
                invalid("unknown-key.yaml", 3, 3, "unitedStates.thaadDeplyed",
                        "unknown key; did you mean thaadDeployed? (valid keys here: goal, approachToChina,"
                                + " militaryOptionSignaled, forcesOnPeninsula, thaadDeployed, talksWithPyongyang,"
                                + " offersToPyongyang, commitmentsToBeijing)"),
                invalid("unknown-key-far-from-any.yaml", 2, 1, "zzz", "unknown key (valid keys here: format, label,"
                        + " asOf, unitedStates, china, northKorea, peninsula)"),
                invalid("unknown-section.yaml", 1, 1, "unitedState", "unknown key; did you mean unitedStates?"),
                invalid("wrong-type-boolean.yaml", 2, 18, "unitedStates.thaadDeployed",
                        "expected true or false, found a string \"yes\""),
                invalid("wrong-type-boolean-yaml11.yaml", 2, 27, "unitedStates.militaryOptionSignaled",
                        "expected true or false, found a string \"yes\""),
                invalid("wrong-type-boolean.json", 3, 26, "unitedStates.forcesOnPeninsula",
                        "expected true or false, found a number 1"),
                invalid("wrong-type-enum.yaml", 2, 14, "northKorea.stability",
                        "expected one of STABLE, STRAINED, UNRAVELING, COLLAPSED, FRAGMENTED, found a number 3"),
                invalid("wrong-type-label.yaml", 1, 8, "label",
                        "expected a string or null, found a number 2017 (put it in quotes)"));
    }

    private static Arguments invalid(String file, int line, int column, String field, String phrase) {
        return Arguments.of(file, line, column, field, phrase);
    }

    @ParameterizedTest(name = "{0} fails at {1}:{2} on \"{3}\"")
    @MethodSource("invalidFixtures")
    void invalidFixture_failsAtTheOffendingToken_withFieldPathAndOneLineMessage(String file, int line, int column,
                                                                                String field, String phrase) {
        Path path = TestPaths.testResource("states/invalid/" + file);

        InvalidStateException e = catchThrowableOfType(InvalidStateException.class, () -> StateReader.read(path));

        assertThat(e).as("reading %s", file).isNotNull();
        assertThat(e.location()).contains(new SourceLocation(path.toString(), line, column));
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).contains(phrase).doesNotContain("\n", "\r");
        assertThat(e.getMessage()).startsWith(field.isEmpty() ? "" : field + ": ");
        assertThat(e.oneLine()).startsWith(path + ":" + line + ":" + column + ": ");
    }

    @Test
    void everyInvalidFixture_hasItsExpectationInThisTest() throws IOException {
        List<String> covered = invalidFixtures().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> files = Files.list(TestPaths.testResource("states/invalid"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(covered);
        }
    }

    // ------------------------------------------------------------------ defaults and null

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "   \n\n", "# only a comment\n", "---\n", "---\n...\n", "{}", "  {}\n", "~"})
    void emptyDocument_givesTheDefaultState(String content) {
        assertThat(StateReader.read(content, "empty")).isEqualTo(PolicyState.DEFAULTS);
    }

    @ParameterizedTest(name = "an empty {0} file")
    @ValueSource(strings = {"state.yaml", "state.yml", "state.json", "state.txt"})
    void emptyFile_givesTheDefaultState(String name, @TempDir Path dir) throws IOException {
        Path file = Files.createFile(dir.resolve(name));

        assertThat(StateReader.read(file)).isEqualTo(PolicyState.DEFAULTS);
    }

    @Test
    void labelAndAsOf_mayBeNull_andReadAsTheirDefaults() {
        assertThat(StateReader.read("label: ~\nasOf: null\n", "s.yaml")).isEqualTo(PolicyState.DEFAULTS);
        assertThat(StateReader.read("label:\nasOf:\n", "s.yaml")).isEqualTo(PolicyState.DEFAULTS);
        assertThat(StateReader.read("{\"label\": null, \"asOf\": null}", "s.json")).isEqualTo(PolicyState.DEFAULTS);
    }

    @Test
    void asOf_readsAnIsoDate_plainInYamlAndAStringInJson() {
        LocalDate date = LocalDate.of(2017, 3, 29);

        assertThat(StateReader.read("asOf: 2017-03-29", "s").asOf()).isEqualTo(date);
        assertThat(StateReader.read("asOf: '2017-03-29'", "s").asOf()).isEqualTo(date);
        assertThat(StateReader.read("{\"asOf\": \"2017-03-29\"}", "s").asOf()).isEqualTo(date);
    }

    @Test
    void booleanField_acceptsYamlTrueInAnyCase_butRefusesAQuotedTrue() {
        assertThat(StateReader.read("unitedStates: {thaadDeployed: True}", "s").unitedStates().thaadDeployed())
                .isTrue();

        assertThatThrownBy(() -> StateReader.read("unitedStates: {thaadDeployed: \"true\"}", "s"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessage("unitedStates.thaadDeployed: expected true or false, found a string \"true\""
                        + " (write it without quotes)");
    }

    @Test
    void yesAndNo_areStringsAsInYaml12_soALabelMayBeYes() {
        assertThat(StateReader.read("label: yes", "s").label()).isEqualTo("yes");
    }

    // ------------------------------------------------------------------ folding

    @Test
    void enumValues_foldCaseAndDashes() {
        PolicyState state = StateReader.read("""
                peninsula: {reunification: peaceful-under-seoul}
                northKorea: {stability: COLLAPSED}
                china: {pressureOnPyongyang: Sever_Aid}
                """, "s.yaml");

        assertThat(state.peninsula().reunification()).isEqualTo(Reunification.PEACEFUL_UNDER_SEOUL);
        assertThat(state.china().pressureOnPyongyang()).isEqualTo(Pressure.SEVER_AID);
    }

    @Test
    void folding_ignoresTheMachineLocale_evenTurkish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));

            PolicyState state = StateReader.read("""
                    unitedStates:
                      goal: denuclearization
                      approachToChina: incentives
                      militaryOptionSignaled: true
                      thaadDeployed: true
                      offersToPyongyang: {diplomaticRelations: true, sanctionsRelief: lift}
                    china: {pressureOnPyongyang: delay-aid}
                    northKorea: {missileProgram: active, nuclearProgram: Frozen, stability: fragmented}
                    peninsula: {reunification: contested}
                    """, "s.yaml");
            assertThat(state.unitedStates().approachToChina()).isEqualTo(Approach.INCENTIVES);
            assertThat(state.unitedStates().offersToPyongyang().sanctionsRelief()).isEqualTo(SanctionsRelief.LIFT);
            assertThat(state.china().pressureOnPyongyang()).isEqualTo(Pressure.DELAY_AID);
            assertThat(state.northKorea().missileProgram()).isEqualTo(Program.ACTIVE);

            assertThatThrownBy(() -> StateReader.read("unitedStates: {MILITARYOPTIONSIGNALED: true}", "s.yaml"))
                    .hasMessageContaining("did you mean militaryOptionSignaled?");
            assertThatThrownBy(() -> StateReader.read("unitedStates: {goal: DENUCLEARIZATIN}", "s.yaml"))
                    .hasMessageContaining("(did you mean DENUCLEARIZATION?)");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void keys_areCaseSensitive_butTheSuggestionIgnoresCase() {
        assertThatThrownBy(() -> StateReader.read("unitedStates: {ThaadDeployed: true}", "s.yaml"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageStartingWith("unitedStates.ThaadDeployed: unknown key; did you mean thaadDeployed?");
    }

    @Test
    void aKeyWithBlanksOrNothingInIt_isShownInQuotes_soTheMessageSaysWhatIsWrong() {
        InvalidStateException blank = catchThrowableOfType(InvalidStateException.class,
                () -> StateReader.read("{\" format\": 1}", "s.json"));
        InvalidStateException empty = catchThrowableOfType(InvalidStateException.class,
                () -> StateReader.read("unitedStates: {\"\": true}", "s.yaml"));

        assertThat(blank.field()).isEqualTo("\" format\"");
        assertThat(blank.getMessage()).startsWith("\" format\": unknown key; did you mean format?");
        assertThat(empty.field()).isEqualTo("unitedStates.\"\"");
        assertThat(empty.getMessage()).startsWith("unitedStates.\"\": unknown key");
    }

    @Test
    void scenarioFileReadAsAState_isRefused_withAHintThatItIsAScenario() {
        InvalidStateException e = catchThrowableOfType(InvalidStateException.class,
                () -> StateReader.read("name: Spurned\ngiven: {}\nexpect: {phase: NONE}\n", "spurned.yaml"));

        assertThat(e.field()).isEqualTo("name");
        assertThat(e.location()).contains(new SourceLocation("spurned.yaml", 1, 1));
        assertThat(e.getMessage()).startsWith("name: unknown key; this looks like a scenario file (name, given,"
                + " expect), not a state");
    }
}
