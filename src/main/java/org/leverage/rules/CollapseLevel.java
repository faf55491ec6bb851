package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.Level;

/** How close a collapse of the North is, as the state stands (DOMAIN §3): the level the collapse risks take. */
public record CollapseLevel(Level level) {
    public CollapseLevel {
        Objects.requireNonNull(level, "level");
    }

    @Override
    public String toString() {
        return "a collapse is " + switch (level) {
            case LOW -> "far off";
            case ELEVATED -> "nearer";
            case HIGH -> "close";
            case MATERIALIZED -> "here";
        } + " (" + level + ")";
    }
}
