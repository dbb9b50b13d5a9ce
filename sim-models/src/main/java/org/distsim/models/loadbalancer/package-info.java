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
 * request queue, so an overloaded but live backend stays in rotation, and so does one that answers
 * its probes but fails its requests: that is what passive checks are for.
 *
 * <h2>Retries on another backend</h2>
 * With {@code retries: k}, a request a backend answered with a definite failure is sent again, up
 * to {@code k} times, each time to a backend it has not been to yet while one is in rotation (the
 * strategy chooses among the untried ones, so a consistent-hash retry goes to the next owner
 * clockwise, a random one to a uniform untried backend). The caller gets the last answer. A
 * forwarded request that times out is not retried: the backend may have acted on it. Every retry
 * must fit a retry budget (Finagle's {@code RetryBudget}, Envoy's {@code retry_budget}): over a
 * sliding window, retries at most {@code ratio × requests + min-per-second × window}, so a failing
 * backend adds at most that fraction of load instead of multiplying it. With {@code m} of {@code n}
 * backends failing every request, one retry to an untried backend leaves
 * {@code (m/n)·((m−1)/(n−1))} of the requests failed (drawing without replacement), where a retry
 * that may return to the same backend would leave {@code (m/n)²}.
 *
 * <h2>Passive outlier detection</h2>
 * As Envoy's {@code outlier_detection} with {@code consecutive_5xx}: {@code consecutive-errors}
 * failures in a row (definite failures and timeouts) eject a backend for {@code
 * base-ejection-time} × the number of its ejections, at most {@code max-ejection-time}; each base
 * period back in rotation without an ejection takes one off that number. At most {@code
 * max-ejected} of the backends are out at once (rounded down, but always one may be). Ejection and
 * health are separate: an ejected backend is still probed, and it is in rotation only when it
 * passes its health checks and is not ejected ({@code healthy_backends} counts those).
 *
 * <h2>Hashing: by key, by key mod n, or by client</h2>
 * {@code consistent-hash} maps the request's data key on a ring; when a backend fails only its
 * keys move (about 1/n), which is what caches and shards need. {@code hash-mod-n} takes the key's
 * hash mod the healthy backends: when one fails or returns, about (n − 1)/n of all keys move, the
 * mass remapping that consistent hashing exists to avoid; it is here to show it. {@code ip-hash}
 * (nginx's {@code ip_hash}) hashes the request's <em>client</em>, its source address, not its key,
 * over all configured backends, rehashing past unhealthy ones: session affinity for stateful
 * backends. A client's requests carry its identity whatever their keys (a workload's {@code
 * clients:} draws one per request, independent of the key law), so with ip-hash a hot key is spread
 * over every backend with its clients, and a single client (a whole workload behind one NAT
 * address, {@code clients: 1}) lands on one backend whatever its keys. A backend going down moves
 * only its own clients; adding or removing one from the list moves almost all, so use
 * {@code consistent-hash} when the backends change or when the data key, not the client, should
 * decide.
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
 * given up), {@code healthy_backends} (time-weighted: those in rotation) and, with health checks,
 * {@code marked_down} and {@code marked_up} (health transitions); with retries, {@code retries}
 * and {@code retries_refused} (by the budget); with outlier detection, {@code ejections} and
 * {@code ejected_backends} (time-weighted).
 */
package org.distsim.models.loadbalancer;
