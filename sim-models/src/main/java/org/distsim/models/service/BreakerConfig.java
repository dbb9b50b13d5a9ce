package org.distsim.models.service;

import java.time.Duration;
import java.util.Objects;
import org.distsim.models.format.Knob;
import org.distsim.models.resilience.CircuitBreakerConfig;

/**
 * A count-based circuit breaker on one dependency (Nygard, <i>Release It!</i>, 2nd ed., ch. 5),
 * with the semantics of Resilience4j: see {@link org.distsim.models.resilience.CircuitBreaker}.
 *
 * @param window              the last calls whose outcomes are counted
 * @param minimumCalls        outcomes needed in the window before the breaker may open
 * @param failureRate         the failure rate at or above which it opens
 * @param consecutiveFailures a run of this many failures opens it whatever the rate; 0 turns the rule off
 * @param openFor             how long it fails calls fast before letting trial calls through
 * @param halfOpenCalls       the trial calls; all must succeed for it to close
 */
public record BreakerConfig(
        @Knob(doc = "How many of the most recent calls the failure rate is computed over.",
                defaultValue = "20", min = "1", max = "1000000")
        int window,
        @Knob(doc = "How many outcomes the window must hold before the failure rate can open the breaker;"
                + " at most window.", defaultValue = "10", min = "1", max = "1000000")
        int minimumCalls,
        @Knob(doc = "The failure rate over the window (a timeout is a failure) at or above which the breaker"
                + " opens.", defaultValue = "50%", format = Knob.Format.PROBABILITY)
        double failureRate,
        @Knob(doc = "A run of this many consecutive failures opens the breaker whatever the rate; 0 turns this"
                + " rule off.", defaultValue = "0", min = "0", max = "1000000")
        int consecutiveFailures,
        @Knob(doc = "How long an open breaker fails every call at once before it lets trial calls through"
                + " (half-open).", defaultValue = "5s", min = "0s", minExclusive = true)
        Duration openFor,
        @Knob(doc = "How many trial calls a half-open breaker lets through; if all succeed it closes, the first"
                + " failure opens it again.", defaultValue = "3", min = "1", max = "1000000")
        int halfOpenCalls) {

    public BreakerConfig {
        Objects.requireNonNull(openFor, "openFor");
        if (minimumCalls > window) {
            throw new IllegalArgumentException("circuit-breaker minimum-calls (" + minimumCalls
                    + ") must not exceed window (" + window + ")");
        }
        if (!(failureRate > 0)) {
            throw new IllegalArgumentException("circuit-breaker failure-rate must be above 0, got " + failureRate);
        }
    }

    CircuitBreakerConfig breakerConfig() {
        return new CircuitBreakerConfig(window, minimumCalls, failureRate, consecutiveFailures, openFor.toNanos(),
                halfOpenCalls);
    }
}
