package org.leverage.api;

/** What Washington wants from Pyongyang (contract §2, ¶3). */
public enum Goal {
    DENUCLEARIZATION, FREEZE
}
