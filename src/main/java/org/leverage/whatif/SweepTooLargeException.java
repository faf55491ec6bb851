package org.leverage.whatif;

import java.math.BigInteger;

/** A sweep over more combinations than its limit allows; thrown before any combination is assessed. */
public final class SweepTooLargeException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final BigInteger combinations;
    private final long limit;

    SweepTooLargeException(BigInteger combinations, long limit) {
        super(String.format(java.util.Locale.ROOT, "%,d combinations, more than the limit of %,d", combinations, limit));
        this.combinations = combinations;
        this.limit = limit;
    }

    /** The exact number of combinations the sweep would have assessed. */
    public BigInteger combinations() {
        return combinations;
    }

    /** The limit it exceeds. */
    public long limit() {
        return limit;
    }
}
