package org.distsim.models.resilience;

/**
 * At most {@code limit} admissions per window, windows aligned at multiples of {@code windowNanos}
 * from time 0. The simplest limiter, and the one with the boundary problem: {@code limit}
 * admissions at the end of one window and {@code limit} more at the start of the next put {@code
 * 2·limit} into an interval barely longer than an instant.
 */
public final class FixedWindowLimiter extends WindowLimiter {

    private long windowIndex;
    private long count;

    /**
     * @param limit the most admissions per window, at least 1
     * @param windowNanos the window length in nanoseconds, positive
     */
    public FixedWindowLimiter(long limit, long windowNanos) {
        super(limit, windowNanos);
    }

    @Override
    protected boolean admit(long nowNanos) {
        long index = nowNanos / windowNanos();
        if (index != windowIndex) {
            windowIndex = index;
            count = 0;
        }
        if (count < limit()) {
            count++;
            return true;
        }
        return false;
    }
}
