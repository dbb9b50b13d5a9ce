/**
 * Replacement policies of a bounded cache, free of messaging: which keys a cache of capacity
 * {@code C} holds, decided one request at a time. The cache actor calls
 * {@link org.distsim.models.cache.policy.EvictionPolicy#access(long, long)} for every read; a
 * miss inserts the key, evicting a victim when the cache is full.
 *
 * <h2>The policies</h2>
 * <ul>
 *   <li><b>LRU</b> evicts the least recently used key (a doubly linked list, a hit moves the key to
 *       the tail).</li>
 *   <li><b>LFU</b> evicts the least frequently used key, the least recently used one among equal
 *       frequencies. Frequencies count the hits since the key last entered the cache ("in-cache"
 *       LFU): a key's history is forgotten when it is evicted, which keeps the metadata bounded by
 *       the capacity. Constant time per operation with frequency buckets (Shah, Mitra and Matani,
 *       "An O(1) algorithm for implementing the LFU cache eviction scheme", 2010).</li>
 *   <li><b>LFU_GLOBAL</b> ({@code lfu-global}, "perfect" LFU) evicts the held key with the fewest
 *       requests over the cache's whole life, hits and misses counted: a key's count survives its
 *       eviction, so a once-popular key returns with its history instead of starting again at 1.
 *       The metadata grows with every distinct key seen (a count each), and a crash loses it with
 *       the contents. Logarithmic time per operation (a sorted map of frequency buckets, since a
 *       returning key re-enters at its old count).</li>
 *   <li><b>FIFO</b> evicts the key inserted first; hits do not reorder.</li>
 *   <li><b>RANDOM</b> evicts a key chosen uniformly at random with the provider passed in (an
 *       array of entries, removal by swapping with the last slot).</li>
 *   <li><b>TTL</b> (time to live) combines with any of them: an entry expires {@code ttlNanos}
 *       after it was inserted (expire-after-write, {@link org.distsim.models.cache.policy.ExpireAfter#WRITE};
 *       hits do not extend it) or after its latest use (expire-after-access,
 *       {@link org.distsim.models.cache.policy.ExpireAfter#ACCESS}; every hit restarts it). Expired
 *       entries are purged at the next call, before the request is served, so a request for an
 *       expired key is a miss and re-inserts it, and expired entries never take the place of live
 *       ones. Because every entry has the same TTL, entries expire in the order their TTL started
 *       (insertion order, or recency order with expire-after-access), and the purge walks a list in
 *       that order: amortised constant time. A TTL-only cache is FIFO with a TTL.</li>
 * </ul>
 *
 * <h2>What theory says, and what the tests check</h2>
 * Under the independent reference model (each request names key {@code i} with probability
 * {@code q_i}, see {@link org.distsim.models.keys}), the LRU hit ratio is given to within about a
 * percent by Che's approximation (Che, Tung and Wang, "Hierarchical Web caching systems: modeling,
 * design and experimental results", IEEE JSAC 20(7), 2002; shown asymptotically exact by Fricker,
 * Robert and Roberts, "A versatile and accurate approximation for LRU cache performance", ITC
 * 2012): the characteristic time {@code T} solves {@code Σ_i (1 - e^(-q_i T)) = C} and the hit
 * ratio is {@code Σ_i q_i (1 - e^(-q_i T))}. FIFO and RANDOM have the same hit ratio as each other
 * under IRM (Gelenbe, "A unified approach to the evaluation of a class of replacement
 * algorithms", IEEE Trans. Computers, 1973), approximated by {@code Σ_i q_i T / (1 + q_i T) = C}
 * (Martina, Garetto and Leonardi, "A unified approach to the performance analysis of caching
 * systems", INFOCOM 2014). Holding the {@code C} most popular keys is optimal under IRM, so the
 * known ordering is FIFO ≈ RANDOM ≤ LRU ≤ LFU ≤ static top-C. The LFU named {@code lfu} is in-cache LFU: because
 * a key's count is forgotten on eviction, newcomers compete only with each other for the
 * least-frequent slots and the cache settles on a set of keys chosen early, a few points below the
 * static optimum (2.5 to 5 points for 10 000 Zipf keys in the tests), though well above LRU.
 * {@code lfu-global} remembers every key's count and so holds the most popular keys: it reaches the
 * optimum (within 0.001 in the tests), at the price of metadata for every key ever seen.
 *
 * <p>TTL caches with capacity to spare have exact hit ratios under IRM with Poisson requests at
 * rate λ: expire-after-access hits key {@code i} with probability {@code 1 - e^(-λ q_i T)}, Che's
 * formula with the TTL {@code T} as the characteristic time (an LRU cache is an
 * expire-after-access cache whose TTL is its characteristic time), and expire-after-write with
 * {@code λ q_i T / (1 + λ q_i T)} (a renewal argument: a miss opens a window of {@code T} in which
 * every request hits; Jung, Berger and Balakrishnan, INFOCOM 2003; Fofack, Nain, Neglia and
 * Towsley, VALUETOOLS 2012). Both are tested.
 *
 * <h2>Versions</h2>
 * An entry can carry the version of the value the cache holds for its key
 * ({@link org.distsim.models.cache.policy.EvictionPolicy#version(long)}, {@code keepNewest}). The
 * version is part of the entry and leaves with it: a key evicted, expired or invalidated comes back
 * without one, so the cache never serves a version from an earlier incarnation of the entry, and
 * the cache asks one structure, not two, for a key's state.
 *
 * <h2>Determinism</h2>
 * Entries are found through a hash map but no behaviour depends on its iteration order: victims
 * come from the linked lists or the slot array, and randomness only from the provider passed in.
 * Time is simulated time in nanoseconds, passed in, and must never decrease from one call to the
 * next.
 */
package org.distsim.models.cache.policy;
