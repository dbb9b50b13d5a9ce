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
 * @param interval            time between two probes of one backend, &gt; 0
 * @param timeout             how long a probe may go unanswered, &gt; 0 and shorter than the interval
 * @param unhealthyThreshold  consecutive failed probes that take a healthy backend out, at least 1
 * @param healthyThreshold    consecutive answered probes that put an unhealthy backend back, at least 1
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
        int healthyThreshold) {

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
        if (unhealthyThreshold < 1 || healthyThreshold < 1) {
            throw new IllegalArgumentException("health-check thresholds must be at least 1");
        }
    }

    /**
     * The longest time from a backend's crash to its removal: the crash can come just after a
     * probe was answered, then {@code unhealthyThreshold} probes must time out.
     */
    public long detectionWindowNanos() {
        return interval.toNanos() * unhealthyThreshold + timeout.toNanos();
    }
}
