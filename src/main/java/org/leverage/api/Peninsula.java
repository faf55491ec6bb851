package org.leverage.api;

import java.util.Objects;

/**
 * The peninsula as a whole (contract §2, ¶6).
 *
 * @param reunification               whether, and how, Korea is being unified
 * @param usAllianceWithUnifiedKorea  whether a unified Korea would stay allied with Washington
 */
public record Peninsula(Reunification reunification, AllianceProspect usAllianceWithUnifiedKorea) {

    /** The contract §2 defaults. */
    public static final Peninsula DEFAULTS = new Peninsula(Reunification.NONE, AllianceProspect.EXPECTED);

    /**
     * Checks that no enum is missing.
     *
     * @param reunification              whether, and how, Korea is being unified
     * @param usAllianceWithUnifiedKorea whether a unified Korea would stay allied with Washington
     * @throws NullPointerException when either component is null
     */
    public Peninsula {
        Objects.requireNonNull(reunification, "reunification must not be null");
        Objects.requireNonNull(usAllianceWithUnifiedKorea, "usAllianceWithUnifiedKorea must not be null");
    }
}
