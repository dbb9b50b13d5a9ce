package org.distsim.models.resilience;

/**
 * The exact sliding-window limiter: at most {@code limit} admissions in any window {@code (t −
 * windowNanos, t]}. It keeps the times of the last {@code limit} admissions in a ring; a request is
 * admitted when fewer than {@code limit} have been admitted so far or the oldest of the last
 * {@code limit} lies outside the window ending now. Constant time per request, {@code limit} longs
 * of memory (hence {@link #MAX_LIMIT}).
 */
public final class SlidingLogLimiter extends WindowLimiter {

    /** The largest limit accepted, to bound the memory of the log. */
    public static final int MAX_LIMIT = 10_000_000;

    private final int slots;
    private final long[] admissionTimes;
    /** The slot of the oldest remembered admission, which is also where the next one goes once full. */
    private int oldest;
    private int remembered;

    /**
     * @param limit the most admissions in any window, in {@code [1, MAX_LIMIT]}
     * @param windowNanos the window length in nanoseconds, positive
     */
    public SlidingLogLimiter(int limit, long windowNanos) {
        super(checked(limit), windowNanos);
        this.slots = limit;
        this.admissionTimes = new long[limit];
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return limit;
    }

    @Override
    protected boolean admit(long nowNanos) {
        if (remembered < slots) {
            admissionTimes[(oldest + remembered) % slots] = nowNanos;
            remembered++;
            return true;
        }
        if (nowNanos - admissionTimes[oldest] >= windowNanos()) {
            admissionTimes[oldest] = nowNanos;
            oldest = (oldest + 1) % slots;
            return true;
        }
        return false;
    }
}
