package org.leverage.api;

import java.util.Objects;

/**
 * The concessions Washington has offered Pyongyang (¶7).
 *
 * @param endJointExercises   an end to the annual joint exercises with Seoul
 * @param peaceTreaty         a treaty to replace the 1953 armistice
 * @param sanctionsRelief     sanctions lifted or greatly reduced
 * @param diplomaticRelations formal diplomatic relations
 */
public record OffersToPyongyang(boolean endJointExercises, boolean peaceTreaty,
                                SanctionsRelief sanctionsRelief, boolean diplomaticRelations) {

    /** Nothing offered: the contract §2 defaults. */
    public static final OffersToPyongyang NONE = new OffersToPyongyang(false, false, SanctionsRelief.NONE, false);

    /**
     * Checks that the sanctions relief is given; {@link SanctionsRelief#NONE} stands for none offered.
     *
     * @param endJointExercises   an end to the annual joint exercises with Seoul
     * @param peaceTreaty         a treaty to replace the 1953 armistice
     * @param sanctionsRelief     sanctions lifted or greatly reduced
     * @param diplomaticRelations formal diplomatic relations
     * @throws NullPointerException when {@code sanctionsRelief} is null
     */
    public OffersToPyongyang {
        Objects.requireNonNull(sanctionsRelief, "sanctionsRelief must not be null");
    }
}
