package org.distsim.core.net;

import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.NodeMetrics;

/**
 * One direction of a link, or one side of a node's network interface: a single FIFO server whose
 * service time is a message's size over the bandwidth. A message that finds the pipe busy waits
 * until every message before it has been put on the wire, so a saturated pipe queues.
 *
 * <p>Work is booked when a message is sent, so a message's place in the queue is the order of its
 * sending; where several pipes lie on one path, a message is booked on each in turn, from the time
 * it leaves the one before (store and forward). Because every booking starts no earlier than the
 * send that makes it, the pipe is busy without a gap from now until {@link #freeAtNanos}: that is
 * what lets {@link #utilisation} take the booked work past the end of the run off exactly.
 *
 * <p>Figures, counted from the warm-up's end by the time a message was sent: the bytes sent, the
 * share of the measured time the pipe was busy ({@code utilisation}, never above 1) and how long
 * messages waited for the pipe (zero waits included, so that the mean is W_q of queueing theory;
 * a message whose transfer would start after the run's end is still waiting and not measured).
 */
final class Pipe {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final double NANOS_PER_MILLI = 1e6;
    private static final int SIGNIFICANT_DIGITS = 3;

    private final double bytesPerSecond;
    private final long warmupEndNanos;
    private final long endNanos;
    private final Counter sentBytes;
    private final Histogram waitNanos = new Histogram(SIGNIFICANT_DIGITS);
    private long freeAtNanos;
    /** Busy time booked after the warm-up's end, including any booked past the present. */
    private long busyNanos;

    /**
     * A pipe of {@code bytesPerSecond} that records its figures into {@code metrics} under
     * {@code figures}.
     */
    Pipe(double bytesPerSecond, long warmupEndNanos, long endNanos, NodeMetrics metrics, PipeFigures figures,
            LongSupplier clock) {
        if (!(bytesPerSecond > 0) || Double.isInfinite(bytesPerSecond)) {
            throw new IllegalArgumentException("a bandwidth must be a finite number of bytes per second > 0, got "
                    + bytesPerSecond);
        }
        this.bytesPerSecond = bytesPerSecond;
        this.warmupEndNanos = warmupEndNanos;
        this.endNanos = endNanos;
        this.sentBytes = metrics.counter(figures.sentBytes());
        metrics.derived(figures.utilisation(), () -> utilisation(clock.getAsLong()));
        metrics.derived(figures.waitMean(), () -> waitNanos.getTotalCount() == 0 ? Double.NaN
                : waitNanos.getMean() / NANOS_PER_MILLI);
        metrics.derived(figures.waitP99(), () -> waitNanos.getTotalCount() == 0 ? Double.NaN
                : waitNanos.getValueAtPercentile(99) / NANOS_PER_MILLI);
    }

    /** How long {@code bytes} take on the wire, in whole nanoseconds, rounded up. */
    long transferNanos(long bytes) {
        double nanos = Math.ceil(bytes * NANOS_PER_SECOND / bytesPerSecond);
        return nanos >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) nanos;
    }

    /**
     * Books {@code bytes} sent at {@code nowNanos}, ready for this pipe at {@code readyNanos} (at or
     * after now), and returns when the last byte has left: after the messages booked before it.
     */
    long transmit(long nowNanos, long readyNanos, long bytes) {
        long start = Math.max(readyNanos, freeAtNanos);
        long duration = transferNanos(bytes);
        long end = start > Long.MAX_VALUE - duration ? Long.MAX_VALUE : start + duration;
        freeAtNanos = end;
        sentBytes.add(bytes);
        // A wait is measured when its transfer starts, as a station measures when a worker takes a
        // request: a message still queued when the run ends has no wait yet (and a longer one than
        // the run would be an impossible number).
        if (nowNanos >= warmupEndNanos && start < endNanos) {
            waitNanos.recordValue(start - readyNanos);
        }
        // Only the part of the work after the warm-up's end counts towards the measured utilisation.
        long measuredFrom = Math.max(start, warmupEndNanos);
        if (end > measuredFrom) {
            busyNanos += end - measuredFrom;
        }
        return end;
    }

    /** The share of the time from the warm-up's end to {@code nowNanos} this pipe spent sending. */
    private double utilisation(long nowNanos) {
        long measured = nowNanos - warmupEndNanos;
        if (measured <= 0) {
            return Double.NaN;
        }
        // Booked work is one busy stretch from now to freeAt (see the class comment): take it off.
        long ahead = Math.max(0, freeAtNanos - Math.max(nowNanos, warmupEndNanos));
        return Math.min(1.0, (double) Math.max(0, busyNanos - ahead) / measured);
    }
}
