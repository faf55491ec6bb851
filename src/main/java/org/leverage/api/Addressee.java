package org.leverage.api;

/** Who a recommendation is addressed to. */
public enum Addressee {
    /** The North Korean government: the talks and concessions of ¶7. */
    PYONGYANG,
    /** The Chinese government: the call to cut off the North's aid and the incentives that pay for it (¶8–9). */
    BEIJING,
    /** Tokyo, Seoul and Washington's other allies in the region, asked to pledge refugee help as well (¶8). */
    ALLIES
}
