package org.leverage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;

class StateWriterTest {

    static Stream<PolicyState> states() {
        return Stream.of(
                PolicyState.DEFAULTS,
                StateReaderTest.BASELINE,
                StateReaderTest.FULL,
                StateReaderTest.FOLDED,
                PolicyState.builder().label("quotes \" and \\ backslash, colon: hash # and 'single'").build(),
                PolicyState.builder().label("two\nlines\tand a tab, \u0001 a control, café, 北京, \uD83D\uDE80").build(),
                PolicyState.builder().label("true").asOf(LocalDate.of(2017, 3, 29)).build(),
                PolicyState.builder().label("123").build(),
                PolicyState.builder().label("  leading and trailing blanks  ").build(),
                PolicyState.builder().label("- not a list").build());
    }

    @ParameterizedTest
    @MethodSource("states")
    void yaml_readsBackToAnEqualState(PolicyState state) {
        String yaml = StateWriter.toYaml(state);

        assertThat(StateReader.read(yaml, "written.yaml")).isEqualTo(state);
        assertThat(StrictParser.sniff(yaml)).isEqualTo(StrictParser.Syntax.YAML);
    }

    @ParameterizedTest
    @MethodSource("states")
    void json_readsBackToAnEqualState(PolicyState state) {
        String json = StateWriter.toJson(state);

        assertThat(StateReader.read(json, "written.json")).isEqualTo(state);
        assertThat(StrictParser.sniff(json)).isEqualTo(StrictParser.Syntax.JSON);
    }

    @ParameterizedTest
    @MethodSource("states")
    void output_isDeterministic_withUnixLineEnds(PolicyState state) {
        assertThat(StateWriter.toYaml(state)).isEqualTo(StateWriter.toYaml(state)).doesNotContain("\r").endsWith("\n");
        assertThat(StateWriter.toJson(state)).isEqualTo(StateWriter.toJson(state)).doesNotContain("\r").endsWith("\n");
    }

    @Test
    void yaml_writesEveryFieldInDomainOrder() {
        assertThat(StateWriter.toYaml(PolicyState.DEFAULTS)).isEqualTo("""
                format: 1
                label: ""
                asOf: null
                unitedStates:
                  goal: DENUCLEARIZATION
                  approachToChina: DEMANDS
                  militaryOptionSignaled: false
                  forcesOnPeninsula: true
                  thaadDeployed: false
                  talksWithPyongyang: NONE
                  offersToPyongyang:
                    endJointExercises: false
                    peaceTreaty: false
                    sanctionsRelief: NONE
                    diplomaticRelations: false
                  commitmentsToBeijing:
                    refugeeAid: false
                    alliedRefugeeAid: false
                    withdrawal: NONE
                    withdrawalIncludesThaad: false
                    taiwanConcessions: false
                    southChinaSeaConcessions: false
                china:
                  aidShare: LARGE
                  pressureOnPyongyang: CAUTIOUS
                  askedForDrasticAction: false
                northKorea:
                  nuclearProgram: ACTIVE
                  missileProgram: ACTIVE
                  responseToOffer: NONE
                  stability: STABLE
                peninsula:
                  reunification: NONE
                  usAllianceWithUnifiedKorea: EXPECTED
                """);
    }

    @Test
    void json_writesEveryFieldInDomainOrder_withEnumNamesAndIsoDate() throws Exception {
        String json = StateWriter.toJson(StateReaderTest.FULL);
        JsonNode tree = new ObjectMapper().readTree(json);

        List<String> top = new ArrayList<>();
        tree.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("format", "label", "asOf", "unitedStates", "china", "northKorea", "peninsula");
        assertThat(tree.get("asOf").asText()).isEqualTo("2018-06-12");
        for (StateField field : StateField.values()) {
            JsonNode node = tree.at("/" + field.path().replace('.', '/'));
            assertThat(node.isMissingNode()).as(field.path()).isFalse();
            Object value = field.get(StateReaderTest.FULL);
            if (value instanceof Boolean flag) {
                assertThat(node.isBoolean()).as(field.path()).isTrue();
                assertThat(node.booleanValue()).as(field.path()).isEqualTo(flag);
            } else {
                assertThat(node.textValue()).as(field.path()).isEqualTo(((Enum<?>) value).name());
            }
        }
        assertThat(json).startsWith("{\n  \"format\": 1,\n  \"label\": \"Every field set: a stress test\",\n");
    }

    @Test
    void json_writesAMissingDateAsNull() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(StateWriter.toJson(PolicyState.DEFAULTS));

        assertThat(tree.get("asOf").isNull()).isTrue();
        assertThat(tree.get("label").textValue()).isEmpty();
    }
}
