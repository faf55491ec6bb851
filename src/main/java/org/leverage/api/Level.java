package org.leverage.api;

/** How pressing one of Beijing's concerns is, lowest first (DOMAIN §3). */
public enum Level {
    LOW, ELEVATED, HIGH, MATERIALIZED;

    /** True when this level is more pressing than {@code other}; rules use it to find the highest. */
    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }

    /** The level of a regime collapse given how stable the North is (DOMAIN §3, ¶4–5). */
    public static Level ofRegimeCollapse(Stability stability) {
        return switch (stability) {
            case STABLE -> LOW;
            case STRAINED -> ELEVATED;
            case UNRAVELING -> HIGH;
            case COLLAPSED, FRAGMENTED -> MATERIALIZED;
        };
    }
}
