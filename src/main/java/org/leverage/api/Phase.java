package org.leverage.api;

/**
 * The stage of the essay's sequence an assessment is in: engage Pyongyang first (¶7), then enlist Beijing (¶8);
 * NONE when out of scope.
 */
public enum Phase {
    /** Talk to Pyongyang and offer it concessions (¶7); the phase in scope until the reasonable offer is spurned. */
    ENGAGE_PYONGYANG,
    /**
     * Pyongyang has spurned the reasonable offer, so Washington can credibly ask Beijing to cut off its aid, and
     * must pay Beijing to bear the risks (¶8–9).
     */
    ENLIST_BEIJING,
    /** Out of scope (contract §6): the essay has nothing to advise and nothing is recommended. */
    NONE
}
