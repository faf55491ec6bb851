package org.leverage.api;

/**
 * The ids of the recommendations the built-in framework concludes (contract §4), for type-safe use in code. What
 * each says, to whom, how strongly, on which paragraphs and in what order lives in the framework's
 * {@code rules/catalogue.yaml}, where an analyst can read and correct it; an assessment carries it.
 */
public enum RecommendationId {
    OPEN_BILATERAL_TALKS,
    OFFER_END_JOINT_EXERCISES,
    OFFER_PEACE_TREATY,
    OFFER_SANCTIONS_RELIEF,
    OFFER_DIPLOMATIC_RELATIONS,
    CALL_ON_BEIJING_FOR_DRASTIC_ACTION,
    COMMIT_REFUGEE_AID,
    RALLY_ALLIED_REFUGEE_AID,
    SIGN_WITHDRAWAL_AGREEMENT,
    CONSIDER_TAIWAN_SCS_CONCESSIONS
}
