package org.leverage.api;

/** The state of bilateral talks between Washington and Pyongyang (¶7). */
public enum Talks {
    NONE, OFFERED, UNDERWAY
}
