package org.leverage.api;

/** Who a recommendation is addressed to. */
public enum Addressee {
    PYONGYANG, BEIJING, ALLIES
}
