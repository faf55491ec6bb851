package org.leverage.api;

/**
 * Whether, and how, the peninsula is being unified (¶6). Anything but {@link #NONE} needs a North that is
 * {@link Stability#COLLAPSED} or {@link Stability#FRAGMENTED}, and puts the state out of scope (contract §6).
 */
public enum Reunification {
    /** Korea stays divided; the default. */
    NONE,
    /**
     * The North dissolves peacefully into a Korea led by Seoul (¶6): none of the collapse risks, only
     * US_BASES_IN_UNIFIED_KOREA.
     */
    PEACEFUL_UNDER_SEOUL,
    /** Rival claimants fight over the North's territory. */
    CONTESTED
}
