package org.leverage.api;

/** Sanctions relief offered to Pyongyang: lifting, or at least greatly reducing (¶7). */
public enum SanctionsRelief {
    NONE, REDUCE, LIFT
}
