package org.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.api.Assessment;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.scenario.ScenarioCase;

class JsonReportTest {

    private final JsonReport report = new JsonReport();

    private static final String ENGAGING = """
            {
              "format": 1,
              "scenario": {
                "label": "baseline-2017",
                "asOf": "2017-03-29"
              },
              "phase": "ENGAGE_PYONGYANG",
              "recommendations": [
                {
                  "id": "OFFER_PEACE_TREATY",
                  "phase": "ENGAGE_PYONGYANG",
                  "addressee": "PYONGYANG",
                  "modality": "SHOULD",
                  "summary": "Be open to negotiating a formal peace treaty in place of the 1953 armistice",
                  "sources": [
                    "¶7"
                  ],
                  "answers": [],
                  "because": [
                    {
                      "rule": "Offer a peace treaty while talks are open and none is offered",
                      "facts": [
                        "unitedStates.talksWithPyongyang = OFFERED",
                        "unitedStates.offersToPyongyang.peaceTreaty = false"
                      ]
                    }
                  ]
                }
              ],
              "inPlace": [
                "OPEN_BILATERAL_TALKS"
              ],
              "concerns": [
                {
                  "id": "REFUGEE_FLOW",
                  "kind": "CONCERN",
                  "level": "ELEVATED",
                  "answered": false,
                  "answeredBy": [
                    "COMMIT_REFUGEE_AID",
                    "RALLY_ALLIED_REFUGEE_AID"
                  ],
                  "sources": [
                    "¶4",
                    "¶8"
                  ],
                  "because": [
                    {
                      "rule": "A collapsing North sends refugees into China",
                      "facts": [
                        "REGIME_COLLAPSE(ELEVATED)"
                      ]
                    }
                  ]
                }
              ],
              "warnings": [
                {
                  "id": "DEMANDS_WITHOUT_INCENTIVES",
                  "summary": "Pressing Beijing to act with no meaningful incentive of Washington's own on the table is a nonstarter: while Washington still engages Pyongyang and has not asked Beijing, the talks Beijing has long sought would count; once Beijing is asked or to be enlisted, only a refugee pledge, a written withdrawal or concessions on Taiwan or the South China Sea do",
                  "sources": [
                    "¶10",
                    "¶7",
                    "¶8"
                  ],
                  "because": [
                    {
                      "rule": "Demands without incentives are a nonstarter",
                      "facts": [
                        "unitedStates.approachToChina = DEMANDS"
                      ]
                    }
                  ]
                }
              ],
              "outOfScope": null
            }
            """;

    @Test
    void rendersTheDomainShapeExactly_withTwoSpaceIndentAndATrailingNewline() {
        assertThat(report.render(Fixtures.engaging())).isEqualTo(ENGAGING);
    }

    @Test
    void writesTopLevelFieldsInContractOrder() throws Exception {
        JsonNode root = new ObjectMapper().readTree(report.render(Fixtures.enlisting()));

        assertThat(fieldNames(root)).containsExactly("format", "scenario", "phase", "recommendations", "inPlace",
                "concerns", "warnings", "outOfScope");
        assertThat(fieldNames(root.get("scenario"))).containsExactly("label", "asOf");
    }

    @Test
    void writesEveryItemWithExactlyTheContractFields_leavingOutApiOnlyFields() throws Exception {
        JsonNode root = new ObjectMapper().readTree(report.render(Fixtures.everything()));

        for (JsonNode r : root.get("recommendations")) {
            assertThat(fieldNames(r)).containsExactly("id", "phase", "addressee", "modality", "summary", "sources",
                    "answers", "because");
        }
        for (JsonNode c : root.get("concerns")) {
            assertThat(fieldNames(c)).containsExactly("id", "kind", "level", "answered", "answeredBy", "sources",
                    "because");
        }
        for (JsonNode w : root.get("warnings")) {
            assertThat(fieldNames(w)).containsExactly("id", "summary", "sources", "because");
        }
        assertThat(root.get("concerns")).hasSize(8);
        assertThat(root.toString()).doesNotContain("\"answeredInPart\"", "\"residual\"", "\"premise\"");
    }

    @Test
    void writesEveryConcernsKind_rightAfterItsId_withTheFormatStillOne() throws Exception {
        String json = report.render(Fixtures.everything());
        JsonNode root = new ObjectMapper().readTree(json);

        assertThat(root.get("format").asInt()).isEqualTo(1);
        List<String> kinds = new ArrayList<>();
        for (JsonNode c : root.get("concerns")) {
            assertThat(fieldNames(c).subList(0, 2)).as(c.get("id").asText()).containsExactly("id", "kind");
            kinds.add(c.get("id").asText() + " " + c.get("kind").asText());
            assertThat(json).as("the kind on the line after the id").contains("\"id\": \"" + c.get("id").asText()
                    + "\",\n      \"kind\": \"" + c.get("kind").asText() + "\",\n");
        }
        assertThat(kinds).containsExactly(
                "DECISIVE_PRESSURE_NEEDED PREMISE",
                "REGIME_COLLAPSE RESIDUAL_RISK",
                "REFUGEE_FLOW CONCERN",
                "MILITARY_LASHOUT RESIDUAL_RISK",
                "LOOSE_NUCLEAR_ASSETS RESIDUAL_RISK",
                "US_BASES_IN_UNIFIED_KOREA CONCERN",
                "THAAD_RADAR CONCERN",
                "CHINA_RELUCTANT CONCERN");
    }

