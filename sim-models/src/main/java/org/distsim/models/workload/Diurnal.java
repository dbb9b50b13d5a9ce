package org.distsim.models.workload;

import java.time.Duration;
import java.util.Objects;
import org.distsim.models.format.Knob;
import org.distsim.models.format.Rate;

/**
 * A daily (or any periodic) load curve: a sinusoid between {@code trough} and {@code peak} that
 * reaches {@code peak} at {@code peakAt} (and every {@code period} after it):
 * {@code rate(t) = (peak + trough)/2 + (peak - trough)/2 · cos(2π (t - peakAt) / period)}.
 *
 * @param period how long one cycle lasts
 * @param peak   the highest rate
 * @param trough the lowest rate, at most {@code peak}
 * @param peakAt the simulated time of a peak
 */
public record Diurnal(
        @Knob(doc = "How long one cycle of the curve lasts, peak to peak.", defaultValue = "24h",
                min = "0s", minExclusive = true)
        Duration period,
        @Knob(doc = "The highest rate of the curve.", min = "0/s")
        Rate peak,
        @Knob(doc = "The lowest rate of the curve, half a period away from the peak; at most peak.", min = "0/s")
        Rate trough,
        @Knob(doc = "The simulated time at which the curve peaks (and again every period).", defaultValue = "14h",
                min = "0s")
        Duration peakAt) {

    public Diurnal {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(peak, "peak");
        Objects.requireNonNull(trough, "trough");
        Objects.requireNonNull(peakAt, "peakAt");
        if (trough.perSecond() > peak.perSecond()) {
            throw new IllegalArgumentException("diurnal trough (" + trough + ") must not exceed peak (" + peak + ")");
        }
    }
}
