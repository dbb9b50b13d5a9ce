package org.distsim.models.workload;

import java.time.Duration;
import org.distsim.models.format.Knob;
import org.distsim.models.format.Rate;

/**
 * One entry of an open-loop rate schedule, in one of three forms:
 * <ul>
 *   <li>a step, {@code {at, rate}}: from {@code at} on, the rate is {@code rate};
 *   <li>a ramp, {@code {from, to, ramp-to}}: the rate moves linearly from the rate in force at
 *       {@code from} to {@code ramp-to} at {@code to}, and stays there;
 *   <li>a curve, {@code {diurnal: {...}, at}}: from {@code at} (default 0s) on, the rate follows
 *       the {@link Diurnal} sinusoid.
 * </ul>
 * Each entry holds until the next one starts.
 */
public record RatePhase(
        @Knob(doc = "When a step or a diurnal curve starts, in simulated time.", optional = true, min = "0s")
        Duration at,
        @Knob(doc = "The rate from `at` on (a step); a spike is a step up followed by a step down.",
                optional = true, min = "0/s")
        Rate rate,
        @Knob(doc = "When a ramp starts, in simulated time.", optional = true, min = "0s")
        Duration from,
        @Knob(doc = "When a ramp ends; after it the rate stays at ramp-to.", optional = true, min = "0s")
        Duration to,
        @Knob(doc = "The rate a ramp reaches at `to`, moving linearly from the rate in force at `from`.",
                optional = true, min = "0/s")
        Rate rampTo,
        @Knob(doc = "A sinusoidal daily curve from `at` (default 0s) on: {period, peak, trough, peak-at}.",
                optional = true)
        Diurnal diurnal) {

    /** The three forms of a phase. */
    enum Form { STEP, RAMP, DIURNAL }

    public RatePhase {
        boolean step = rate != null;
        boolean ramp = from != null || to != null || rampTo != null;
        boolean curve = diurnal != null;
        int forms = (step ? 1 : 0) + (ramp ? 1 : 0) + (curve ? 1 : 0);
        if (forms != 1) {
            throw new IllegalArgumentException("a schedule entry is one of {at, rate} (a step),"
                    + " {from, to, ramp-to} (a ramp) or {diurnal, at} (a curve)");
        }
        if (step && at == null) {
            throw new IllegalArgumentException("a step {at, rate} needs at");
        }
        if (ramp) {
            if (from == null || to == null || rampTo == null) {
                throw new IllegalArgumentException("a ramp needs from, to and ramp-to");
            }
            if (at != null) {
                throw new IllegalArgumentException("a ramp starts at from, not at");
            }
            if (to.compareTo(from) <= 0) {
                throw new IllegalArgumentException("a ramp must end after it starts, got from " + from + " to " + to);
            }
        }
    }

    Form form() {
        return rate != null ? Form.STEP : diurnal != null ? Form.DIURNAL : Form.RAMP;
    }

    /** When this phase takes over, in nanoseconds. */
    long startNanos() {
        return switch (form()) {
            case STEP -> at.toNanos();
            case RAMP -> from.toNanos();
            case DIURNAL -> at == null ? 0 : at.toNanos();
        };
    }
}