    @Test
    void writesTheKindOfEveryConcernTheEngineRaises_thePremiseAndResidualRisksNeverAnswered() throws Exception {
        int premises = 0;
        int residuals = 0;
        for (ScenarioCase scenario : RealAssessments.projectScenarios()) {
            Assessment assessment = RealAssessments.of(scenario.given());
            JsonNode concerns = new ObjectMapper().readTree(report.render(assessment)).get("concerns");

            assertThat(concerns).as(scenario.name()).hasSize(assessment.concerns().size());
            for (int i = 0; i < concerns.size(); i++) {
                JsonNode c = concerns.get(i);
                Assessment.Concern concern = assessment.concerns().get(i);
                String where = scenario.name() + ": " + concern.id();
                assertThat(fieldNames(c).subList(0, 2)).as(where).containsExactly("id", "kind");
                assertThat(c.get("kind").asText()).as(where).isEqualTo(concern.kind().name());
                if (concern.premise() || concern.residual()) {
                    assertThat(c.get("answered").asBoolean()).as(where).isFalse();
                    assertThat(c.get("answeredBy")).as(where).isEmpty();
                    premises += concern.premise() ? 1 : 0;
                    residuals += concern.residual() ? 1 : 0;
                }
            }
        }
        assertThat(premises).as("premises seen").isPositive();
        assertThat(residuals).as("residual risks seen").isPositive();
    }

    @Test
    void writesMissingOutOfScopeAndDateAsJsonNull() {
        String json = report.render(Fixtures.empty(Phase.ENGAGE_PYONGYANG));

        assertThat(json).contains("\"outOfScope\": null\n}\n").contains("\"asOf\": null\n");
    }

    @Test
    void writesOutOfScopeReasonAsAString_withPhaseNoneAndNoRecommendations() {
        String json = report.render(Fixtures.empty(Phase.NONE));

        assertThat(json)
                .contains("\"phase\": \"NONE\",\n")
                .contains("\"recommendations\": [],\n")
                .endsWith("\"outOfScope\": \"Pyongyang accepted the offer\"\n}\n");
    }

    @Test
    void writesParagraphSignsAsUtf8_notAsUnicodeEscapes() {
        String json = report.render(Fixtures.engaging());

        assertThat(json).contains("\"¶7\"").doesNotContainIgnoringCase("\\u00b6");
        assertThat(json.getBytes(StandardCharsets.UTF_8)).containsSequence((byte) 0xC2, (byte) 0xB6, (byte) '7');
    }

    @Test
    void usesNewlineLineEndingsOnly() {
        String json = report.render(Fixtures.everything());

        assertThat(json).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
    }

    @Test
    void rendersTheSameAssessmentToTheSameBytes_evenWhenBuiltTwice() {
        byte[] first = report.render(Fixtures.everything()).getBytes(StandardCharsets.UTF_8);
        byte[] again = report.render(Fixtures.everything()).getBytes(StandardCharsets.UTF_8);
        byte[] otherInstance = new JsonReport().render(Fixtures.everything()).getBytes(StandardCharsets.UTF_8);

        assertThat(again).isEqualTo(first);
        assertThat(otherInstance).isEqualTo(first);
    }

    @Test
    void keepsTheAssessmentsOrderOfListItems_theEssaysOrderNotTheModalitys() throws Exception {
        Assessment assessment = Fixtures.enlisting();
        JsonNode root = new ObjectMapper().readTree(report.render(assessment));

        List<String> ids = new ArrayList<>();
        root.get("recommendations").forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsExactlyElementsOf(
                assessment.recommendations().stream().map(Assessment.Recommendation::id).toList());
        assertThat(ids).containsSubsequence("CALL_ON_BEIJING_FOR_DRASTIC_ACTION", "RALLY_ALLIED_REFUGEE_AID");
        assertThat(root.get("inPlace").toString()).isEqualTo("[\"COMMIT_REFUGEE_AID\",\"SIGN_WITHDRAWAL_AGREEMENT\"]");
    }

    @Test
    void writesAnsweredAsABoolean() throws Exception {
        JsonNode concerns = new ObjectMapper().readTree(report.render(Fixtures.enlisting())).get("concerns");

        assertThat(concerns.get(3).get("id").asText()).isEqualTo("US_BASES_IN_UNIFIED_KOREA");
        assertThat(concerns.get(3).get("answered").isBoolean()).isTrue();
        assertThat(concerns.get(3).get("answered").asBoolean()).isTrue();
        assertThat(concerns.get(1).get("answered").asBoolean()).isFalse();
    }

    /** A hostile label (quote, angle brackets, NUL, ESC, newline, backslash) is escaped: it parses back the same. */
    @Test
    void escapesTheFreeTextLabel_soItParsesBackTheSame_withNoRawControlCharacter() throws Exception {
        String label = "\"</x>\u0000\u001B\n\\";
        String json = report.render(RealAssessments.of(PolicyState.builder().label(label).build()));

        assertThat(new ObjectMapper().readTree(json).get("scenario").get("label").asText()).isEqualTo(label);
        assertThat(json.chars().filter(c -> c < 0x20 && c != '\n')).as("raw control characters").isEmpty();
        assertThat(json.lines().map(String::strip)).as("the label on a line of its own")
                .contains("\"label\": \"\\\"</x>\\u0000\\u001B\\n\\\\\",");
    }

    @Test
    void refusesANullAssessment() {
        assertThatNullPointerException().isThrownBy(() -> report.render(null)).withMessageContaining("assessment");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
