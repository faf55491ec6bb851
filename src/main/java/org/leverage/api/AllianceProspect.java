package org.leverage.api;

/** Whether a unified Korea is expected to stay allied with the United States (¶6). */
public enum AllianceProspect {
    /**
     * A unified Korea would stay a U.S. ally, as Beijing fears (¶6); the default. With U.S. forces on the
     * peninsula, this lets US_BASES_IN_UNIFIED_KOREA be raised.
     */
    EXPECTED,
    /** A unified Korea would not be a U.S. ally, so US_BASES_IN_UNIFIED_KOREA is never raised. */
    RULED_OUT
}
