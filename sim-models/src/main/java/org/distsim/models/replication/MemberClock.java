package org.distsim.models.replication;

import java.time.Duration;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.kernel.ActorContext;

/**
 * One member's wall clock, the time it writes into last-writer-wins stamps: true (simulated) time
 * plus a fixed offset plus a drift proportional to the time elapsed, {@code now + offset + now ×
 * drift}. Perfect unless the database has {@code clock-skew}; a skewed clock draws its offset and
 * drift once, at construction, from the member's own stream {@code clock-skew}, so skewing one
 * database changes no other draw of the run.
 *
 * <p>Drift is bounded by 10 % (the knob's maximum), so the reading never runs backwards and stays
 * non-negative.
 */
final class MemberClock {

    private static final MemberClock PERFECT = new MemberClock(0, 0);

    private final long offsetNanos;
    private final double driftPerNano;

    private MemberClock(long offsetNanos, double driftPerNano) {
        this.offsetNanos = offsetNanos;
        this.driftPerNano = driftPerNano;
    }

    /** The clock of member {@code index} (from 1) of a database with the given skew; null skew for a perfect clock. */
    static MemberClock of(ActorContext context, ClockSkewConfig skew, int index) {
        if (skew == null) {
            return PERFECT;
        }
        UniformRandomProvider stream = context.random("clock-skew");
        // Both draws happen on every skewed member, so a fixed offset for one member leaves the drift
        // draws of every member as they were.
        long drawn = context.drawnNanos(skew.offset().sampler(stream).sample());
        double driftPpm = (2 * stream.nextDouble() - 1) * skew.drift();
        long offset = skew.offsets() != null && index <= skew.offsets().size()
                ? fixed(skew.offsets().get(index - 1)) : drawn;
        return new MemberClock(offset, driftPpm * 1e-6);
    }

    private static long fixed(Duration offset) {
        return offset.toNanos();
    }

    /** Whether this is a perfect clock (no clock-skew). */
    boolean perfect() {
        return this == PERFECT;
    }

    /** What this clock reads at true time {@code nowNanos}. */
    long read(long nowNanos) {
        if (this == PERFECT) {
            return nowNanos;
        }
        return nowNanos + offsetNanos + Math.round(nowNanos * driftPerNano);
    }

    /** The fixed offset, for tests. */
    long offsetNanos() {
        return offsetNanos;
    }
}
