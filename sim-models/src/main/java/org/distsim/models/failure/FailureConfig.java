package org.distsim.models.failure;

import java.time.Duration;
import org.distsim.core.random.Distribution;
import org.distsim.core.random.Exponential;
import org.distsim.models.format.Knob;

/**
 * A node's random failure process ({@code failures:} beside its {@code type:}): the node runs for
 * an up time, crashes, stays down for a down time, restarts, and so on, each time drawn afresh (an
 * alternating renewal process). The usual way to say it is by its means, {@code {mttf: 10m, mttr:
 * 30s}}, which makes both times exponential (failures without memory, the textbook assumption);
 * {@code up-time} or {@code down-time} give any other distribution instead.
 *
 * @param mttf     the mean up time, for exponential up times; null when {@code upTime} is given
 * @param mttr     the mean down time, for exponential down times; null when {@code downTime} is given
 * @param upTime   the distribution of the up times, in nanoseconds; null when {@code mttf} is given
 * @param downTime the distribution of the down times, in nanoseconds; null when {@code mttr} is given
 */
public record FailureConfig(
        @Knob(doc = "Mean time to failure: the mean up time, with exponentially distributed up times."
                + " Give it or up-time.", optional = true, min = "0s", minExclusive = true)
        Duration mttf,
        @Knob(doc = "Mean time to repair: the mean down time, with exponentially distributed down times."
                + " Give it or down-time.", optional = true, min = "0s", minExclusive = true)
        Duration mttr,
        @Knob(doc = "The distribution of the up times, instead of exponential ones of mean mttf (a Weibull"
                + " for wear-out, a constant for a planned restart).", optional = true)
        Distribution upTime,
        @Knob(doc = "The distribution of the down times, instead of exponential ones of mean mttr (a"
                + " lognormal repair time).", optional = true)
        Distribution downTime) {

    /** The key of a node's failure process in the scenario format, beside {@code type:}. */
    public static final String KEY = "failures";

    public FailureConfig {
        if ((mttf == null) == (upTime == null)) {
            throw new IllegalArgumentException("failures: give either mttf or up-time (exactly one of them)");
        }
        if ((mttr == null) == (downTime == null)) {
            throw new IllegalArgumentException("failures: give either mttr or down-time (exactly one of them)");
        }
        if (upTime != null && !(upTime.mean() > 0)) {
            throw new IllegalArgumentException("failures: up-time must have a positive mean, got " + upTime.mean());
        }
    }

    /** The up times drawn: exponential of mean {@code mttf}, or {@code up-time}. */
    public Distribution up() {
        return upTime != null ? upTime : new Exponential(mttf.toNanos());
    }

    /** The down times drawn: exponential of mean {@code mttr}, or {@code down-time}. */
    public Distribution down() {
        return downTime != null ? downTime : new Exponential(mttr.toNanos());
    }

    /**
     * The long-run fraction of time up, MTTF / (MTTF + MTTR), whatever the distributions (the
     * renewal-reward theorem); NaN when a mean does not exist.
     */
    public double expectedAvailability() {
        double up = up().mean();
        double down = down().mean();
        return Double.isFinite(up) && Double.isFinite(down) ? up / (up + down) : Double.NaN;
    }
}
