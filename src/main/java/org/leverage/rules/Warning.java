package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.WarningId;

/** The conclusion that a move in the state works against the essay's argument (DOMAIN §5). */
public record Warning(WarningId id) {
    public Warning {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return "warning " + id;
    }
}
