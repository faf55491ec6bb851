package org.leverage.api;

/** The essay's own strength of a recommendation, strongest first (contract §4). */
public enum Modality {
    /** The first thing to do (¶7). */
    FIRST_STEP,
    /** The least Washington would have to offer (¶8). */
    AT_MINIMUM,
    /** Now credible, where it was not before (¶8). */
    NOW_CREDIBLE,
    /** What the essay says Washington should be willing to offer (¶7). */
    SHOULD,
    /** What would likely be needed (¶9). */
    LIKELY_NEEDED,
    /** Worth considering, perhaps (¶9). */
    CONSIDER
}
