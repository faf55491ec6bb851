package org.leverage.rules;

import java.util.Objects;

/**
 * The least Washington must pay for Beijing's risks, ¶8's refugee pledges, is due, for this reason: Beijing is
 * being enlisted, or is already severing aid. The ¶9 incentives are due only when Beijing is enlisted, so their
 * rules read the phase instead (DOMAIN §4, "When the payments are due").
 */
public record CompensationDue(String reason) {
    public CompensationDue {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "the refugee pledges are due: " + reason;
    }
}
