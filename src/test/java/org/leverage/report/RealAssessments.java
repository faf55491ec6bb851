package org.leverage.report;

import java.time.LocalDate;
import java.util.List;
import org.leverage.TestAdvisors;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.AidShare;
import org.leverage.api.Approach;
import org.leverage.api.Assessment;
import org.leverage.api.OfferResponse;
import org.leverage.api.PolicyState;
import org.leverage.api.SanctionsRelief;
import org.leverage.api.Stability;
import org.leverage.api.Talks;
import org.leverage.api.Withdrawal;
import org.leverage.scenario.DeclaredIds;
import org.leverage.scenario.ScenarioCase;
import org.leverage.scenario.ScenarioReader;

/** Assessments made by the built-in framework from the clone's rules/, for tests that want the engine's own chains. */
final class RealAssessments {

    private RealAssessments() {
    }

    /** Compiled on first use, once for every test class that asks. */
    private static final class Holder {
        static final Advisor ADVISOR = TestAdvisors.builtIn();
    }

    static Assessment of(PolicyState state) {
        return Holder.ADVISOR.assess(state);
    }

    /** The README's example: every offer made to Pyongyang, which spurned them; THAAD deployed. */
    static Assessment pyongyangSaysNo() {
        return of(PolicyState.builder()
                .label("Pyongyang says no")
                .approachToChina(Approach.INCENTIVES)
                .thaadDeployed(true)
                .talksWithPyongyang(Talks.OFFERED)
                .endJointExercises(true)
                .peaceTreaty(true)
                .sanctionsRelief(SanctionsRelief.REDUCE)
                .diplomaticRelations(true)
                .responseToOffer(OfferResponse.SPURNED)
                .build());
    }

    /**
     * Pyongyang spurned every offer; Washington has since pledged refugee aid (not yet the allies') and signed a
     * written withdrawal that leaves the deployed THAAD out, while still signalling force, and China's share of the
     * North's aid is moderate: a concern of every kind and status (the premise, three residual risks, U.S. bases
     * answered, the refugee flow and Beijing's reluctance answered in part, THAAD open) and three warnings.
     */
    static Assessment pledged() {
        return of(PolicyState.builder()
                .label("Pyongyang says no; refugee aid and a written withdrawal without THAAD pledged")
                .asOf(LocalDate.of(2017, 6, 1))
                .approachToChina(Approach.INCENTIVES)
                .militaryOptionSignaled(true)
                .thaadDeployed(true)
                .talksWithPyongyang(Talks.OFFERED)
                .endJointExercises(true)
                .peaceTreaty(true)
                .sanctionsRelief(SanctionsRelief.REDUCE)
                .diplomaticRelations(true)
                .refugeeAid(true)
                .withdrawal(Withdrawal.WRITTEN)
                .withdrawalIncludesThaad(false)
                .aidShare(AidShare.MODERATE)
                .stability(Stability.STRAINED)
                .responseToOffer(OfferResponse.SPURNED)
                .build());
    }

    /** The given state of every scenario of the clone's scenarios/ folder. */
    static List<ScenarioCase> projectScenarios() {
        return ScenarioReader.readAll(List.of(TestPaths.scenarios()), DeclaredIds.of(Holder.ADVISOR));
    }
}
