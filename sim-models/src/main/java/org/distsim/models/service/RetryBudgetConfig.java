package org.distsim.models.service;

import java.time.Duration;
import java.util.Objects;
import org.distsim.models.format.Knob;
import org.distsim.models.resilience.RetryBudget;

/**
 * A retry budget for one dependency, as in Finagle and Envoy: retries in the recent window may not
 * exceed {@code ratio} times the first attempts in it plus a floor of {@code minPerSecond}.
 *
 * @param ratio        retries allowed per first attempt
 * @param minPerSecond retries always allowed per second, however little traffic there is
 * @param window       the sliding window the two are counted over
 */
public record RetryBudgetConfig(
        @Knob(doc = "Retries allowed per first attempt in the window: 0.2 lets retries add at most 20 % to the"
                + " load on the dependency.", defaultValue = "0.2", min = "0")
        double ratio,
        @Knob(doc = "Retries per second always allowed, so that a caller with little traffic can still retry.",
                defaultValue = "10", min = "0")
        double minPerSecond,
        @Knob(doc = "The sliding window over which retries and first attempts are counted.",
                defaultValue = "10s", min = "10ns")
        Duration window) {

    public RetryBudgetConfig {
        Objects.requireNonNull(window, "window");
        if (!Double.isFinite(ratio) || !Double.isFinite(minPerSecond)) {
            throw new IllegalArgumentException("retry-budget ratio and min-per-second must be finite");
        }
    }

    RetryBudget budget() {
        return new RetryBudget(ratio, minPerSecond, window.toNanos());
    }
}
