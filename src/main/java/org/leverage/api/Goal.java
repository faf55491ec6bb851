package org.leverage.api;

/** What Washington wants from Pyongyang (DOMAIN §2, ¶3). */
public enum Goal {
    DENUCLEARIZATION, FREEZE
}
