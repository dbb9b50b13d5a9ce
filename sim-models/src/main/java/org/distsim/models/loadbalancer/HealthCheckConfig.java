package org.distsim.models.loadbalancer;

import java.time.Duration;
import java.util.Objects;
import org.distsim.models.format.Knob;

/**
 * Active health checks, as HAProxy ({@code inter}, {@code fall}, {@code rise}) and cloud load
 * balancers do them: every {@code interval} the load balancer probes each backend; a probe not
 * answered within {@code timeout} fails. A backend is taken out after {@code unhealthyThreshold}
 * consecutive failures and put back after {@code healthyThreshold} consecutive successes.
 *
 * <p>Probes are not phase-locked: each backend's first probe comes at its own random offset in
 * [0, interval) and each gap is jittered (HAProxy's {@code spread-checks}, Envoy's {@code
 * interval_jitter}), both drawn from the balancer's stream {@code health-check}. Probes that fire at
 * exactly k × interval for every backend would make results depend on where a fault falls between
 * two probes, something no seed could reveal.
 *
 * @param interval            time between two probes of one backend, &gt; 0
 * @param timeout             how long a probe may go unanswered, &gt; 0 and shorter than the interval
 * @param unhealthyThreshold  consecutive failed probes that take a healthy backend out, at least 1
 * @param healthyThreshold    consecutive answered probes that put an unhealthy backend back, at least 1
 * @param jitter              each gap between two probes of a backend is interval × (1 + u), u uniform
 *                            in [−jitter, jitter]; in [0, 0.5]
 * @param randomPhase         whether each backend's first probe comes at a uniform offset in [0, interval)
 *                            rather than at once
 */
public record HealthCheckConfig(
        @Knob(doc = "Time between two probes of the same backend.", defaultValue = "1s", min = "0s", minExclusive = true)
        Duration interval,
        @Knob(doc = "How long a probe may go unanswered before it counts as failed; shorter than interval.",
                defaultValue = "500ms", min = "0s", minExclusive = true)
        Duration timeout,
        @Knob(doc = "How many probes in a row must fail before a healthy backend is taken out of rotation.",
                defaultValue = "2", min = "1", max = "1000")
        int unhealthyThreshold,
        @Knob(doc = "How many probes in a row must be answered before an unhealthy backend is put back.",
                defaultValue = "2", min = "1", max = "1000")
        int healthyThreshold,
        @Knob(doc = "Spreads the probes in time: each gap between two probes of one backend is drawn uniformly"
                + " from interval × [1 − jitter, 1 + jitter] (HAProxy's spread-checks). 0 probes at exactly"
                + " the interval. At most 50%.", defaultValue = "10%", format = Knob.Format.PROBABILITY)
        double jitter,
        @Knob(doc = "Whether each backend's first probe comes at its own random offset in [0, interval), drawn"
                + " from the balancer's stream, so that results do not depend on where a fault falls between two"
                + " probes; false probes every backend at once from the start.", defaultValue = "true")
        boolean randomPhase) {

    /** The default {@code jitter}. */
    public static final double DEFAULT_JITTER = 0.1;

    /** Checks with the default jitter (10 %) and random phases. */
    public HealthCheckConfig(Duration interval, Duration timeout, int unhealthyThreshold, int healthyThreshold) {
        this(interval, timeout, unhealthyThreshold, healthyThreshold, DEFAULT_JITTER, true);
    }

    public HealthCheckConfig {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("health-check interval must be positive, got " + interval);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("health-check timeout must be positive, got " + timeout);
        }
        if (timeout.compareTo(interval) >= 0) {
            throw new IllegalArgumentException("health-check timeout (" + timeout.toMillis() + "ms) must be shorter"
                    + " than its interval (" + interval.toMillis() + "ms), so that one probe ends before the next");
        }
        if (!(jitter >= 0 && jitter <= 0.5)) {
            throw new IllegalArgumentException("health-check jitter must lie in [0, 50%], got " + jitter);
        }
        if (timeout.toNanos() >= shortestGapNanos(interval.toNanos(), jitter)) {
            throw new IllegalArgumentException("health-check timeout (" + timeout.toMillis() + "ms) must be shorter"
                    + " than the shortest gap between probes, interval × (1 − jitter) ("
                    + shortestGapNanos(interval.toNanos(), jitter) / 1_000_000 + "ms), so that one probe ends before"
                    + " the next");
        }
        if (unhealthyThreshold < 1 || healthyThreshold < 1) {
            throw new IllegalArgumentException("health-check thresholds must be at least 1");
        }
    }

    /**
     * The longest time from a backend's crash to its removal: the crash can come just after a
     * probe was answered, then {@code unhealthyThreshold} probes, each after the longest gap, must
     * time out.
     */
    public long detectionWindowNanos() {
        return longestGapNanos() * unhealthyThreshold + timeout.toNanos();
    }

    /** The longest gap between two probes of one backend: interval × (1 + jitter), rounded up. */
    public long longestGapNanos() {
        return (long) Math.ceil(interval.toNanos() * (1 + jitter));
    }

    /** One gap between two probes, for a uniform draw {@code u} in [0, 1). */
    public long gapNanos(double u) {
        return Math.round(interval.toNanos() * (1 + jitter * (2 * u - 1)));
    }

    private static long shortestGapNanos(long intervalNanos, double jitter) {
        return (long) Math.floor(intervalNanos * (1 - jitter));
    }
}
