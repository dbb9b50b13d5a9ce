package org.distsim.models.resilience;

import java.time.Duration;
import java.util.Objects;
import org.distsim.models.format.Knob;

/**
 * How long a caller waits before retrying a failed request or call: capped exponential backoff with
 * jitter, after Brooker, "Exponential Backoff And Jitter" (AWS Architecture Blog, 2015).
 *
 * @param base   the envelope of the first retry's delay
 * @param cap    the longest delay
 * @param jitter how the delay is randomised within the envelope
 */
public record BackoffConfig(
        @Knob(doc = "The delay envelope before the first retry; it doubles with each further retry.",
                defaultValue = "10ms", min = "0s", minExclusive = true, max = Backoff.LONGEST)
        Duration base,
        @Knob(doc = "The longest delay between two attempts, whatever the retry count; at least base.",
                defaultValue = "1s", min = "0s", minExclusive = true, max = Backoff.LONGEST)
        Duration cap,
        @Knob(doc = "How the delay is randomised within the envelope e = min(cap, base * 2^retry): none"
                + " (exactly e), full (uniform on [0, e]), equal (e/2 plus uniform on [0, e/2]) or decorrelated"
                + " (uniform on [base, 3 * previous delay], capped).", defaultValue = "full")
        Jitter jitter) {

    /** The defaults: 10 ms base, 1 s cap, full jitter. */
    public static final BackoffConfig DEFAULT = new BackoffConfig(Duration.ofMillis(10), Duration.ofSeconds(1), Jitter.FULL);

    public BackoffConfig {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(jitter, "jitter");
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff cap (" + cap + ") must be at least base (" + base + ")");
        }
    }

    /** The backoff these knobs describe. */
    public Backoff backoff() {
        return new Backoff(base.toNanos(), cap.toNanos(), jitter);
    }
}
