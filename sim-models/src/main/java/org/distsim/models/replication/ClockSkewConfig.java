package org.distsim.models.replication;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.Knob;

/**
 * The members' clocks, when they are not perfect: each member's clock runs ahead of true
 * (simulated) time by an offset and gains or loses a fixed rate, its drift. Last-writer-wins
 * stamps take the writer's clock, so a write made later in true time can carry a lower stamp than
 * an earlier write of another member, and lose to it.
 *
 * @param offset   each member's offset, drawn once from its own stream {@code clock-skew}
 * @param offsets  fixed offsets by member number (member 1 first), which replace the draw for the members listed
 * @param drift    the largest drift, in parts per million: each member's drift is uniform in [-drift, +drift]
 */
public record ClockSkewConfig(
        @Knob(doc = "How far each member's clock runs ahead of true time: a duration distribution drawn once per"
                + " member from its own stream, or a duration for the same offset on every member (which skews"
                + " nothing). Only the differences between members matter.", defaultValue = "0s")
        Distribution offset,
        @Knob(doc = "Fixed offsets by member number, member 1 first, replacing the drawn offset for the members"
                + " listed: [0ms, 150ms] puts member 2's clock 150 ms ahead of member 1's.", optional = true)
        List<Duration> offsets,
        @Knob(doc = "The largest clock drift, in parts per million: each member's clock gains a rate drawn"
                + " uniformly between -drift and +drift (a quartz clock: about 10 to 100).", defaultValue = "0",
                min = "0", max = "100000")
        double drift) {

    public ClockSkewConfig {
        Objects.requireNonNull(offset, "offset");
        offsets = offsets == null ? null : List.copyOf(offsets);
        if (drift < 0) {
            throw new IllegalArgumentException("drift must not be negative, got " + drift);
        }
    }
}
