package org.distsim.models.loadbalancer;

/**
 * The running state of {@link OutlierDetectionConfig} per backend: failures in a row, whether it is
 * ejected, and its ejection multiplier. It decides; the balancer applies the decisions (takes the
 * backend out of rotation, sets the timer that puts it back) and counts them.
 *
 * <p>The multiplier {@code k} of a backend grows by one with each ejection, which lasts {@code
 * k × base}, at most the maximum; it shrinks by one for each whole {@code base} the backend has spent
 * back in rotation since its last ejection ended, worked out when it is next ejected (Envoy
 * decrements it on each sweep that finds the host healthy; this needs no sweep timer). It draws
 * nothing.
 */
final class OutlierDetector {

    private final OutlierDetectionConfig config;
    private final int maxEjected;
    private final int[] failuresInARow;
    private final boolean[] ejected;
    private final int[] multiplier;
    private final long[] returnedAtNanos;
    /** Counts each backend's ejections, so that a timer of an ejection already over is ignored. */
    private final long[] epoch;
    private int ejectedCount;

    OutlierDetector(OutlierDetectionConfig config, int backends) {
        this.config = config;
        this.maxEjected = config.maxEjectedOf(backends);
        this.failuresInARow = new int[backends];
        this.ejected = new boolean[backends];
        this.multiplier = new int[backends];
        this.returnedAtNanos = new long[backends];
        this.epoch = new long[backends];
    }

    /** A forwarded request to {@code backend} was answered with a success. */
    void succeeded(int backend) {
        failuresInARow[backend] = 0;
    }

    /**
     * A forwarded request to {@code backend} failed or timed out at {@code nowNanos}.
     *
     * @return how long the backend is now ejected for, in nanoseconds; 0 when it is not ejected
     *         now (not enough failures in a row, already ejected, or too many others ejected)
     */
    long failed(int backend, long nowNanos) {
        failuresInARow[backend]++;
        if (ejected[backend] || failuresInARow[backend] < config.consecutiveErrors()) {
            return 0;
        }
        if (ejectedCount >= maxEjected) {
            return 0;
        }
        long base = config.baseEjectionTime().toNanos();
        if (multiplier[backend] > 0) {
            long healthyPeriods = (nowNanos - returnedAtNanos[backend]) / base;
            multiplier[backend] = (int) Math.max(0, multiplier[backend] - healthyPeriods);
        }
        multiplier[backend]++;
        ejected[backend] = true;
        ejectedCount++;
        failuresInARow[backend] = 0;
        epoch[backend]++;
        long nanos = base > Long.MAX_VALUE / multiplier[backend] ? Long.MAX_VALUE : base * multiplier[backend];
        return Math.min(nanos, config.maxEjectionTime().toNanos());
    }

    /** The current ejection's number for {@code backend}, to match the timer that ends it. */
    long epoch(int backend) {
        return epoch[backend];
    }

    /**
     * The ejection of {@code backend} numbered {@code ejection} is over at {@code nowNanos}.
     *
     * @return whether it was the current ejection, so the backend goes back into rotation now
     */
    boolean ejectionOver(int backend, long ejection, long nowNanos) {
        if (!ejected[backend] || epoch[backend] != ejection) {
            return false;
        }
        ejected[backend] = false;
        ejectedCount--;
        returnedAtNanos[backend] = nowNanos;
        failuresInARow[backend] = 0;
        return true;
    }

    boolean ejected(int backend) {
        return ejected[backend];
    }

    int ejectedCount() {
        return ejectedCount;
    }

    /** Forgets everything, as a crashed balancer does. */
    void clear() {
        java.util.Arrays.fill(failuresInARow, 0);
        java.util.Arrays.fill(ejected, false);
        java.util.Arrays.fill(multiplier, 0);
        java.util.Arrays.fill(returnedAtNanos, 0);
        ejectedCount = 0;
        for (int i = 0; i < epoch.length; i++) {
            epoch[i]++;
        }
    }
}
