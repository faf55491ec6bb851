package org.leverage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.api.InvalidStateException;
import org.leverage.api.OfferResponse;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;
import org.leverage.api.Talks;
import org.leverage.api.UncertainState;

/**
 * Uncertain states (issue 12): a field may hold its values with their chances; a plain state stays valid and
 * reads the same; every mistake in a distribution is refused with one located line, as any other.
 */
class UncertainStateReaderTest {

    @Test
    void aFieldMayHoldItsValuesWithTheirChances_inYamlAndJson() {
        UncertainState yaml = StateReader.readUncertain("""
                unitedStates: {talksWithPyongyang: OFFERED, thaadDeployed: {true: 0.25, FALSE: 0.75}}
                northKorea:
                  responseToOffer: {spurned: 0.6, PENDING: 0.3, accepted: 0.1}
                """, "u.yaml");
        UncertainState json = StateReader.readUncertain("""
                {"unitedStates": {"talksWithPyongyang": "OFFERED", "thaadDeployed": {"true": 0.25, "false": 0.75}},
                 "northKorea": {"responseToOffer": {"SPURNED": 0.6, "PENDING": 0.3, "ACCEPTED": 0.1}}}
                """, "u.json");

        assertThat(yaml).isEqualTo(json);
        assertThat(yaml.uncertainFields()).containsExactly(StateField.THAAD_DEPLOYED, StateField.RESPONSE_TO_OFFER);
        assertThat(yaml.distributions().get(StateField.RESPONSE_TO_OFFER)).containsExactly(
                Map.entry(OfferResponse.PENDING, 0.3), Map.entry(OfferResponse.ACCEPTED, 0.1),
                Map.entry(OfferResponse.SPURNED, 0.6));
        assertThat(yaml.base().unitedStates().talksWithPyongyang()).isEqualTo(Talks.OFFERED);
        assertThat(yaml.combinations()).isEqualTo(6);
    }

    @Test
    void aPlainStateIsAnUncertainStateWithNoDistribution() {
        String plain = "unitedStates: {thaadDeployed: true}\n";

        assertThat(StateReader.readUncertain(plain, "p.yaml"))
                .isEqualTo(UncertainState.certain(StateReader.read(plain, "p.yaml")));
    }

    @Test
    void aPlainReadRefusesADistributionAndSaysWhatReadsIt() {
        assertThatThrownBy(() -> StateReader.read("northKorea: {responseToOffer: {SPURNED: 1}}\n", "p.yaml"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("northKorea.responseToOffer: expected one of NONE, PENDING, ACCEPTED,"
                        + " SPURNED, found a mapping; a mapping of values to their chances is an uncertain state,"
                        + " which `leverage odds` reads");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "chances that do not sum to 1 | northKorea: {responseToOffer: {SPURNED: 0.6, PENDING: 0.3}}"
                    + " | p.yaml:1:31: northKorea.responseToOffer: the chances sum to 0.9, not 1 (within 0.001)",
            "thirds written too short | northKorea: {responseToOffer: {SPURNED: 0.33, PENDING: 0.33, ACCEPTED: 0.33}}"
                    + " | p.yaml:1:31: northKorea.responseToOffer: the chances sum to 0.99, not 1 (within 0.001)",
            "an unknown value | northKorea: {responseToOffer: {SPURNT: 1}}"
                    + " | p.yaml:1:32: northKorea.responseToOffer.SPURNT: unknown value \"SPURNT\"; expected one of"
                    + " NONE, PENDING, ACCEPTED, SPURNED (did you mean SPURNED?)",
            "a negative chance | northKorea: {responseToOffer: {SPURNED: -0.5, PENDING: 1.5}}"
                    + " | p.yaml:1:41: northKorea.responseToOffer.SPURNED: a chance must be from 0 to 1, was -0.5",
            "a chance over 1 | northKorea: {responseToOffer: {SPURNED: 1.5, PENDING: -0.5}}"
                    + " | p.yaml:1:41: northKorea.responseToOffer.SPURNED: a chance must be from 0 to 1, was 1.5",
            "a chance that is not a number | northKorea: {responseToOffer: {SPURNED: high}}"
                    + " | p.yaml:1:41: northKorea.responseToOffer.SPURNED: expected a chance, a number from 0 to 1,"
                    + " found a string \"high\"",
            "a value given twice | unitedStates: {thaadDeployed: {true: 0.5, TRUE: 0.5}}"
                    + " | p.yaml:1:43: unitedStates.thaadDeployed.TRUE: true is given twice; first at line 1,"
                    + " column 32",
            "an empty distribution | northKorea: {responseToOffer: {}}"
                    + " | p.yaml:1:31: northKorea.responseToOffer: an empty distribution; give each value its chance",
            "a distribution on the label | 'label: {a: 0.5, b: 0.5}'"
                    + " | p.yaml:1:8: label: only the fields of the state's sections can be uncertain, not label;"
                    + " give it one value",
            "a contradiction between certain facts | northKorea: {responseToOffer: SPURNED, stability: {STABLE: 1}}"
                    + " | p.yaml:1:31: northKorea.responseToOffer: is SPURNED but unitedStates.talksWithPyongyang is"
                    + " NONE"})
    void aMistakeInADistributionIsRefusedWithOneLocatedLine(String mistake, String document, String expected) {
        assertThatThrownBy(() -> StateReader.readUncertain(document, "p.yaml"))
                .isInstanceOf(InvalidStateException.class)
                .satisfies(e -> assertThat(((InvalidStateException) e).oneLine()).startsWith(expected)
                        .doesNotContain("\n"));
    }

    @Test
    void aContradictionThatDependsOnAnUncertainFieldOnlyRulesOutItsCombinations() {
        UncertainState state = StateReader.readUncertain(
                "northKorea: {responseToOffer: {SPURNED: 0.5, NONE: 0.5}}\n", "p.yaml");

        assertThat(state.base().unitedStates().talksWithPyongyang()).isEqualTo(Talks.NONE);
        assertThat(state.distributions().get(StateField.RESPONSE_TO_OFFER)).hasSize(2);
    }

    @Test
    void theApiBuildsWhatTheReaderReads() {
        UncertainState built = UncertainState.builder(PolicyState.builder().talksWithPyongyang(Talks.OFFERED).build())
                .chance(StateField.RESPONSE_TO_OFFER, OfferResponse.SPURNED, 0.6)
                .chance(StateField.RESPONSE_TO_OFFER, OfferResponse.PENDING, 0.4)
                .build();

        assertThat(built).isEqualTo(StateReader.readUncertain("""
                unitedStates: {talksWithPyongyang: OFFERED}
                northKorea: {responseToOffer: {PENDING: 0.4, SPURNED: 0.6}}
                """, "b.yaml"));
        assertThatThrownBy(() -> UncertainState.builder(PolicyState.DEFAULTS)
                .chance(StateField.RESPONSE_TO_OFFER, OfferResponse.SPURNED, 0.6).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the chances sum to 0.6");
        assertThatThrownBy(() -> UncertainState.builder(PolicyState.DEFAULTS)
                .chance(StateField.RESPONSE_TO_OFFER, Talks.OFFERED, 1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not one of its values");
    }
}
