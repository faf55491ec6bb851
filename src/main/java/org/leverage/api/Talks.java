package org.leverage.api;

/** The state of bilateral talks between Washington and Pyongyang (¶7). */
public enum Talks {
    /** No talks offered; the default. Pyongyang's response must then be {@link OfferResponse#NONE}. */
    NONE,
    /** Washington has offered talks: OPEN_BILATERAL_TALKS is in place. */
    OFFERED,
    /** Talks are going on: OPEN_BILATERAL_TALKS is in place. */
    UNDERWAY
}
