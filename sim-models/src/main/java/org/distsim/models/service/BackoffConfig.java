package org.distsim.models.service;

import java.time.Duration;
import java.util.Objects;
import org.distsim.models.resilience.Backoff;
import org.distsim.models.resilience.Jitter;
import org.distsim.models.scenario.Knob;

/**
 * The delay between the retries of one dependency call: capped exponential backoff with jitter
 * (Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015).
 *
 * @param base   the envelope before the first retry; the n-th retry waits up to {@code base·2^n}
 * @param cap    the longest wait, at least {@code base}
 * @param jitter how the wait is randomised within the envelope
 */
public record BackoffConfig(
        @Knob(doc = "The wait before the first retry; each further retry doubles it (before jitter).",
                defaultValue = "10ms", min = "0s", minExclusive = true)
        Duration base,
        @Knob(doc = "The longest wait between two retries, however many were made; at least base.",
                defaultValue = "1s", min = "0s", minExclusive = true)
        Duration cap,
        @Knob(doc = "How the wait is randomised: none (exactly the envelope min(cap, base·2^n): clients retry in"
                + " lockstep), full (uniform from 0 to the envelope), equal (half the envelope plus up to half)"
                + " or decorrelated (uniform from base to three times the previous wait).", defaultValue = "full")
        Jitter jitter) {

    public BackoffConfig {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(jitter, "jitter");
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff cap (" + cap + ") must not be shorter than base (" + base + ")");
        }
    }

    Backoff backoff() {
        return new Backoff(base.toNanos(), cap.toNanos(), jitter);
    }
}
