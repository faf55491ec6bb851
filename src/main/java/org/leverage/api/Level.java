package org.leverage.api;

/** How pressing one of Beijing's concerns is, lowest first (contract §3). */
public enum Level {
    LOW, ELEVATED, HIGH, MATERIALIZED;

    /** True when this level is more pressing than {@code other}; rules use it to find the highest. */
    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }

    /**
     * This level, or {@code ceiling} when this one is above it. Risks that follow a collapse stop at HIGH
     * because the state can show a collapse but says nothing of a war or a fight over the arsenal (contract §3).
     */
    public Level atMost(Level ceiling) {
        return isAbove(ceiling) ? ceiling : this;
    }
}
