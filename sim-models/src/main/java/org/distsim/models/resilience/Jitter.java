package org.distsim.models.resilience;

/**
 * How {@link Backoff} randomises a delay, after Brooker, "Exponential Backoff And Jitter" (AWS
 * Architecture Blog, 2015). With the envelope {@code e = min(cap, base·2^attempt)}:
 */
public enum Jitter {
    /** Exactly the envelope {@code e}: synchronised clients retry in lockstep. */
    NONE,
    /** Uniform on {@code [0, e]}: the most spread, mean {@code e/2}. */
    FULL,
    /** {@code e/2} plus uniform on {@code [0, e/2]}: never shorter than half the envelope. */
    EQUAL,
    /** {@code min(cap, uniform on [base, 3·previous])}, starting from {@code previous = base}; ignores the attempt number. */
    DECORRELATED
}
