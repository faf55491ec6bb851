package org.leverage.api;

/**
 * Pyongyang's response to Washington's offer (¶8): the offer as it stands now, since a state has no history. When
 * Washington improves an offer Pyongyang refused, set the response back to {@link #PENDING}.
 */
public enum OfferResponse {
    /** No answer yet, or nothing offered; the default, and the only value allowed while talks are NONE. */
    NONE,
    /** Pyongyang is weighing the offer. */
    PENDING,
    /** Pyongyang accepted: the essay has nothing more to advise, and the state is out of scope (contract §6). */
    ACCEPTED,
    /**
     * Pyongyang refused. After the whole reasonable offer (talks and all four ¶7 concessions) this moves the
     * assessment to {@link Phase#ENLIST_BEIJING}; after less, Washington keeps engaging and OFFER_INCOMPLETE warns.
     */
    SPURNED
}
