package org.distsim.ui.live;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A run being taken headless to a time: no snapshots, no drawing, as fast as the simulation thread
 * goes, in slices of about a given wall time so that the driver can show progress and take a new
 * target between slices. Single-threaded: it belongs to the simulation thread.
 *
 * <p>It only ever advances its run, which is what makes a rewind exact: a rewound run is a fresh
 * run of the same scenario and seed with the branch's hand-made faults {@link LiveRun#plan planned},
 * advanced to the target, and a deterministic run advanced to {@code t} in any slices is the run an
 * uninterrupted pass had at {@code t}.
 */
final class Replay {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final LiveRun run;
    private final LongSupplier wallClock;
    private final long fromNanos;
    private final long wallStart;
    private final long cpuStart;
    private long targetNanos;
    /** Simulated nanoseconds per slice, tuned so that a slice takes a few milliseconds of wall time. */
    private long sliceNanos = 10_000_000L;

    /**
     * @param run         the run to advance: building a fresh one (wiring the scenario, which for a
     *                    large social graph is a good part of the cost) counts as part of the replay;
     *                    going forward it is the current one
     * @param targetNanos where to take it; beyond its end means to the end
     */
    Replay(Supplier<LiveRun> run, long targetNanos, LongSupplier wallClock) {
        this.wallClock = wallClock;
        this.wallStart = wallClock.getAsLong();
        this.cpuStart = cpuTime();
        this.run = run.get();
        this.fromNanos = this.run.clock();
        this.targetNanos = Math.min(targetNanos, this.run.end());
    }

    LiveRun run() {
        return run;
    }

    long target() {
        return targetNanos;
    }

    /** A new target, at or after where the run is now (an earlier one needs a fresh run). */
    void retarget(long nanos) {
        if (nanos < run.clock()) {
            throw new IllegalArgumentException("cannot replay backwards to " + nanos + " ns from " + run.clock() + " ns");
        }
        targetNanos = Math.min(nanos, run.end());
    }

    /** True once the run is at its target or over. */
    boolean done() {
        return run.over() || run.clock() >= targetNanos;
    }

    /** Advances for about {@code budgetNanos} of wall time; true once done. */
    boolean advance(long budgetNanos) {
        long start = wallClock.getAsLong();
        while (!done() && wallClock.getAsLong() - start < budgetNanos) {
            long sliceStart = wallClock.getAsLong();
            run.advanceTo(Math.min(targetNanos, run.clock() + sliceNanos));
            long took = wallClock.getAsLong() - sliceStart;
            if (took < 2_000_000L) {
                sliceNanos = Math.min(sliceNanos * 2, Math.max(1, run.end()));
            } else if (took > 10_000_000L) {
                sliceNanos = Math.max(1_000L, sliceNanos / 2);
            }
        }
        return done();
    }

    /** How far the replay has got, in [0, 1]. */
    double progress() {
        if (done()) {
            return 1;
        }
        long span = targetNanos - fromNanos;
        return span <= 0 ? 1 : Math.min(1, Math.max(0, (double) (run.clock() - fromNanos) / span));
    }

    /** What the replay has cost so far. */
    ReplayCost cost() {
        long cpu = cpuTime();
        return new ReplayCost(run.clock() - fromNanos, wallClock.getAsLong() - wallStart, cpu < 0 || cpuStart < 0 ? -1 : cpu - cpuStart);
    }

    private static long cpuTime() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }
}
