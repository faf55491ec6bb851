package org.leverage.api;

/** Washington's commitment to withdraw its forces and weapons from the peninsula (¶6, ¶9). */
public enum Withdrawal {
    NONE, VERBAL, WRITTEN
}
