package org.leverage.api;

/** The pressure Beijing applies to Pyongyang; only severing aid is decisive (¶3). */
public enum Pressure {
    /** Beijing keeps supplying the North as before; the default. */
    CAUTIOUS,
    /** Beijing trims its aid: not decisive (¶3), so with goal DENUCLEARIZATION LEVERAGE_OVERESTIMATED warns. */
    REDUCE_AID,
    /** Beijing holds its aid back for a while: not decisive either, with the same warning as REDUCE_AID. */
    DELAY_AID,
    /**
     * Beijing cuts its aid off altogether, the step ¶3 says is needed: the collapse risks are at least HIGH and
     * the ¶8 refugee pledges fall due, whatever the phase.
     */
    SEVER_AID
}
