package org.distsim.models.station;

import org.HdrHistogram.Histogram;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.NodeMetrics;

/**
 * How long the requests of one node waited for a worker: a count per request, kept apart from the
 * time-weighted queue length as SSJ keeps a {@code Tally} apart from an {@code Accumulate}.
 *
 * <p>A request is measured when a worker takes it, after the warm-up: its wait is zero when a
 * worker was free on arrival, otherwise the time it spent in the queue. Requests refused by a full
 * queue or lost in a crash while waiting never start and are not measured. So {@code waited_ratio}
 * is the share of started requests that had to queue (Erlang C under M/M/c), and the waiting-time
 * distribution includes the zero waits (its mean is W_q of queueing theory, not the mean of the
 * positive waits). Waits are held in an HdrHistogram at three significant digits.
 */
final class Waits {

    private static final int SIGNIFICANT_DIGITS = 3;
    private static final double NANOS_PER_MILLI = 1e6;

    private final ActorContext context;
    private final long warmupEndNanos;
    private final Counter waited;
    private final Histogram waitNanos = new Histogram(SIGNIFICANT_DIGITS);
    private long waitedMeasured;

    Waits(ActorContext context) {
        this.context = context;
        this.warmupEndNanos = context.warmupEndNanos();
        NodeMetrics metrics = context.nodeMetrics();
        this.waited = metrics.counter(StationFigures.WAITED);
        // The share divides counts of the same requests (those started after the warm-up), so it lies in [0, 1].
        metrics.derived(StationFigures.WAITED_RATIO, () -> started() == 0 ? Double.NaN
                : (double) waitedMeasured / started());
        metrics.derived(StationFigures.WAIT_MEAN, () -> started() == 0 ? Double.NaN
                : waitNanos.getMean() / NANOS_PER_MILLI);
        metrics.derived(StationFigures.WAIT_P50, () -> percentile(50));
        metrics.derived(StationFigures.WAIT_P95, () -> percentile(95));
        metrics.derived(StationFigures.WAIT_P99, () -> percentile(99));
    }

    /** A worker took a request that waited {@code waitNanos} (zero unless {@code queued}). */
    void started(long waitedNanos, boolean queued) {
        if (queued) {
            waited.increment();
        }
        if (context.now() >= warmupEndNanos) {
            waitNanos.recordValue(waitedNanos);
            if (queued) {
                waitedMeasured++;
            }
        }
    }

    private long started() {
        return waitNanos.getTotalCount();
    }

    private double percentile(double percent) {
        return started() == 0 ? Double.NaN : waitNanos.getValueAtPercentile(percent) / NANOS_PER_MILLI;
    }
}
