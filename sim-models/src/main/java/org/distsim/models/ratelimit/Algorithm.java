package org.distsim.models.ratelimit;

/** How a {@link RateLimiter} decides to admit a request. */
public enum Algorithm {
    /** A bucket of {@code burst} tokens refilled at {@code rate}; a request takes one token. */
    TOKEN_BUCKET,
    /** The exact sliding log: at most {@code rate × window} admissions in any window ending now. */
    SLIDING_WINDOW,
    /** Cloudflare's two-counter estimate of the sliding window: constant memory, approximate. */
    SLIDING_WINDOW_COUNTER
}
