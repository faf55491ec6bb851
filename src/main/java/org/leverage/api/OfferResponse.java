package org.leverage.api;

/** Pyongyang's response to Washington's offer (¶8). */
public enum OfferResponse {
    NONE, PENDING, ACCEPTED, SPURNED
}
