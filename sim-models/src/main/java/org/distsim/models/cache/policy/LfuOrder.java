package org.distsim.models.cache.policy;

/**
 * Least frequently used in constant time (Shah, Mitra and Matani, 2010): a circular list of
 * frequency buckets in ascending order, each holding its entries least recently used first. An
 * insertion joins the bucket of frequency 1, a hit moves the entry to the bucket of the next
 * frequency (created next to its own if missing), and the victim is the head of the lowest bucket:
 * the least recently used of the least frequently used. Empty buckets are unlinked at once, so
 * every step touches a constant number of nodes.
 */
final class LfuOrder implements ReplacementOrder {

    /** The list head; {@code sentinel.higher} is the lowest frequency in use. */
    private final FrequencyBucket sentinel = new FrequencyBucket(0);

    LfuOrder() {
        sentinel.lower = sentinel;
        sentinel.higher = sentinel;
    }

    @Override
    public void inserted(Entry entry) {
        FrequencyBucket first = sentinel.higher;
        if (first == sentinel || first.frequency != 1) {
            first = newBucketAfter(sentinel, 1);
        }
        join(entry, first);
    }

    @Override
    public void hit(Entry entry) {
        FrequencyBucket from = entry.bucket;
        FrequencyBucket to = from.higher;
        if (to == sentinel || to.frequency != from.frequency + 1) {
            to = newBucketAfter(from, from.frequency + 1);
        }
        leave(entry);
        join(entry, to);
    }

    @Override
    public void removed(Entry entry) {
        leave(entry);
    }

    @Override
    public Entry victim() {
        return sentinel.higher.entries.first();
    }

    @Override
    public void clear() {
        sentinel.lower = sentinel;
        sentinel.higher = sentinel;
    }

    private static void join(Entry entry, FrequencyBucket bucket) {
        bucket.entries.addLast(entry);
        entry.bucket = bucket;
    }

    private static void leave(Entry entry) {
        FrequencyBucket bucket = entry.bucket;
        bucket.entries.unlink(entry);
        entry.bucket = null;
        if (bucket.entries.isEmpty()) {
            bucket.lower.higher = bucket.higher;
            bucket.higher.lower = bucket.lower;
        }
    }

    private static FrequencyBucket newBucketAfter(FrequencyBucket before, long frequency) {
        FrequencyBucket bucket = new FrequencyBucket(frequency);
        bucket.lower = before;
        bucket.higher = before.higher;
        before.higher.lower = bucket;
        before.higher = bucket;
        return bucket;
    }
}
