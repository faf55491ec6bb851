package org.leverage.api;

import java.util.Objects;

/**
 * What Washington has committed to Beijing to pay for its risks (¶8–9).
 *
 * @param refugeeAid               U.S. help with a refugee crisis if the North collapses
 * @param alliedRefugeeAid         Japan, South Korea and other allies asked to help too
 * @param withdrawal               a commitment to withdraw all U.S. forces and weapons from the peninsula
 * @param withdrawalIncludesThaad  the withdrawal names THAAD
 * @param taiwanConcessions        concessions on Taiwan
 * @param southChinaSeaConcessions concessions on the South China Sea
 */
public record CommitmentsToBeijing(boolean refugeeAid, boolean alliedRefugeeAid, Withdrawal withdrawal,
                                   boolean withdrawalIncludesThaad, boolean taiwanConcessions,
                                   boolean southChinaSeaConcessions) {

    /** Nothing committed: the contract §2 defaults. */
    public static final CommitmentsToBeijing NONE =
            new CommitmentsToBeijing(false, false, Withdrawal.NONE, false, false, false);

    /**
     * Checks that the withdrawal is given; {@link Withdrawal#NONE} stands for none promised.
     *
     * @param refugeeAid               U.S. help with a refugee crisis if the North collapses
     * @param alliedRefugeeAid         Japan, South Korea and other allies asked to help too
     * @param withdrawal               a commitment to withdraw all U.S. forces and weapons from the peninsula
     * @param withdrawalIncludesThaad  the withdrawal names THAAD
     * @param taiwanConcessions        concessions on Taiwan
     * @param southChinaSeaConcessions concessions on the South China Sea
     * @throws NullPointerException when {@code withdrawal} is null
     */
    public CommitmentsToBeijing {
        Objects.requireNonNull(withdrawal, "withdrawal must not be null");
    }

    /**
     * True when any commitment at all has been made; demands without one are a nonstarter (¶10).
     *
     * @return true when any flag is set or a withdrawal, even a VERBAL one, is promised; {@code
     *         withdrawalIncludesThaad} alone does not count
     */
    public boolean anyMade() {
        return refugeeAid || alliedRefugeeAid || withdrawal != Withdrawal.NONE
                || taiwanConcessions || southChinaSeaConcessions;
    }
}
