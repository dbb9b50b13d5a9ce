package org.distsim.models.resilience;

/**
 * At most {@code limit} admissions per window, windows aligned at multiples of {@code windowNanos}
 * from time 0. The simplest limiter, and the one with the boundary problem: {@code limit}
 * admissions at the end of one window and {@code limit} more at the start of the next put {@code
 * 2·limit} into an interval barely longer than an instant.
 */
public final class FixedWindowLimiter implements RateLimiter {

    private final long limit;
    private final long windowNanos;
    private long windowIndex;
    private long count;
    private long lastNanos;
    private long admitted;
    private long rejected;

    /**
     * @param limit the most admissions per window, at least 1
     * @param windowNanos the window length in nanoseconds, positive
     */
    public FixedWindowLimiter(long limit, long windowNanos) {
        Times.positive("limit", limit);
        Times.positive("windowNanos", windowNanos);
        this.limit = limit;
        this.windowNanos = windowNanos;
    }

    @Override
    public boolean tryAcquire(long nowNanos) {
        lastNanos = Times.advance(lastNanos, nowNanos);
        long index = nowNanos / windowNanos;
        if (index != windowIndex) {
            windowIndex = index;
            count = 0;
        }
        if (count < limit) {
            count++;
            admitted++;
            return true;
        }
        rejected++;
        return false;
    }

    public long limit() {
        return limit;
    }

    public long windowNanos() {
        return windowNanos;
    }

    @Override
    public long admitted() {
        return admitted;
    }

    @Override
    public long rejected() {
        return rejected;
    }
}
