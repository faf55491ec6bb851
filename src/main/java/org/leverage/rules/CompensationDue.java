package org.leverage.rules;

import java.util.Objects;

/**
 * Beijing is being asked, or is about, to bear the risks of severing the North's aid, so Washington must pay
 * for them (¶8–9): the trigger of the refugee and withdrawal commitments.
 */
public record CompensationDue(String reason) {
    public CompensationDue {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "Beijing's risks must be paid for: " + reason;
    }
}
