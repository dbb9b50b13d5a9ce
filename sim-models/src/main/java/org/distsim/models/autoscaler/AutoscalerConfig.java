package org.distsim.models.autoscaler;

import java.time.Duration;
import java.util.Objects;
import org.distsim.models.format.Knob;

/**
 * An autoscaler: every {@code interval} it reads a service's load and sets its replica count by
 * the Kubernetes Horizontal Pod Autoscaler rule, desired = ceil(ready × metric / target-value),
 * clamped to [min-replicas, max-replicas].
 *
 * @param target            the service node it scales
 * @param metric            what it keeps at {@code targetValue}
 * @param targetValue       the wanted value of the metric, per replica
 * @param minReplicas       the fewest replicas it sets, at least 1
 * @param maxReplicas       the most replicas it sets, at least {@code minReplicas}
 * @param interval          time between two readings (and decisions)
 * @param provisioningDelay how long a new replica takes to become ready
 * @param cooldown          the scale-down stabilisation window
 * @param tolerance         relative deviation of the metric from the target that is ignored
 */
public record AutoscalerConfig(
        @Knob(doc = "The service node whose replicas it sets.", format = Knob.Format.NODE_REF)
        String target,
        @Knob(doc = "What it keeps at target-value: utilisation (busy workers over all workers of the ready"
                + " replicas, as an HPA's CPU target) or queue-length (requests waiting, per ready replica, as an"
                + " HPA's custom per-pod metric); both averaged over the last interval.",
                defaultValue = "utilisation")
        ScalingMetric metric,
        @Knob(doc = "The wanted value of the metric: a utilisation in (0, 1] such as 0.6, or a number of waiting"
                + " requests per replica such as 5.", min = "0", minExclusive = true)
        double targetValue,
        @Knob(doc = "The fewest replicas it sets.", defaultValue = "1", min = "1", max = "10000")
        int minReplicas,
        @Knob(doc = "The most replicas it sets.", defaultValue = "10", min = "1", max = "10000")
        int maxReplicas,
        @Knob(doc = "Time between two readings of the target's load, each followed by a decision (the HPA's"
                + " sync period, 15 s).", defaultValue = "15s", min = "0s", minExclusive = true)
        Duration interval,
        @Knob(doc = "How long a new replica takes from the decision to taking requests: scheduling, image pull,"
                + " start-up, readiness probe. Replicas still provisioning count as running for the next"
                + " decisions.", defaultValue = "30s", min = "0s")
        Duration provisioningDelay,
        @Knob(doc = "Scale-down stabilisation window: it removes replicas only down to the highest count it"
                + " recommended over this window, so a short dip does not shed capacity (the HPA's default is"
                + " 5 minutes). Scaling up is immediate.", defaultValue = "60s", min = "0s")
        Duration cooldown,
        @Knob(doc = "Deviation of metric / target-value from 1 that causes no change (the HPA's 0.1): with 0.1"
                + " and a target of 0.6, utilisation between 0.54 and 0.66 keeps the count.",
                defaultValue = "0.1", min = "0", max = "1")
        double tolerance) {

    public AutoscalerConfig {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(provisioningDelay, "provisioningDelay");
        Objects.requireNonNull(cooldown, "cooldown");
        if (!(targetValue > 0) || !Double.isFinite(targetValue)) {
            throw new IllegalArgumentException("target-value must be a positive number, got " + targetValue);
        }
        if (metric == ScalingMetric.UTILISATION && targetValue > 1) {
            throw new IllegalArgumentException("a utilisation target-value is at most 1 (all workers busy), got "
                    + targetValue);
        }
        if (minReplicas < 1) {
            throw new IllegalArgumentException("min-replicas must be at least 1, got " + minReplicas);
        }
        if (maxReplicas < minReplicas) {
            throw new IllegalArgumentException("max-replicas (" + maxReplicas + ") must be at least min-replicas ("
                    + minReplicas + ")");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, got " + interval);
        }
        if (provisioningDelay.isNegative()) {
            throw new IllegalArgumentException("provisioning-delay must not be negative, got " + provisioningDelay);
        }
        if (cooldown.isNegative()) {
            throw new IllegalArgumentException("cooldown must not be negative, got " + cooldown);
        }
        if (!(tolerance >= 0 && tolerance <= 1)) {
            throw new IllegalArgumentException("tolerance must be in [0, 1], got " + tolerance);
        }
    }
}
