package org.distsim.models.resilience;

/**
 * Cloudflare's sliding-window counter: windows aligned at multiples of {@code windowNanos} from
 * time 0, a counter for the current window and one for the previous, and the estimate of the
 * requests in the window ending now {@code previous × (windowNanos − elapsed)/windowNanos +
 * current}, where {@code elapsed} is the time since the current window began. As in Cloudflare's
 * description, a request is admitted while the estimate before it is below {@code limit}; the test
 * is done in exact integer arithmetic, {@code previous·(W − elapsed) + current·W < limit·W}.
 *
 * <p>Admitting while the estimate is below the limit (rather than while the estimate including
 * the request stays within it) is what lets a window under steady overload take its last slot:
 * the previous window's term only vanishes at the very end of the window, so the stricter rule
 * would settle at {@code limit − 1} per window. The price is that the estimate can end up to one
 * request above the limit.
 *
 * <p>It needs two counters whatever the limit, but assumes the previous window's admissions were
 * spread evenly. When they were bunched late in the previous window it admits more than the exact
 * {@link SlidingLogLimiter} would; when they were bunched early, fewer.
 */
public final class SlidingWindowCounterLimiter extends WindowLimiter {

    private long windowIndex;
    private long currentCount;
    private long previousCount;

    /**
     * @param limit the most admissions per window, at least 1
     * @param windowNanos the window length in nanoseconds, positive; {@code (2·limit + 1)·windowNanos} must fit in a long
     */
    public SlidingWindowCounterLimiter(long limit, long windowNanos) {
        super(limit, windowNanos);
        if (!fits(limit, windowNanos)) {
            throw new IllegalArgumentException("limit × windowNanos must stay below 2^62 for exact arithmetic, got limit "
                    + limit + " and windowNanos " + windowNanos);
        }
    }

    /**
     * Whether {@code (2·limit + 1)·windowNanos} fits in a long, as the exact weighting of the two
     * counters needs; configurations check it when they are bound, so that a scenario that breaks it
     * is refused with its location rather than failing at run time.
     */
    public static boolean fits(long limit, long windowNanos) {
        return limit >= 1 && windowNanos >= 1 && limit <= (Long.MAX_VALUE / windowNanos - 1) / 2;
    }

    @Override
    protected boolean admit(long nowNanos) {
        long windowNanos = windowNanos();
        long index = nowNanos / windowNanos;
        if (index != windowIndex) {
            previousCount = index == windowIndex + 1 ? currentCount : 0;
            currentCount = 0;
            windowIndex = index;
        }
        long elapsed = nowNanos - index * windowNanos;
        if (previousCount * (windowNanos - elapsed) + currentCount * windowNanos < limit() * windowNanos) {
            currentCount++;
            return true;
        }
        return false;
    }
}
