package org.leverage.api;

/** The status of a North Korean weapons program. */
public enum Program {
    /** Going ahead; the default. While either program is ACTIVE the essay has advice to give. */
    ACTIVE,
    /** Halted but not given up. */
    FROZEN,
    /** Given up. With both programs FROZEN or ABANDONED the state is out of scope (contract §6). */
    ABANDONED
}
