package org.leverage.api;

/**
 * The ids of Beijing's concerns the built-in framework concludes (contract §3), for type-safe use in code. Each
 * one's kind, wording, paragraphs and what answers it live in the framework's {@code rules/catalogue.yaml}; an
 * assessment carries them.
 */
public enum ConcernId {
    /**
     * The premise (¶3): only cutting off the North's aid could end its programs. Raised in scope with goal
     * DENUCLEARIZATION and a program ACTIVE; never answered, never open.
     */
    DECISIVE_PRESSURE_NEEDED,
    /**
     * The North coming apart if cut off (¶4), a residual risk. Raised when a cut-off is in prospect or the North is
     * already UNRAVELING, COLLAPSED or FRAGMENTED; its level follows {@code northKorea.stability}.
     */
    REGIME_COLLAPSE,
    /**
     * Refugees fleeing into China (¶4). Raised with REGIME_COLLAPSE, at its level; answered by COMMIT_REFUGEE_AID
     * and RALLY_ALLIED_REFUGEE_AID together, in part by one of them.
     */
    REFUGEE_FLOW,
    /**
     * A regime with nothing left to lose starting a war (¶5), a residual risk. Raised with REGIME_COLLAPSE, at its
     * level but no higher than HIGH.
     */
    MILITARY_LASHOUT,
    /**
     * Factions fighting over the nuclear and missile assets (¶5), a residual risk. Raised with REGIME_COLLAPSE, at
     * its level but no higher than HIGH, except MATERIALIZED when the North is FRAGMENTED.
     */
    LOOSE_NUCLEAR_ASSETS,
    /**
     * A unified Korea allied to Washington, perhaps hosting U.S. bases, on China's border (¶6). Raised with
     * REGIME_COLLAPSE or a reunification, while U.S. forces are on the peninsula and the alliance is EXPECTED;
     * answered only by a WRITTEN withdrawal (SIGN_WITHDRAWAL_AGREEMENT).
     */
    US_BASES_IN_UNIFIED_KOREA,
    /**
     * THAAD's radars turned against China's deterrent (¶9). Raised, at HIGH, while THAAD is deployed; answered by a
     * WRITTEN withdrawal that includes THAAD.
     */
    THAAD_RADAR,
    /**
     * Beijing's reluctance to take the risks (¶2, ¶4). Raised in scope with REGIME_COLLAPSE while Beijing is not
     * severing aid; answered only when every ¶8–9 incentive is in place.
     */
    CHINA_RELUCTANT
}
