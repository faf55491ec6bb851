package org.leverage.api;

/**
 * What kind of thing one of Beijing's concerns is (contract §3), which decides how reports show it: a premise is
 * never "open", and a residual risk is never "answered" (the essay pays Beijing to accept it, ¶8).
 */
public enum ConcernKind {
    /** Washington's own requirement, the ground the argument stands on (¶3); shown as a premise. */
    PREMISE,
    /** A worry of Beijing's that a named incentive answers; answered, answered in part, or open. */
    CONCERN,
    /** A risk no incentive removes; Beijing is paid to accept it, not relieved of it (¶8). */
    RESIDUAL_RISK
}
