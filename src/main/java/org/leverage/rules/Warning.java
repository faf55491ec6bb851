package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.WarningId;

/** The conclusion that a move in the state works against the essay's argument (DOMAIN §5). */
public record Warning(String id) {
    public Warning {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    /** The same, for an id of the built-in catalogue. */
    public Warning(WarningId id) {
        this(id.name());
    }

    @Override
    public String toString() {
        return "warning " + id;
    }
}
