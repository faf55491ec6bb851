package org.leverage.api;

/** Whether, and how, the peninsula is being unified (¶6). */
public enum Reunification {
    NONE, PEACEFUL_UNDER_SEOUL, CONTESTED
}
