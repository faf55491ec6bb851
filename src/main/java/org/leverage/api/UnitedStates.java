package org.leverage.api;

import java.util.Objects;

/**
 * Washington's side of the policy state (contract §2).
 *
 * @param goal                   what Washington wants from Pyongyang
 * @param approachToChina        demands or incentives
 * @param militaryOptionSignaled "all options on the table" (¶1)
 * @param forcesOnPeninsula      U.S. troops and weapons in South Korea
 * @param thaadDeployed          THAAD is deployed on the peninsula
 * @param talksWithPyongyang     the state of bilateral talks
 * @param offersToPyongyang      the concessions offered to Pyongyang
 * @param commitmentsToBeijing   the commitments made to Beijing
 */
public record UnitedStates(Goal goal, Approach approachToChina, boolean militaryOptionSignaled,
                           boolean forcesOnPeninsula, boolean thaadDeployed, Talks talksWithPyongyang,
                           OffersToPyongyang offersToPyongyang, CommitmentsToBeijing commitmentsToBeijing) {

    /** The contract §2 defaults. */
    public static final UnitedStates DEFAULTS = new UnitedStates(Goal.DENUCLEARIZATION, Approach.DEMANDS, false,
            true, false, Talks.NONE, OffersToPyongyang.NONE, CommitmentsToBeijing.NONE);

    /**
     * Checks that no enum or nested record is missing.
     *
     * @param goal                   what Washington wants from Pyongyang
     * @param approachToChina        demands or incentives
     * @param militaryOptionSignaled "all options on the table" (¶1)
     * @param forcesOnPeninsula      U.S. troops and weapons in South Korea
     * @param thaadDeployed          THAAD is deployed on the peninsula
     * @param talksWithPyongyang     the state of bilateral talks
     * @param offersToPyongyang      the concessions offered to Pyongyang
     * @param commitmentsToBeijing   the commitments made to Beijing
     * @throws NullPointerException when {@code goal}, {@code approachToChina}, {@code talksWithPyongyang},
     *                              {@code offersToPyongyang} or {@code commitmentsToBeijing} is null
     */
    public UnitedStates {
        Objects.requireNonNull(goal, "goal must not be null");
        Objects.requireNonNull(approachToChina, "approachToChina must not be null");
        Objects.requireNonNull(talksWithPyongyang, "talksWithPyongyang must not be null");
        Objects.requireNonNull(offersToPyongyang, "offersToPyongyang must not be null");
        Objects.requireNonNull(commitmentsToBeijing, "commitmentsToBeijing must not be null");
    }
}
