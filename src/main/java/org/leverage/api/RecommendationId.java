package org.leverage.api;

/**
 * The ids of the recommendations the built-in framework concludes (contract §4), for type-safe use in code. What
 * each says, to whom, how strongly, on which paragraphs and in what order lives in the framework's
 * {@code rules/catalogue.yaml}, where an analyst can read and correct it; an assessment carries it.
 */
public enum RecommendationId {
    /**
     * Open serious two-way talks with Pyongyang, as Beijing has long urged (¶7); in place once talks are OFFERED or
     * UNDERWAY.
     */
    OPEN_BILATERAL_TALKS,
    /** Offer to end the yearly joint military exercises with Seoul (¶7); in place when {@code endJointExercises}. */
    OFFER_END_JOINT_EXERCISES,
    /** Offer a peace treaty in place of the 1953 armistice (¶7); in place when {@code peaceTreaty}. */
    OFFER_PEACE_TREATY,
    /**
     * Offer to lift the sanctions or cut them deeply (¶7); in place when {@code sanctionsRelief} is REDUCE or LIFT.
     */
    OFFER_SANCTIONS_RELIEF,
    /** Offer formal diplomatic relations, ¶7's last concession; in place when {@code diplomaticRelations}. */
    OFFER_DIPLOMATIC_RELATIONS,
    /**
     * Ask Beijing to cut off the North's aid, credible once Pyongyang has spurned the reasonable offer (¶8); in
     * place when {@code askedForDrasticAction}.
     */
    CALL_ON_BEIJING_FOR_DRASTIC_ACTION,
    /** Pledge U.S. help with a refugee crisis in China (¶8); in place when {@code refugeeAid}. */
    COMMIT_REFUGEE_AID,
    /**
     * Ask Japan, South Korea and other allies to pledge refugee help too (¶8); addressed to
     * {@link Addressee#ALLIES}; in place when {@code alliedRefugeeAid}.
     */
    RALLY_ALLIED_REFUGEE_AID,
    /**
     * Commit in writing to take all U.S. forces and weapons off the peninsula, THAAD included when deployed (¶9);
     * in place only with a WRITTEN withdrawal that covers a deployed THAAD.
     */
    SIGN_WITHDRAWAL_AGREEMENT,
    /** Perhaps offer Beijing concessions on Taiwan or the South China Sea (¶9); in place when either is made. */
    CONSIDER_TAIWAN_SCS_CONCESSIONS
}
