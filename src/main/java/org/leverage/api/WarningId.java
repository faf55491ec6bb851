package org.leverage.api;

/**
 * The ids of the warnings the built-in framework concludes (contract §5), for type-safe use in code. Each one's
 * wording and paragraphs live in the framework's {@code rules/catalogue.yaml}; an assessment carries them.
 */
public enum WarningId {
    /** Washington presses Beijing to act while offering it nothing meaningful in return, which gets nowhere (¶10). */
    DEMANDS_WITHOUT_INCENTIVES,
    /**
     * Washington signals a military option: threats alarm Beijing but are unlikely to move it (¶1, ¶2). Applies
     * even out of scope.
     */
    HAWKISH_POSTURING,
    /**
     * Goal DENUCLEARIZATION while Beijing only reduces or delays aid: only severing it could serve that goal, and
     * even that is no guarantee (¶2, ¶3).
     */
    LEVERAGE_OVERESTIMATED,
    /**
     * Beijing has been asked to cut off aid outside the ENLIST_BEIJING phase, before Pyongyang spurned the
     * reasonable offer (¶8).
     */
    PREMATURE_CALL_ON_BEIJING,
    /** Pyongyang spurned an offer short of the reasonable one, so a call on Beijing is not credible yet (¶7, ¶8). */
    OFFER_INCOMPLETE,
    /**
     * The withdrawal promised is only VERBAL; ¶9 wants it on paper (an inference, with ¶6). Applies even out of
     * scope.
     */
    VERBAL_ASSURANCE_INSUFFICIENT,
    /** A WRITTEN withdrawal leaves a deployed THAAD out (¶9). Applies even out of scope. */
    THAAD_LEFT_OUT,
    /** China's {@code aidShare} is SMALL or MODERATE, which weakens the case for enlisting Beijing (¶3). */
    LEVERAGE_PREMISE_WEAKENED
}
