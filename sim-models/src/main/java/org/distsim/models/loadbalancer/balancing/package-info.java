/**
 * How a load balancer picks a backend for a request, free of messaging: a
 * {@link org.distsim.models.loadbalancer.balancing.BalancingStrategy} looks at a
 * {@link org.distsim.models.loadbalancer.balancing.Backends} view (names, health, weights and
 * requests in flight) and returns an index, or {@code -1} when no backend is healthy. Every
 * strategy skips unhealthy backends.
 *
 * <h2>The strategies</h2>
 * <ul>
 *   <li><b>Round robin</b> takes the healthy backends in index order, cycling: over any run of
 *       {@code h} choices with a fixed healthy set of size {@code h} each gets exactly one.</li>
 *   <li><b>Smooth weighted round robin</b> is nginx's algorithm ({@code
 *       ngx_http_upstream_get_peer} in {@code ngx_http_upstream_round_robin.c}, Maxim Dounin,
 *       2012): every pick adds each healthy backend's weight to its current weight, chooses the
 *       largest current weight (the lowest index among equals) and subtracts the total weight from
 *       the chosen one. Over a cycle of {@code Σw} picks each backend is chosen exactly {@code w}
 *       times (for integer weights), and the picks are interleaved rather than bunched: weights 5, 1,
 *       1 give {@code a a b a c a a}.</li>
 *   <li><b>Random</b> picks uniformly among the healthy backends.</li>
 *   <li><b>Least connections</b> picks the healthy backend with the fewest requests in flight;
 *       ties go to the lowest index or, given a random provider, to a uniformly random one of the
 *       tied backends (which avoids piling the light-load traffic onto backend 0).</li>
 *   <li><b>Power of two choices</b> draws two distinct healthy backends uniformly and takes the one
 *       with fewer requests in flight, the first drawn on a tie (Mitzenmacher, "The Power of Two
 *       Choices in Randomized Load Balancing", IEEE TPDS 12(10), 2001): the maximum load drops from
 *       about {@code log n / log log n} to {@code log log n / log 2} with no global state.</li>
 *   <li><b>Consistent hashing</b> maps the request key onto a
 *       {@link org.distsim.models.loadbalancer.balancing.ConsistentHashRing} and takes the first
 *       healthy backend clockwise, so a key sticks to one backend while membership is stable
 *       (Karger et al., "Consistent hashing and random trees", STOC 1997; virtual nodes as in
 *       DeCandia et al., "Dynamo: Amazon's highly available key-value store", SOSP 2007; see also
 *       Kleppmann, <i>Designing Data-Intensive Applications</i>, ch. 6).</li>
 *   <li><b>Hash mod n</b> takes the key's hash modulo the number of healthy backends: as sticky as
 *       the ring while health is stable, but a change of that number moves about {@code (n−1)/n}
 *       of the keys, where the ring moves {@code 1/n}.</li>
 *   <li><b>IP hash</b> is nginx's {@code ip_hash}: the value given as the key is the client's
 *       identity, hashed modulo all {@code n} backends and rehashed (up to 20 times) past unhealthy
 *       ones, so only a failed backend's clients move, spread over the others.</li>
 * </ul>
 * Only weighted round robin reads weights; the others treat backends alike.
 *
 * <h2>Determinism</h2>
 * Randomness comes only from the provider each random strategy is given. The ring places virtual
 * nodes by a fully specified hash (the first eight bytes of SHA-256, see
 * {@link org.distsim.models.loadbalancer.balancing.ConsistentHashRing#virtualNodePosition}) and
 * keys (and, for hash mod n and IP hash, the modulo and each rehash) by the SplitMix64 finaliser,
 * never by {@code String.hashCode} or identity; its layout
 * depends only on the set of backend names, not on the order in which they were added. Smooth
 * weighted round robin keeps a current weight per backend index and resets them all when the
 * number of backends changes; round robin keeps only its last index; consistent hashing rebuilds
 * its ring whenever the backend names change.
 */
package org.distsim.models.loadbalancer.balancing;
