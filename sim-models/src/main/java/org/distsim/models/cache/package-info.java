/**
 * A cache node: a bounded set of keys, each with the version of the value it holds, in front of
 * a backing node (a database, or another cache). Which keys are held is decided by
 * {@link org.distsim.models.cache.policy} (LRU, in-cache or global LFU, FIFO, random, with an
 * optional time to live that starts at insertion or at every use); this package adds the
 * messaging, the values and the strategies of the system-design textbooks (Kleppmann,
 * "Designing Data-Intensive Applications", 2017, ch. 1 and 5; the AWS whitepaper "Database
 * Caching Strategies Using Redis", 2017; Nishtala et al., "Scaling Memcache at Facebook", NSDI
 * 2013).
 *
 * <h2>Time</h2>
 * Every request spends a {@code lookup-time} in the cache, hit or miss, before it is answered or
 * passed on. Lookups do not queue for each other (an in-memory cache is rarely the bottleneck; put
 * a {@code service} in front to model a saturated one).
 *
 * <h2>Reads</h2>
 * A read asks the policy for its key. A hit that holds a value is answered with that value's
 * version. A miss inserts the key (evicting one if the cache is full) and fetches the value from
 * the backing node; other reads of the same key that arrive while the fetch is in flight wait for
 * it instead of sending another fetch ({@code coalesced}; they count as hits or misses as the
 * policy saw them). When the value arrives the waiting reads are answered and, if the key is still
 * held, the entry is filled. {@code hit_ratio = hits / (hits + misses)} is therefore the policy's
 * hit ratio, the figure Che's approximation predicts.
 *
 * <h2>Writes, by strategy</h2>
 * <ul>
 *   <li>{@code cache-aside}: the write goes to the backing node; when it is answered the entry is
 *       deleted ("update the database, then delete the cache"), and a fetch in flight for the key
 *       is detached so its (possibly older) value does not refill the entry. Real cache-aside has a
 *       narrow race where a slow fill writes an old value after the delete (what memcache leases
 *       fix); this model does not reproduce it.</li>
 *   <li>{@code read-through}: in a real system the cache library or provider performs the fill
 *       instead of the application. A single cache node plays both roles here, so the timing and
 *       the messages are the same: read-through behaves exactly like cache-aside in this model
 *       (writes go around the cache and delete the entry). Both names are accepted so scenarios
 *       read as their authors think of them.</li>
 *   <li>{@code write-through}: the write goes to the backing node first; on success the entry is
 *       inserted or updated with the new version (write-allocate), then the write is answered. A
 *       fetch in flight for the key can no longer return a version below it. Writes take lookup +
 *       backing write time; a read that starts after a write was acknowledged returns its version
 *       or a later one (the test client checks this).</li>
 *   <li>{@code write-behind} (write-back): the write updates the entry, marks it dirty and is
 *       answered at once (lookup time only). Every {@code flush-interval} up to {@code flush-batch}
 *       dirty keys, oldest first, are written back, one write request per key; writes to a key
 *       that is already dirty overwrite the buffered value and become one version at the backing
 *       node (write coalescing), weighing the last write's size. The write answers with the version it will have; when the key's
 *       current version is not cached, the cache fetches it in the background, the write answers
 *       with no version ({@code -1}), and the key is written back once that version is known.
 *       Versions stay equal to the backing node's as long as all writes of a key go through the
 *       same cache. A crash loses every acknowledged write still in the buffer: {@code
 *       lost_writes}. With writes arriving at rate λ and a crash at a uniformly random time,
 *       about λ × flush-interval / 2 writes are lost. A failed or timed-out write-back is counted
 *       in {@code flush_failures} and not retried.</li>
 * </ul>
 *
 * <h2>Failures</h2>
 * A backing failure (rejected, unavailable...) is passed back to the caller. When the backing node
 * does not answer within {@code backing-timeout}, the cache does not answer either, so the caller's
 * request ends as timed out: its outcome is unknown, as it is for the cache. A crash empties the
 * cache and the write buffer; it restarts cold, and the misses that follow send a burst of reads to
 * the backing node.
 *
 * <h2>Tiers and shards</h2>
 * A cache may stand in front of another cache: an edge (CDN) tier in front of an origin cache in
 * front of the database; the origin sees only the edge's misses. A sharded cache is several cache
 * nodes behind a {@code load-balancer} with {@code algorithm: consistent-hash}: each key always
 * goes to the same shard, and adding a shard moves about 1/n of the keys.
 *
 * <h2>Figures</h2>
 * Declared in {@link org.distsim.models.cache.CacheFigures}: {@code reads}, {@code writes},
 * {@code hits} (answered from the cache at once), {@code misses} (one fetch sent each),
 * {@code hit_ratio} (hits / reads), {@code coalesced} (waited for a fetch already in flight: a key
 * held whose value is still being fetched is no hit, and a key evicted while its fetch is in flight
 * is no miss), {@code evictions} (to make room), {@code expirations} (time to live ran out), {@code
 * backing_requests} (fetches, write-through and cache-aside writes, and write-backs: the load the
 * cache puts on the node behind it), {@code lost_writes}, {@code flush_failures}, and the
 * time-weighted {@code entries} and {@code dirty} (keys waiting to be written back). Every read is
 * one of a hit, a miss or a coalesced read, so {@code hits + misses + coalesced = reads}.
 */
package org.distsim.models.cache;
