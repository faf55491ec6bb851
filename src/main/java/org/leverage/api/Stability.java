package org.leverage.api;

/**
 * How stable the North Korean state is (¶4, ¶5). It sets the level of REGIME_COLLAPSE and the risks that follow
 * it (contract §3).
 */
public enum Stability {
    /** The regime holds; the default. A raised REGIME_COLLAPSE is LOW (HIGH while Beijing severs aid). */
    STABLE,
    /** Under strain: a raised REGIME_COLLAPSE is ELEVATED. */
    STRAINED,
    /** Coming apart: REGIME_COLLAPSE is raised whatever Beijing does, at HIGH. */
    UNRAVELING,
    /**
     * The state has collapsed: REGIME_COLLAPSE is MATERIALIZED (not raised if a peaceful unification follows), and
     * with no regime left to bargain with, the state is out of scope (contract §6).
     */
    COLLAPSED,
    /** Split among rival factions (¶5): as COLLAPSED, and LOOSE_NUCLEAR_ASSETS is MATERIALIZED too. */
    FRAGMENTED
}
