package org.leverage.api;

/** Washington's commitment to withdraw its forces and weapons from the peninsula (¶6, ¶9). */
public enum Withdrawal {
    /** No commitment; the default. {@code withdrawalIncludesThaad} must then be false. */
    NONE,
    /**
     * A spoken promise: it answers nothing, since ¶9 wants the agreement on paper, and
     * VERBAL_ASSURANCE_INSUFFICIENT warns.
     */
    VERBAL,
    /**
     * A written agreement (¶9): answers US_BASES_IN_UNIFIED_KOREA, and THAAD_RADAR too when it includes THAAD.
     */
    WRITTEN
}
