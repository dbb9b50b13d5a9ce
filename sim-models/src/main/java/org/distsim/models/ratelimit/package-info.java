/**
 * A rate-limiting API gateway: the node type {@code rate-limiter}, placed in front of another node.
 * Each request is admitted or refused the moment it arrives, by one of the limiters of {@link
 * org.distsim.models.resilience}: a token bucket (Tanenbaum and Wetherall, <i>Computer
 * Networks</i>, 5th ed., §5.4.2), the exact sliding log, or Cloudflare's sliding-window counter.
 * Admitted requests are forwarded through {@link org.distsim.models.rpc.Calls} and the answer is
 * relayed unchanged; refused ones are answered {@code failed("rate-limited")} at once, which is how
 * a gateway sheds excess load before it reaches (and queues in) the service behind it.
 *
 * <p>Under steady overload a token bucket of size {@code b} refilled at {@code r} admits exactly
 * {@code b + ⌊r·T⌋} requests in {@code [0, T]}; after an idle period at least {@code 1/r·b} long
 * it admits a burst of {@code b} simultaneous requests. Figures: {@code admitted}, {@code rejected}.
 */
package org.distsim.models.ratelimit;
