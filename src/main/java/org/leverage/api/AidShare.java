package org.leverage.api;

/** China's share of North Korea's food and energy supplies (¶3). */
public enum AidShare {
    /** A small share: Beijing's leverage is slight, and the warning LEVERAGE_PREMISE_WEAKENED applies. */
    SMALL,
    /** A moderate share: leverage, but less than the essay assumes; LEVERAGE_PREMISE_WEAKENED applies. */
    MODERATE,
    /** Most of the North's food and energy, as the essay has it (¶3); the default. */
    LARGE
}
