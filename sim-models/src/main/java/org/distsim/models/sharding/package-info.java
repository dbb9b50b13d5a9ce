/**
 * Sharding (horizontal partitioning): a {@code shard-router} node in front of several nodes,
 * typically databases, sends each request to the one shard that owns its key.
 *
 * <h2>The four ways to map a key to a shard</h2>
 * Following Kleppmann, <i>Designing Data-Intensive Applications</i> (2017), chapter 6, and the
 * consistent-hashing paper of Karger et al. (STOC 1997):
 * <ul>
 *   <li><b>hash</b> ({@link org.distsim.models.sharding.HashSharding}): {@code mix64(key) mod n}
 *       with the SplitMix64 finaliser. Keys spread evenly, but adding a shard re-deals {@code
 *       n/(n+1)} of them, which is why chapter 6 warns against "hash mod N".</li>
 *   <li><b>range</b> ({@link org.distsim.models.sharding.RangeSharding}): contiguous key ranges,
 *       split evenly over a key space or at given boundaries. Range scans stay on one shard, but a
 *       skewed popularity makes one shard hot: with Zipf keys, where key 0 is the most popular, the
 *       first range carries the mass {@code H(K/n, s)/H(K, s)} of the load (about 85 % for 3
 *       shards over 1000 keys at {@code s = 0.99}). Re-splitting evenly over one more shard moves
 *       exactly half the keys.</li>
 *   <li><b>directory</b> ({@link org.distsim.models.sharding.DirectorySharding}): a lookup table,
 *       filled on first sight with each new key on the shard that has received the fewest
 *       requests so far (greedy least-loaded placement), so hot keys end up apart, at the cost
 *       of a lookup per request ({@code directory-lookup-time}). Adding a shard moves no key.</li>
 *   <li><b>consistent-hash</b> ({@link org.distsim.models.sharding.ConsistentHashSharding}): the
 *       load balancer's ring with virtual nodes; adding a shard moves about {@code 1/(n+1)} of the
 *       keys, those the new shard takes over.</li>
 * </ul>
 *
 * <h2>What hashing cannot fix</h2>
 * Hashing spreads keys, not load: under Zipf keys the hottest key alone can carry several percent
 * of all requests, and it lives on one shard. The expected share of a shard is the sum of the
 * probabilities of its keys, which the tests compute exactly and compare with the measurement.
 *
 * <h2>Figures</h2>
 * {@code to.<shard>} counts the requests routed to each shard; {@code hot_shard_share} is the
 * busiest shard's count over the mean per shard (1 is perfectly even, {@code n} is all on one
 * shard); {@code timeouts} counts shards that did not answer in time. With {@code add-shard}, the
 * router also reports {@code keys_seen} (distinct keys routed before the change), {@code
 * keys_moved} and {@code keys_moved_fraction}.
 */
package org.distsim.models.sharding;
