package org.distsim.models.resilience;

/**
 * What the window limiters share: a limit per window, the window length, the admitted and refused
 * counts, and the check that time never runs backwards. Each subclass decides only whether one
 * request, at one instant, fits.
 */
public abstract class WindowLimiter implements RateLimiter {

    private final long limit;
    private final long windowNanos;
    private long lastNanos;
    private long admitted;
    private long rejected;

    /**
     * @param limit the most admissions per window, at least 1
     * @param windowNanos the window length in nanoseconds, positive
     */
    protected WindowLimiter(long limit, long windowNanos) {
        Times.positive("limit", limit);
        Times.positive("windowNanos", windowNanos);
        this.limit = limit;
        this.windowNanos = windowNanos;
    }

    @Override
    public final boolean tryAcquire(long nowNanos) {
        lastNanos = Times.advance(lastNanos, nowNanos);
        if (admit(nowNanos)) {
            admitted++;
            return true;
        }
        rejected++;
        return false;
    }

    /** Whether a request at {@code nowNanos} fits, counting it against the limit when it does. */
    protected abstract boolean admit(long nowNanos);

    public long limit() {
        return limit;
    }

    public long windowNanos() {
        return windowNanos;
    }

    @Override
    public final long admitted() {
        return admitted;
    }

    @Override
    public final long rejected() {
        return rejected;
    }
}
