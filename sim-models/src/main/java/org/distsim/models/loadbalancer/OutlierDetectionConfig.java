package org.distsim.models.loadbalancer;

import java.time.Duration;
import java.util.Objects;
import org.distsim.models.format.Knob;

/**
 * Passive outlier detection, as Envoy's {@code outlier_detection} does it with {@code
 * consecutive_5xx}: the balancer watches the answers to the requests it forwards, and a backend
 * that fails {@code consecutiveErrors} of them in a row (definite failures and timeouts alike) is
 * ejected, taken out of rotation, for {@code baseEjectionTime} × the number of times it has been
 * ejected, at most {@code maxEjectionTime}. It needs no probes, so it catches what active health
 * checks miss: a backend that answers its probes but fails its requests.
 *
 * @param consecutiveErrors failures in a row that eject a backend, at least 1
 * @param baseEjectionTime  how long the first ejection lasts; the k-th lasts k times as long
 * @param maxEjectionTime   the longest ejection, at least {@code baseEjectionTime}
 * @param maxEjected        the largest fraction of the backends ejected at once, in [0, 1]; one may always be
 */
public record OutlierDetectionConfig(
        @Knob(doc = "How many forwarded requests in a row a backend must fail (definite failures and timeouts"
                + " alike) to be ejected; a success starts the count again.", defaultValue = "5", min = "1",
                max = "1000")
        int consecutiveErrors,
        @Knob(doc = "How long a first ejection lasts; the k-th ejection of the same backend lasts k times as long."
                + " Each base-ejection-time a backend then spends in rotation without being ejected takes one"
                + " off k.", defaultValue = "30s", min = "0s", minExclusive = true)
        Duration baseEjectionTime,
        @Knob(doc = "The longest an ejection lasts, however often the backend was ejected; at least"
                + " base-ejection-time.", defaultValue = "300s", min = "0s", minExclusive = true)
        Duration maxEjectionTime,
        @Knob(doc = "The largest fraction of the backends that may be ejected at the same time (rounded down,"
                + " but one backend may always be ejected, as in Envoy); a backend that should be ejected beyond"
                + " it stays in rotation.", defaultValue = "10%", format = Knob.Format.PROBABILITY)
        double maxEjected) {

    public OutlierDetectionConfig {
        Objects.requireNonNull(baseEjectionTime, "baseEjectionTime");
        Objects.requireNonNull(maxEjectionTime, "maxEjectionTime");
        if (consecutiveErrors < 1) {
            throw new IllegalArgumentException("outlier-detection consecutive-errors must be at least 1, got "
                    + consecutiveErrors);
        }
        if (baseEjectionTime.isNegative() || baseEjectionTime.isZero()) {
            throw new IllegalArgumentException("outlier-detection base-ejection-time must be positive, got "
                    + baseEjectionTime);
        }
        if (maxEjectionTime.compareTo(baseEjectionTime) < 0) {
            throw new IllegalArgumentException("outlier-detection max-ejection-time (" + maxEjectionTime.toMillis()
                    + "ms) must be at least base-ejection-time (" + baseEjectionTime.toMillis() + "ms)");
        }
        if (!(maxEjected >= 0 && maxEjected <= 1)) {
            throw new IllegalArgumentException("outlier-detection max-ejected must lie in [0, 100%], got " + maxEjected);
        }
    }

    /** How many of {@code backends} may be ejected at once: the fraction rounded down, but at least one. */
    public int maxEjectedOf(int backends) {
        return Math.max(1, (int) Math.floor(maxEjected * backends + 1e-9));
    }
}
