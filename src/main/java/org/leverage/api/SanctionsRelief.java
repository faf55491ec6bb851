package org.leverage.api;

/** Sanctions relief offered to Pyongyang: lifting, or at least greatly reducing (¶7). */
public enum SanctionsRelief {
    /** No relief offered; the default. */
    NONE,
    /** Sanctions cut deeply, ¶7's "at least greatly reducing"; counts toward the reasonable offer as LIFT does. */
    REDUCE,
    /** Sanctions lifted altogether. */
    LIFT
}
