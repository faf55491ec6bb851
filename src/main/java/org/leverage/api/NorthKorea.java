package org.leverage.api;

import java.util.Objects;

/**
 * Pyongyang's side of the policy state (contract §2).
 *
 * @param nuclearProgram  the nuclear weapons program
 * @param missileProgram  the ballistic missile program
 * @param responseToOffer Pyongyang's response to Washington's offer (¶8)
 * @param stability       how stable the North Korean state is (¶4–5)
 */
public record NorthKorea(Program nuclearProgram, Program missileProgram, OfferResponse responseToOffer,
                         Stability stability) {

    /** The contract §2 defaults. */
    public static final NorthKorea DEFAULTS =
            new NorthKorea(Program.ACTIVE, Program.ACTIVE, OfferResponse.NONE, Stability.STABLE);

    /**
     * Checks that no enum is missing.
     *
     * @param nuclearProgram  the nuclear weapons program
     * @param missileProgram  the ballistic missile program
     * @param responseToOffer Pyongyang's response to Washington's offer (¶8)
     * @param stability       how stable the North Korean state is (¶4–5)
     * @throws NullPointerException when any component is null
     */
    public NorthKorea {
        Objects.requireNonNull(nuclearProgram, "nuclearProgram must not be null");
        Objects.requireNonNull(missileProgram, "missileProgram must not be null");
        Objects.requireNonNull(responseToOffer, "responseToOffer must not be null");
        Objects.requireNonNull(stability, "stability must not be null");
    }

    /**
     * True when either weapons program is still active; when neither is, the state is out of scope (contract §6).
     *
     * @return true when the nuclear or the missile program is {@link Program#ACTIVE}
     */
    public boolean anyProgramActive() {
        return nuclearProgram == Program.ACTIVE || missileProgram == Program.ACTIVE;
    }
}
