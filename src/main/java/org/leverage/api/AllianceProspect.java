package org.leverage.api;

/** Whether a unified Korea is expected to stay allied with the United States (¶6). */
public enum AllianceProspect {
    EXPECTED, RULED_OUT
}
