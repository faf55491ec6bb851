package org.leverage.api;

/** How pressing one of Beijing's concerns is, lowest first (contract §3). */
public enum Level {
    /** In prospect only: for REGIME_COLLAPSE, a STABLE North that nobody is cutting off. */
    LOW,
    /** Closer: for REGIME_COLLAPSE, a STRAINED North. */
    ELEVATED,
    /**
     * Pressing: for REGIME_COLLAPSE, an UNRAVELING North or Beijing severing aid. Also the ceiling of risks a
     * state cannot show happening (a war, a fight over the arsenal), and the level of the premise and THAAD_RADAR.
     */
    HIGH,
    /** It has happened, as the state shows (a COLLAPSED or FRAGMENTED North); reports tell it as a fact. */
    MATERIALIZED;

    /**
     * True when this level is more pressing than {@code other}; rules use it to find the highest.
     *
     * @param other the level to compare with
     * @return true when this level comes strictly after {@code other}; false when they are equal
     */
    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }

    /**
     * This level, or {@code ceiling} when this one is above it. Risks that follow a collapse stop at HIGH
     * because the state can show a collapse but says nothing of a war or a fight over the arsenal (contract §3).
     *
     * @param ceiling the highest level allowed
     * @return the lower of this level and {@code ceiling}
     */
    public Level atMost(Level ceiling) {
        return isAbove(ceiling) ? ceiling : this;
    }
}
