package org.leverage.rules;

import java.util.Objects;

/**
 * Beijing severing the North's aid is on the table, for this reason: Washington's goal needs it, Beijing has
 * been or can now credibly be asked for it, or Beijing is doing it (DOMAIN §3). The risks of ¶4–6 follow.
 */
public record SeveringOnTable(String reason) {
    public SeveringOnTable {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "severing aid is on the table: " + reason;
    }
}
