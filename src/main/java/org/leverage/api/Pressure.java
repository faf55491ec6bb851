package org.leverage.api;

/** The pressure Beijing applies to Pyongyang; only severing aid is decisive (¶3). */
public enum Pressure {
    CAUTIOUS, REDUCE_AID, DELAY_AID, SEVER_AID
}
