package org.distsim.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.distsim.core.figure.CurveSpec;
import org.distsim.core.result.Curve;

/**
 * Records a {@link Curve}: samples of (delay, outcome) after the warm-up, counted in fixed delay
 * bins on a 1-2-5 scale from 100 µs to 100 s, with a first bin {@code [0, 100 µs)} and a last one
 * from 100 s up. The bins are the same for every run and every component, so curves of two runs or
 * two stores compare point by point, and a curve's memory is bounded whatever the run's length.
 * A sample counts when it is recorded, as an event counter does; samples recorded during the
 * warm-up are left out.
 */
public final class CurveRecorder {

    /** The lower edges of the bins, in nanoseconds; each bin ends where the next begins. */
    static final long[] EDGES = edges();

    private final CurveSpec spec;
    private final LongSupplier clock;
    private final long warmupEndNanos;
    private final long[] samples = new long[EDGES.length];
    private final long[] hits = new long[EDGES.length];

    CurveRecorder(CurveSpec spec, LongSupplier clock, long warmupEndNanos) {
        this.spec = spec;
        this.clock = clock;
        this.warmupEndNanos = warmupEndNanos;
    }

    /**
     * One sample, at a delay of {@code delayNanos} (negative delays count as 0): whether the outcome
     * happened. Ignored during the warm-up.
     */
    public void record(long delayNanos, boolean hit) {
        if (clock.getAsLong() < warmupEndNanos) {
            return;
        }
        int bin = bin(Math.max(0, delayNanos));
        samples[bin]++;
        if (hit) {
            hits[bin]++;
        }
    }

    CurveSpec spec() {
        return spec;
    }

    /** The curve so far: the bins with samples, ascending. */
    Curve curve() {
        List<Curve.Point> points = new ArrayList<>();
        for (int i = 0; i < EDGES.length; i++) {
            if (samples[i] > 0) {
                long to = i + 1 < EDGES.length ? EDGES[i + 1] : Curve.UNBOUNDED;
                points.add(new Curve.Point(EDGES[i], to, samples[i], hits[i]));
            }
        }
        return new Curve(spec, points);
    }

    /** The bin of a delay: the last whose lower edge it reaches. */
    static int bin(long delayNanos) {
        int low = 0;
        int high = EDGES.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (EDGES[mid] <= delayNanos) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static long[] edges() {
        List<Long> edges = new ArrayList<>();
        edges.add(0L);
        long[] steps = {1, 2, 5};
        for (long decade = 100_000L; decade <= 10_000_000_000L; decade *= 10) {
            for (long step : steps) {
                edges.add(decade * step);
            }
        }
        edges.add(100_000_000_000L);
        return edges.stream().mapToLong(Long::longValue).toArray();
    }
}
