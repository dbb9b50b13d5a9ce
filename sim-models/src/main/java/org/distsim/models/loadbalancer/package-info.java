/**
 * The load balancer node ({@code type: load-balancer}): a reverse proxy in front of identical
 * backends, at L4 (any request to any backend) or L7 (requests routed by the prefix of their
 * path or type to a subset of the backends).
 *
 * <h2>The model</h2>
 * Each request is forwarded, after an optional processing {@code overhead}, to one backend chosen
 * by a {@link org.distsim.models.loadbalancer.balancing.BalancingStrategy} among the healthy ones;
 * the backend's response goes back to the caller under the caller's id. The balancer counts the
 * requests in flight per backend (a backend's "connections"), which least-connections and
 * power-of-two-choices read. With no healthy backend the caller is answered
 * {@code failed("unavailable")} at once. A forwarded request that is not answered within
 * {@code timeout} is given up: its slot is freed and it is counted under {@code timeouts}, but the
 * caller is told nothing, because the backend may still have acted on it; the caller's own timeout
 * makes its outcome unknown (a proxy that closed the connection, not one that claims a definite
 * failure).
 *
 * <h2>Health checks</h2>
 * As in HAProxy ({@code inter}, {@code timeout check}, {@code fall}, {@code rise}) and cloud load
 * balancers (interval, timeout, unhealthy and healthy thresholds): every interval the balancer
 * sends each backend a {@link org.distsim.models.rpc.HealthProbe}; a probe unanswered after the
 * timeout fails. {@code unhealthy-threshold} failures in a row take a backend out of rotation,
 * {@code healthy-threshold} answers in a row put it back. A crashed backend receives nothing, so
 * it is taken out at most {@code interval × unhealthy-threshold + timeout} after it crashes (the
 * crash can fall just after a probe was answered). Without health checks a crashed backend keeps
 * its share of the requests, and they time out. Backends answer probes at once, outside their
 * request queue, so an overloaded but live backend stays in rotation (no passive checks).
 *
 * <h2>Sources</h2>
 * The strategies and their references are in
 * {@link org.distsim.models.loadbalancer.balancing}. On the trade-offs: Mitzenmacher, "The Power
 * of Two Choices in Randomized Load Balancing" (IEEE TPDS, 2001); Kleppmann, <i>Designing
 * Data-Intensive Applications</i>, ch. 6 (request routing); the HAProxy configuration manual
 * (health checks, {@code balance roundrobin | leastconn | random(2) | hash}).
 *
 * <h2>Figures</h2>
 * Under {@code nodes.<name>}: {@code to.<backend>} (requests forwarded to each backend),
 * {@code unavailable} (answered so because no backend was healthy), {@code timeouts} (forwards
 * given up), {@code healthy_backends} (time-weighted) and, with health checks,
 * {@code marked_down} and {@code marked_up} (health transitions).
 */
package org.distsim.models.loadbalancer;
