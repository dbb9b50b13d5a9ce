package org.distsim.models.cache.policy;

import com.carrotsearch.hppc.LongLongHashMap;
import java.util.TreeMap;

/**
 * Least frequently used with counts that survive eviction ("perfect" LFU; Breslau, Cao, Fan,
 * Phillips and Shenker, "Web caching and Zipf-like distributions", INFOCOM 1999, contrast it with
 * the in-cache LFU of {@link LfuOrder}). Every request to a key counts, whether it hit or missed,
 * and the count is kept when the key leaves the cache, so a key that was once popular comes back
 * with its history. The victim is the held key with the lowest count, the least recently counted
 * among equal counts.
 *
 * <p>Because a returning key re-enters at its old count rather than at 1, the frequency buckets
 * are kept in a sorted map (logarithmic in the number of distinct counts held) instead of the
 * constant-time adjacent-bucket list of in-cache LFU. The counts are a hash map from key to count
 * that is only looked up, never iterated, and that grows with the number of distinct keys seen:
 * the price of perfect counts. A crash ({@link #clear}) loses them with the cache's contents.
 */
final class GlobalLfuOrder implements ReplacementOrder {

    private final LongLongHashMap counts = new LongLongHashMap();
    private final TreeMap<Long, FrequencyBucket> buckets = new TreeMap<>();

    @Override
    public void inserted(Entry entry) {
        join(entry, counts.addTo(entry.key, 1));
    }

    @Override
    public void hit(Entry entry) {
        leave(entry);
        join(entry, counts.addTo(entry.key, 1));
    }

    @Override
    public void removed(Entry entry) {
        leave(entry);
    }

    @Override
    public Entry victim() {
        return buckets.firstEntry().getValue().entries.first();
    }

    @Override
    public void clear() {
        buckets.clear();
        counts.clear();
    }

    private void join(Entry entry, long frequency) {
        FrequencyBucket bucket = buckets.computeIfAbsent(frequency, FrequencyBucket::new);
        bucket.entries.addLast(entry);
        entry.bucket = bucket;
    }

    private void leave(Entry entry) {
        FrequencyBucket bucket = entry.bucket;
        bucket.entries.unlink(entry);
        entry.bucket = null;
        if (bucket.entries.isEmpty()) {
            buckets.remove(bucket.frequency);
        }
    }
}
