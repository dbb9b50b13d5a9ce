package org.distsim.models.resilience;

import java.util.Arrays;

/**
 * A retry budget in the manner of Finagle's {@code RetryBudget}: a retry is allowed only while the
 * retries in the recent window, counting it, stay within {@code retryRatio} times the requests in
 * that window plus a reserve of {@code minRetriesPerSecond × window}, the floor that lets a client
 * with little traffic still retry. Each original request is reported with {@link
 * #onRequest(long)}; retries are asked for with {@link #tryRetry(long)} and do not count as
 * requests, so in any window retries stay below {@code retryRatio × requests + reserve}.
 *
 * <p>The window is kept as {@value #SLICES} slices of {@code windowNanos / SLICES} each, as
 * Finagle's windowed counters do: the window at time {@code t} is the slice holding {@code t} and
 * the {@code SLICES − 1} slices before it, so it covers between {@code (SLICES − 1)/SLICES} of the
 * window and all of it. Constant memory and constant time per call.
 */
public final class RetryBudget {

    /** The number of slices the window is cut into. */
    public static final int SLICES = 10;

    private final double retryRatio;
    private final double minRetriesPerSecond;
    private final long sliceNanos;
    private final double reserve;

    private final long[] sliceIds = new long[SLICES];
    private final long[] requestsPerSlice = new long[SLICES];
    private final long[] retriesPerSlice = new long[SLICES];

    private long lastNanos;
    private long requests;
    private long retries;
    private long refusedRetries;

    /**
     * @param retryRatio retries allowed per request, finite and {@code >= 0} (Finagle's default is 0.2)
     * @param minRetriesPerSecond the floor, finite and {@code >= 0} (Finagle's default is 10)
     * @param windowNanos the window, at least {@value #SLICES} ns (Finagle's default is 10 s); rounded
     *     down to a multiple of {@value #SLICES}
     */
    public RetryBudget(double retryRatio, double minRetriesPerSecond, long windowNanos) {
        if (!Double.isFinite(retryRatio) || retryRatio < 0) {
            throw new IllegalArgumentException("retryRatio must be a finite number >= 0, got " + retryRatio);
        }
        if (!Double.isFinite(minRetriesPerSecond) || minRetriesPerSecond < 0) {
            throw new IllegalArgumentException(
                    "minRetriesPerSecond must be a finite number >= 0, got " + minRetriesPerSecond);
        }
        if (windowNanos < SLICES) {
            throw new IllegalArgumentException("windowNanos must be at least " + SLICES + ", got " + windowNanos);
        }
        this.retryRatio = retryRatio;
        this.minRetriesPerSecond = minRetriesPerSecond;
        this.sliceNanos = windowNanos / SLICES;
        this.reserve = minRetriesPerSecond * (sliceNanos * SLICES / 1e9);
        Arrays.fill(sliceIds, -1);
    }

    /** Finagle's defaults: 20 % of requests, at least 10 retries per second, over 10 seconds. */
    public static RetryBudget finagleDefaults() {
        return new RetryBudget(0.2, 10, 10_000_000_000L);
    }

    /** Deposits one original request (not a retry) made at {@code nowNanos}. */
    public void onRequest(long nowNanos) {
        int slot = advance(nowNanos);
        requestsPerSlice[slot]++;
        requests++;
    }

    /** Whether a retry may be made at {@code nowNanos}; if so, it is withdrawn from the budget. */
    public boolean tryRetry(long nowNanos) {
        int slot = advance(nowNanos);
        long windowRequests = 0;
        long windowRetries = 0;
        for (int i = 0; i < SLICES; i++) {
            windowRequests += requestsPerSlice[i];
            windowRetries += retriesPerSlice[i];
        }
        if (windowRetries + 1 <= retryRatio * windowRequests + reserve) {
            retriesPerSlice[slot]++;
            retries++;
            return true;
        }
        refusedRetries++;
        return false;
    }

    public double retryRatio() {
        return retryRatio;
    }

    public double minRetriesPerSecond() {
        return minRetriesPerSecond;
    }

    /** The window actually used, {@code SLICES × sliceNanos}. */
    public long windowNanos() {
        return sliceNanos * SLICES;
    }

    /** Original requests deposited so far. */
    public long requests() {
        return requests;
    }

    /** Retries allowed so far. */
    public long retries() {
        return retries;
    }

    /** Retries refused so far. */
    public long refusedRetries() {
        return refusedRetries;
    }

    /** Moves to {@code nowNanos}: clears the slices that fell out of the window; returns the current slot. */
    private int advance(long nowNanos) {
        lastNanos = Times.advance(lastNanos, nowNanos);
        long slice = nowNanos / sliceNanos;
        for (int i = 0; i < SLICES; i++) {
            if (sliceIds[i] != -1 && sliceIds[i] <= slice - SLICES) {
                sliceIds[i] = -1;
                requestsPerSlice[i] = 0;
                retriesPerSlice[i] = 0;
            }
        }
        int slot = (int) (slice % SLICES);
        if (sliceIds[slot] != slice) {
            sliceIds[slot] = slice;
            requestsPerSlice[slot] = 0;
            retriesPerSlice[slot] = 0;
        }
        return slot;
    }
}
