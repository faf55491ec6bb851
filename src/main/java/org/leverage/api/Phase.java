package org.leverage.api;

/** The stage of the essay's sequence an assessment is in: engage Pyongyang first (¶7), then enlist Beijing (¶8); NONE when out of scope. */
public enum Phase {
    ENGAGE_PYONGYANG, ENLIST_BEIJING, NONE
}
