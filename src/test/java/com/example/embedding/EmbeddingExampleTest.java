package com.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.InvalidStateException;
import org.leverage.api.OfferResponse;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.Stability;
import org.leverage.api.StateField;
import org.leverage.api.Talks;

/**
 * Leverage as an outside application embeds it: nothing but the public api, from a package of its own.
 * The first test is the README's embedding example.
 */
class EmbeddingExampleTest {

    private static final Advisor ADVISOR = Advisor.builder().build();

    @Test
    void theReadmeExampleRecommendsEnlistingBeijingOncePyongyangSpurnsTheOffer() {
        Advisor advisor = Advisor.builder().build();                  // compiles the packaged rules once
        PolicyState today = PolicyState.builder()
                .thaadDeployed(true)
                .talksWithPyongyang(Talks.OFFERED)
                .responseToOffer(OfferResponse.SPURNED)
                .build();
        Assessment assessment = advisor.assess(today);

        assertThat(assessment.phase()).isEqualTo(Phase.ENLIST_BEIJING);
        assertThat(assessment.recommendations()).extracting(Assessment.Recommendation::id)
                .startsWith("COMMIT_REFUGEE_AID", "RALLY_ALLIED_REFUGEE_AID", "CALL_ON_BEIJING_FOR_DRASTIC_ACTION");
        assertThat(assessment.recommendations().get(0).sources()).containsExactly("¶8");
        assertThat(assessment.recommendations().get(0).because()).isNotEmpty();
    }

    @Test
    void aStateCanBeReadFromYamlOrJsonText() {
        PolicyState fromYaml = PolicyState.parse("northKorea:\n  stability: unraveling\n", "today.yaml");
        PolicyState fromJson = PolicyState.parse("{\"northKorea\": {\"stability\": \"UNRAVELING\"}}", "today.json");
        assertThat(fromYaml).isEqualTo(fromJson)
                .isEqualTo(PolicyState.builder().stability(Stability.UNRAVELING).build());
        assertThat(ADVISOR.assess(fromYaml).concern("REGIME_COLLAPSE"))
                .hasValueSatisfying(c -> assertThat(c.level()).hasToString("HIGH"));
    }

    @Test
    void aBadDocumentIsATypedExceptionThatCarriesItsLocation() {
        assertThatThrownBy(() -> PolicyState.parse("china:\n  aidShare: HUGE\n", "today.yaml"))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> {
                    assertThat(e.field()).isEqualTo("china.aidShare");
                    assertThat(e.location()).hasValueSatisfying(l -> {
                        assertThat(l.file()).isEqualTo("today.yaml");
                        assertThat(l.line()).isEqualTo(2);
                        assertThat(l.column()).isEqualTo(13);
                    });
                });
    }

    @Test
    void oneAdvisorSharedByManyThreadsGivesWhatItGivesOneThread() throws Exception {
        List<PolicyState> states = new ArrayList<>();
        for (StateField field : StateField.values()) {
            for (Object value : field.choices()) {
                PolicyState state = field.with(PolicyState.DEFAULTS, value);
                if (state.contradictions().isEmpty()) {
                    states.add(state);
                }
            }
        }
        List<Assessment> oneByOne = states.stream().map(ADVISOR::assess).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Assessment>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (PolicyState state : states) {
                    futures.add(pool.submit(() -> ADVISOR.assess(state)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(oneByOne.get(i % states.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
