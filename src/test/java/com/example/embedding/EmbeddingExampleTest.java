package com.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leverage.api.StateField.DIPLOMATIC_RELATIONS;
import static org.leverage.api.StateField.END_JOINT_EXERCISES;
import static org.leverage.api.StateField.PEACE_TREATY;
import static org.leverage.api.StateField.RESPONSE_TO_OFFER;
import static org.leverage.api.StateField.SANCTIONS_RELIEF;
import static org.leverage.api.StateField.TALKS_WITH_PYONGYANG;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.leverage.api.SanctionsRelief;
import org.leverage.api.Stability;
import org.leverage.api.StateField;
import org.leverage.api.Talks;
import org.leverage.whatif.Reach;
import org.leverage.whatif.ReachResult;
import org.leverage.whatif.ReachTarget;

/**
 * Leverage as an outside application embeds it: nothing but the public api, from a package of its own.
 * The first test is the README's embedding example.
 */
class EmbeddingExampleTest {

    /** For the other tests: the packaged rules again, through the build's compiled-rules cache. */
    private static final Advisor ADVISOR = Advisor.builder()
            .cacheCompiledRules(Path.of(System.getProperty("leverage.cache.dir", "target/test-cache"))).build();

    @Test
    void theReadmeExampleRecommendsEnlistingBeijingOncePyongyangSpurnsTheReasonableOffer() {
        Advisor advisor = Advisor.builder().build();                  // compiles the packaged rules once
        PolicyState today = PolicyState.builder()
                .thaadDeployed(true)
                .talksWithPyongyang(Talks.OFFERED)                    // the reasonable offer (¶7): talks
                .endJointExercises(true)                              // and all four concessions
                .peaceTreaty(true)
                .sanctionsRelief(SanctionsRelief.REDUCE)
                .diplomaticRelations(true)
                .responseToOffer(OfferResponse.SPURNED)               // spurned: now enlist Beijing (¶8)
                .build();
        Assessment assessment = advisor.assess(today);

        assertThat(assessment.phase()).isEqualTo(Phase.ENLIST_BEIJING);
        // In the essay's order: the call (¶8), the refugee minimum (¶8), then what ¶9 adds.
        assertThat(assessment.recommendations()).extracting(Assessment.Recommendation::id).containsExactly(
                "CALL_ON_BEIJING_FOR_DRASTIC_ACTION", "COMMIT_REFUGEE_AID", "RALLY_ALLIED_REFUGEE_AID",
                "SIGN_WITHDRAWAL_AGREEMENT", "CONSIDER_TAIWAN_SCS_CONCESSIONS");
        assertThat(assessment.recommendations().get(0).sources()).containsExactly("¶8");
        assertThat(assessment.recommendations().get(0).because()).isNotEmpty();
    }

    @Test
    void theReadmeShowsThisExample() throws IOException {
        // The project folder as Surefire sets it (no test helper: this class sees only the public api).
        String readme = Files.readString(Path.of(System.getProperty("leverage.project.dir", "")).resolve("README.md"));
        String block = readme.substring(readme.indexOf("```java", readme.indexOf("## Embedding")));
        block = block.substring(0, block.indexOf("```", 3));
        assertThat(block).contains(
                "        .thaadDeployed(true)\n",
                "        .talksWithPyongyang(Talks.OFFERED)",
                "        .endJointExercises(true)",
                "        .peaceTreaty(true)\n",
                "        .sanctionsRelief(SanctionsRelief.REDUCE)\n",
                "        .diplomaticRelations(true)\n",
                "        .responseToOffer(OfferResponse.SPURNED)",
                "Assessment assessment = advisor.assess(today);");
    }

    @Test
    void theReadmeReachExampleFindsTheReasonableOfferSpurned_inFourSetsOfSixChanges() throws IOException {
        ReachResult reach;
        try (Advisor searcher = Advisor.builder().rememberAssessments(0)
                .cacheCompiledRules(Path.of(System.getProperty("leverage.cache.dir", "target/test-cache"))).build()) {
            // As the README has it (Embedding, "What-if tools"):
        reach = Reach.of(ReachTarget.recommended("CALL_ON_BEIJING_FOR_DRASTIC_ACTION")).from(PolicyState.DEFAULTS)
                .vary(TALKS_WITH_PYONGYANG, END_JOINT_EXERCISES, PEACE_TREATY, SANCTIONS_RELIEF, DIPLOMATIC_RELATIONS,
                        RESPONSE_TO_OFFER).maxChanges(6).run(searcher);       // 4 minimal sets, of 6 changes each
        }

        assertThat(reach.sets()).hasSize(4).allSatisfy(set -> {
            assertThat(set.changes()).hasSize(6);
            assertThat(set.difference().phaseB()).isEqualTo(Phase.ENLIST_BEIJING);
        });
        String readme = Files.readString(Path.of(System.getProperty("leverage.project.dir", "")).resolve("README.md"));
        assertThat(readme).contains("""
                ReachResult reach = Reach.of(ReachTarget.recommended("CALL_ON_BEIJING_FOR_DRASTIC_ACTION")).from(PolicyState.DEFAULTS)
                        .vary(TALKS_WITH_PYONGYANG, END_JOINT_EXERCISES, PEACE_TREATY, SANCTIONS_RELIEF, DIPLOMATIC_RELATIONS,
                                RESPONSE_TO_OFFER).maxChanges(6).run(searcher);       // 4 minimal sets, of 6 changes each
                """);
    }

    @Test
    void aRefusalOfLessThanTheReasonableOfferKeepsWashingtonEngagingPyongyang() {
        PolicyState talksOnly = PolicyState.builder()
                .thaadDeployed(true)
                .talksWithPyongyang(Talks.OFFERED)
                .responseToOffer(OfferResponse.SPURNED)
                .build();
        Assessment assessment = ADVISOR.assess(talksOnly);

        assertThat(assessment.phase()).isEqualTo(Phase.ENGAGE_PYONGYANG);
        assertThat(assessment.recommendations()).extracting(Assessment.Recommendation::id).containsExactly(
                "OFFER_END_JOINT_EXERCISES", "OFFER_PEACE_TREATY", "OFFER_SANCTIONS_RELIEF",
                "OFFER_DIPLOMATIC_RELATIONS");
        assertThat(assessment.warnings()).extracting(Assessment.Warning::id).contains("OFFER_INCOMPLETE");
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
