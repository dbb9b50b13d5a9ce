/**
 * Stability patterns as pure state machines, free of messaging: the service actor asks them what
 * to do and tells them what happened, passing simulated time in nanoseconds. Times must not
 * decrease from one call to the next; every class checks this and names the offending value.
 * Randomness comes only from a provider passed in.
 *
 * <h2>Circuit breaker</h2>
 * {@link org.distsim.models.resilience.CircuitBreaker} follows Nygard (<i>Release It!</i>, 2nd ed.,
 * 2018, ch. 5, "Stability Patterns: Circuit Breaker") with the count-based semantics of
 * Resilience4j and Hystrix. CLOSED lets calls through and records their outcomes in a sliding
 * window of the last {@code N} calls; once the window holds at least {@code minimumCalls} outcomes
 * and the failure rate reaches the threshold (or, optionally, a run of consecutive failures reaches
 * its own threshold) the breaker trips to OPEN. OPEN fails every call fast for {@code
 * openDurationNanos}; then it is HALF_OPEN, which admits {@code halfOpenCalls} trial calls: if they
 * all succeed the breaker closes with an empty window, and the first failure trips it open again.
 * The OPEN to HALF_OPEN transition is taken lazily, at the next call that carries a time, but is
 * stamped with the time the open period ended, so the recorded transitions do not depend on when
 * anyone looked.
 *
 * <h2>Rate limiters</h2>
 * All implement {@link org.distsim.models.resilience.RateLimiter}.
 * <ul>
 *   <li>{@link org.distsim.models.resilience.TokenBucket}: tokens accrue at {@code r} per second up
 *       to a bucket of {@code burst}; a request takes one token or is refused (Tanenbaum and
 *       Wetherall, <i>Computer Networks</i>, 5th ed., §5.4.2). The refill is computed in exact
 *       integer arithmetic from the last time the bucket was full, so there is no drift: under
 *       steady overload exactly {@code burst + ⌊r·T⌋} requests are admitted in {@code [0, T]}.</li>
 *   <li>{@link org.distsim.models.resilience.SlidingLogLimiter}: exact; remembers the times of the
 *       last {@code limit} admissions and admits a request only if fewer than {@code limit} fall in
 *       the window ending now. Memory grows with the limit, which is why it is bounded.</li>
 *   <li>{@link org.distsim.models.resilience.SlidingWindowCounterLimiter}: Cloudflare's
 *       approximation ("How we built rate limiting capable of scaling to millions of domains",
 *       2017): two counters per key, the estimate being {@code previous × (1 − elapsed/window) +
 *       current}, and a request admitted while the estimate is below the limit. Constant memory,
 *       but it assumes the previous window's requests were evenly spread, so it can admit somewhat
 *       more or less than the exact log.</li>
 *   <li>{@link org.distsim.models.resilience.FixedWindowLimiter}: one counter per aligned window,
 *       for comparison: it admits up to twice the limit across a window boundary.</li>
 * </ul>
 *
 * <h2>Retries</h2>
 * {@link org.distsim.models.resilience.Backoff} spaces retries by capped exponential backoff with
 * the jitter modes of Brooker ("Exponential Backoff And Jitter", AWS Architecture Blog, 2015).
 * {@link org.distsim.models.resilience.RetryBudget} bounds retries to a fraction of the requests in
 * a sliding time window plus a small floor, as Finagle's {@code RetryBudget} and Envoy's retry
 * budgets do, so that retries cannot multiply the load on a failing dependency (Beyer et al.,
 * <i>Site Reliability Engineering</i>, 2016, ch. 22, "Addressing Cascading Failures").
 */
package org.distsim.models.resilience;
