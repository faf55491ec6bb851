package org.leverage.rules;

import java.util.Objects;

/** The essay has nothing more to advise, for this reason (DOMAIN §6). */
public record OutOfScope(String reason) {
    public OutOfScope {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "out of scope: " + reason;
    }
}
