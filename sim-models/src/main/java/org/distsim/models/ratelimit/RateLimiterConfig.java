package org.distsim.models.ratelimit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import org.distsim.models.format.Knob;
import org.distsim.models.format.Rate;
import org.distsim.models.resilience.SlidingLogLimiter;
import org.distsim.models.resilience.SlidingWindowCounterLimiter;
import org.distsim.models.resilience.TokenBucket;

/**
 * A rate-limiting gateway in front of one node.
 *
 * @param target    the node admitted requests are forwarded to
 * @param algorithm how admission is decided
 * @param rate      the admitted rate the limiter allows on average
 * @param burst     for the token bucket, the bucket size: requests admitted at once after idleness
 * @param window    for the sliding windows, the window; the limit is {@code rate × window}
 * @param timeout   how long a forwarded request may take before the gateway gives up on it
 */
public record RateLimiterConfig(
        @Knob(doc = "The node admitted requests are forwarded to; its answer is relayed to the caller.",
                format = Knob.Format.NODE_REF)
        String target,
        @Knob(doc = "How requests are admitted: token-bucket (a bucket of burst tokens refilled at rate),"
                + " sliding-window (exact: at most rate × window admissions in any window) or"
                + " sliding-window-counter (Cloudflare's two-counter approximation of it).",
                defaultValue = "token-bucket")
        Algorithm algorithm,
        @Knob(doc = "The admitted rate: tokens added per unit of time, or the limit per window divided by the"
                + " window.", min = "0/s", minExclusive = true)
        Rate rate,
        @Knob(doc = "Token bucket only: the bucket size, so the number of requests admitted at once after an idle"
                + " period. The bucket starts full.", defaultValue = "1", min = "1", max = "1000000000")
        long burst,
        @Knob(doc = "Sliding windows only: the window; rate × window must be a whole number of requests.",
                defaultValue = "1s", min = "0s", minExclusive = true)
        Duration window,
        @Knob(doc = "How long the gateway waits for the target's answer; after it the gateway gives up silently"
                + " and the caller's own timeout decides (the outcome is unknown).",
                defaultValue = "10s", min = "0s", minExclusive = true)
        Duration timeout) {

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    public RateLimiterConfig {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(timeout, "timeout");
        if (algorithm != Algorithm.TOKEN_BUCKET) {
            long limit = windowLimit(rate, window);
            if (algorithm == Algorithm.SLIDING_WINDOW_COUNTER && !SlidingWindowCounterLimiter.fits(limit, window.toNanos())) {
                // The counter weighs its two windows in exact integer arithmetic: (2 limit + 1) x window
                // must fit in 63 bits. Checked here, so that validate refuses what the run would die on.
                throw new IllegalArgumentException("sliding-window-counter needs (2 × rate × window + 1) × window"
                        + " below 2^63 ns; rate × window = " + limit + " requests over a " + window.toMillis()
                        + "ms window is too much: shorten the window");
            }
        }
    }

    /** A fresh limiter, full (a token bucket) or empty (a window). */
    org.distsim.models.resilience.RateLimiter limiter() {
        switch (algorithm) {
            case TOKEN_BUCKET:
                return new TokenBucket(rate.perSecond(), burst);
            case SLIDING_WINDOW:
                return new SlidingLogLimiter(Math.toIntExact(windowLimit(rate, window)), window.toNanos());
            case SLIDING_WINDOW_COUNTER:
                return new SlidingWindowCounterLimiter(windowLimit(rate, window), window.toNanos());
            default:
                throw new AssertionError("unhandled algorithm " + algorithm);
        }
    }

    /** {@code rate × window}, which must be a whole number from 1 to the sliding log's limit. */
    private static long windowLimit(Rate rate, Duration window) {
        BigDecimal limit = BigDecimal.valueOf(rate.perSecond()).multiply(BigDecimal.valueOf(window.toNanos()))
                .divide(NANOS_PER_SECOND, 9, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (limit.scale() > 0 || limit.signum() <= 0 || limit.compareTo(BigDecimal.valueOf(SlidingLogLimiter.MAX_LIMIT)) > 0) {
            throw new IllegalArgumentException("rate × window must be a whole number of requests from 1 to "
                    + SlidingLogLimiter.MAX_LIMIT + ", got " + rate + " × " + window.toMillis() + "ms = "
                    + limit.toPlainString());
        }
        return limit.longValueExact();
    }
}
