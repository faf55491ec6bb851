package org.leverage.api;

/** The status of a North Korean weapons program. */
public enum Program {
    ACTIVE, FROZEN, ABANDONED
}
