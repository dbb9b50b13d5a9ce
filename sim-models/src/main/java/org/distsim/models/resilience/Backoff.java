package org.distsim.models.resilience;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Capped exponential backoff with jitter: the delay before a retry, computed from the number of
 * retries already made and, for decorrelated jitter, the previous delay. Immutable; the per-request
 * state (attempt, previous delay) belongs to the caller, so one {@code Backoff} serves every
 * request of a client.
 *
 * <p>Every delay lies in {@code [0, capNanos]}. With {@link Jitter#NONE}, {@link Jitter#EQUAL} and
 * {@link Jitter#FULL} it is at most the envelope {@code min(cap, base·2^attempt)} (and at least
 * half of it for EQUAL); with {@link Jitter#DECORRELATED} it is at least {@code baseNanos} and at
 * most three times the previous delay.
 */
public final class Backoff {

    private final long baseNanos;
    /**
     * The longest cap, as a scenario writes it: the whole hours below {@code Long.MAX_VALUE / 4}
     * nanoseconds (about 73 years), the most a delay may be so that doubling it cannot overflow.
     * The knobs carry it, so that a longer one is refused at file:line:col when the scenario is
     * loaded, not when the run builds its backoff.
     */
    public static final String LONGEST = "640511h";

    private final long capNanos;
    private final Jitter jitter;

    /**
     * @param baseNanos the first delay's envelope, positive
     * @param capNanos the longest delay, at least {@code baseNanos} and at most {@code Long.MAX_VALUE / 4}
     * @param jitter how the delay is randomised
     */
    public Backoff(long baseNanos, long capNanos, Jitter jitter) {
        Times.positive("baseNanos", baseNanos);
        if (capNanos < baseNanos || capNanos > Long.MAX_VALUE / 4) {
            throw new IllegalArgumentException("capNanos must be between baseNanos (" + baseNanos
                    + ") and Long.MAX_VALUE / 4, got " + capNanos);
        }
        this.baseNanos = baseNanos;
        this.capNanos = capNanos;
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    public long baseNanos() {
        return baseNanos;
    }

    public long capNanos() {
        return capNanos;
    }

    public Jitter jitter() {
        return jitter;
    }

    /** The exponential envelope {@code min(cap, base·2^attempt)}, without overflow. */
    public long envelopeNanos(int attempt) {
        checkAttempt(attempt);
        if (attempt >= Long.SIZE - 2 || baseNanos > capNanos >> attempt) {
            return capNanos;
        }
        return Math.min(capNanos, baseNanos << attempt);
    }

    /**
     * The delay before the next retry.
     *
     * @param attempt the retries already made for this request: 0 before the first retry
     * @param previousDelayNanos the delay this method returned before the previous retry of the same
     *     request, or 0 before the first; only {@link Jitter#DECORRELATED} reads it
     * @param rng the source of jitter; not drawn from with {@link Jitter#NONE}
     * @return a delay in nanoseconds, in {@code [0, capNanos]}
     */
    public long delayNanos(int attempt, long previousDelayNanos, UniformRandomProvider rng) {
        long envelope = envelopeNanos(attempt);
        switch (jitter) {
            case NONE:
                return envelope;
            case FULL:
                return rng.nextLong(envelope + 1);
            case EQUAL:
                long half = envelope / 2;
                return half + rng.nextLong(envelope - half + 1);
            case DECORRELATED:
                long previous = Math.min(capNanos, Math.max(baseNanos, previousDelayNanos));
                long upper = 3 * previous;
                return Math.min(capNanos, baseNanos + rng.nextLong(upper - baseNanos + 1));
            default:
                throw new AssertionError("unhandled jitter " + jitter);
        }
    }

    @Override
    public String toString() {
        return "Backoff[base " + baseNanos + " ns, cap " + capNanos + " ns, " + jitter + " jitter]";
    }

    private static void checkAttempt(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must not be negative, got " + attempt);
        }
    }
}
