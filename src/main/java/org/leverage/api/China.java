package org.leverage.api;

import java.util.Objects;

/**
 * Beijing's side of the policy state (contract §2).
 *
 * @param aidShare              China's share of the North's food and energy (¶3)
 * @param pressureOnPyongyang   how hard Beijing presses Pyongyang (¶3)
 * @param askedForDrasticAction Washington has called on Beijing to sever aid (¶8)
 */
public record China(AidShare aidShare, Pressure pressureOnPyongyang, boolean askedForDrasticAction) {

    /** The contract §2 defaults. */
    public static final China DEFAULTS = new China(AidShare.LARGE, Pressure.CAUTIOUS, false);

    /**
     * Checks that no enum is missing.
     *
     * @param aidShare              China's share of the North's food and energy (¶3)
     * @param pressureOnPyongyang   how hard Beijing presses Pyongyang (¶3)
     * @param askedForDrasticAction Washington has called on Beijing to sever aid (¶8)
     * @throws NullPointerException when {@code aidShare} or {@code pressureOnPyongyang} is null
     */
    public China {
        Objects.requireNonNull(aidShare, "aidShare must not be null");
        Objects.requireNonNull(pressureOnPyongyang, "pressureOnPyongyang must not be null");
    }
}
