package org.distsim.models.cache;

import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.Forecastable;
import org.distsim.models.analytic.NodeForecast;
import org.distsim.models.analytic.Peers;
import java.time.Duration;
import java.util.Objects;
import org.distsim.core.random.Distribution;
import org.distsim.models.cache.policy.ExpireAfter;
import org.distsim.models.cache.policy.Replacement;
import org.distsim.models.format.Knob;

/**
 * A cache node in front of a backing node (a database, or another cache for a CDN tier): a bounded
 * set of keys with their versions, a replacement policy, an optional time to live, and a strategy
 * for reads and writes.
 *
 * @param backing         the node behind the cache
 * @param capacity        the most keys held, at least 1
 * @param eviction        which key a full cache gives up for a new one
 * @param ttl             how long an entry lives after its time to live started; null for no expiry
 * @param expireAfter     when the time to live starts (insertion or latest use); null for insertion
 * @param lookupTime      time to look a request up in the cache, in nanoseconds
 * @param strategy        cache-aside, read-through, write-through or write-behind
 * @param flushInterval   write-behind: time between two flushes of dirty keys
 * @param flushBatch      write-behind: the most keys written back per flush
 * @param backingTimeout  how long the cache waits for the backing node before it gives up
 */
public record CacheConfig(
        @Knob(doc = "The node the cache stands in front of: a database, or another cache (an origin behind an"
                + " edge tier). Misses, writes and flushes go there.", format = Knob.Format.NODE_REF)
        String backing,
        @Knob(doc = "How many keys the cache holds at most; a miss on a full cache evicts one.",
                min = "1", max = "100000000")
        int capacity,
        @Knob(doc = "Which key a full cache evicts: lru (least recently used), lfu (least frequently used since"
                + " the key entered the cache: its count is forgotten on eviction), lfu-global (least frequently"
                + " used over every request seen: counts survive eviction, at the cost of a count per key ever"
                + " seen), fifo (oldest insertion) or random.", defaultValue = "lru")
        Replacement eviction,
        @Knob(doc = "How long an entry lives after it was inserted, or with expire-after: access after its"
                + " latest use. Leave it out for entries that never expire.", optional = true, min = "0s", minExclusive = true)
        Duration ttl,
        @Knob(doc = "When an entry's ttl starts: write (at insertion, the default: hits do not extend it) or"
                + " access (at every read or write of the key, so a key used more often than once per ttl never"
                + " expires). Needs ttl.", optional = true)
        ExpireAfter expireAfter,
        @Knob(doc = "How long the cache takes to look up a request, hit or miss, before it answers or goes to"
                + " the backing node: a duration distribution, or a duration for a constant.", defaultValue = "100us")
        Distribution lookupTime,
        @Knob(doc = "How the cache handles reads and writes: cache-aside or read-through (a miss fetches from"
                + " the backing node and fills; a write goes to the backing node and then deletes the entry),"
                + " write-through (a write goes to the backing node, then updates the entry) or write-behind"
                + " (a write updates the entry and is answered at once; dirty keys are written back later).",
                defaultValue = "cache-aside")
        CacheStrategy strategy,
        @Knob(doc = "Write-behind only: how often dirty keys are written back to the backing node. A crash"
                + " loses the writes not yet written back.", defaultValue = "100ms", min = "0s", minExclusive = true)
        Duration flushInterval,
        @Knob(doc = "Write-behind only: the most dirty keys written back per flush (one write request each);"
                + " the rest wait for the next flush.", defaultValue = "1000", min = "1", max = "10000000")
        int flushBatch,
        @Knob(doc = "How long the cache waits for an answer from the backing node. When it gives up it does not"
                + " answer its own caller either, whose request then ends as timed out (outcome unknown).",
                defaultValue = "1s", min = "0s", minExclusive = true)
        Duration backingTimeout) implements Forecastable {

    public CacheConfig {
        Objects.requireNonNull(backing, "backing");
        Objects.requireNonNull(eviction, "eviction");
        Objects.requireNonNull(lookupTime, "lookupTime");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(flushInterval, "flushInterval");
        Objects.requireNonNull(backingTimeout, "backingTimeout");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
            throw new IllegalArgumentException("ttl must be positive, got " + ttl);
        }
        if (expireAfter != null && ttl == null) {
            throw new IllegalArgumentException("expire-after: " + expireAfter.configName()
                    + " needs a ttl: without one, entries never expire");
        }
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("flush-interval must be positive, got " + flushInterval);
        }
        if (flushBatch < 1) {
            throw new IllegalArgumentException("flush-batch must be at least 1, got " + flushBatch);
        }
        if (backingTimeout.isNegative() || backingTimeout.isZero()) {
            throw new IllegalArgumentException("backing-timeout must be positive, got " + backingTimeout);
        }
    }

    /** When an entry's time to live starts; write when the scenario does not say. */
    public ExpireAfter expiry() {
        return expireAfter == null ? ExpireAfter.WRITE : expireAfter;
    }

    @Override
    public NodeForecast forecast(Flow offered, Peers peers) {
        return CacheForecast.of(this, offered);
    }
}
