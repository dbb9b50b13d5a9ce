package org.distsim.models.cache;

import com.carrotsearch.hppc.LongLongHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.TimeWeightedGauge;
import org.distsim.models.cache.policy.EvictionPolicy;
import org.distsim.models.rpc.CallOutcome;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Operation;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * The cache actor as it was before its versions moved into the eviction policy's entries (main at
 * {@code f354b60}), kept unchanged as the oracle of {@code CacheVersionsSideBySideTest}: a
 * separate {@code versions} map, a miss that removes the key's version, and a prune that keeps the
 * map within about twice the capacity. Only the class name and this comment differ from that
 * version; it is test code and is never changed to follow {@link Cache}.
 *
 * <p>State: the {@link EvictionPolicy} decides which keys are held; {@code versions} holds the
 * version of each held key whose value has arrived; {@code fills} holds the fetch in flight per key
 * (later reads of that key wait for it instead of sending another); {@code writeBuffer} holds the
 * write-behind writes not yet written back. All of it is volatile: a crash empties it.
 */
final class ReferenceCache implements Actor {

    /** A version not known yet: the value was written here but its base version not yet fetched. */
    private static final long UNKNOWN = Response.NO_VERSION;

    private final ActorContext context;
    private final CacheConfig config;
    private final EvictionPolicy policy;
    private final ContinuousSampler lookupTime;
    private final long backingTimeoutNanos;
    private final long flushIntervalNanos;
    private final Calls calls;
    // Looked up by key only; the versions map is pruned with removeAll, whose order changes nothing.
    // Primitive keys: every request looks its key up in both, and boxed maps cost about 4 % of
    // url-shortener's CPU.
    private final LongLongHashMap versions = new LongLongHashMap();
    private final LongObjectHashMap<Fill> fills = new LongObjectHashMap<>();
    // Iterated by the flush, so insertion-ordered: the oldest dirty key is written back first.
    private final LinkedHashMap<Long, Dirty> writeBuffer = new LinkedHashMap<>();
    private long bufferedWrites;

    private final Counter reads;
    private final Counter writes;
    private final Counter hits;
    private final Counter misses;
    private final Counter coalesced;
    private final Counter evictions;
    private final Counter expirations;
    private final Counter backingRequests;
    private final Counter lostWrites;
    private final Counter flushFailures;
    private final TimeWeightedGauge entries;
    private final TimeWeightedGauge dirtyKeys;
    private long evictionsSeen;
    private long expirationsSeen;

    private ActorRef backing;

    ReferenceCache(ActorContext context, CacheConfig config) {
        this.context = context;
        this.config = config;
        long ttlNanos = config.ttl() == null ? EvictionPolicy.NO_TTL : config.ttl().toNanos();
        this.policy = EvictionPolicy.of(config.eviction(), config.capacity(), ttlNanos, config.expiry(),
                context.random("eviction"));
        this.lookupTime = config.lookupTime().sampler(context.random("lookup-time"));
        this.backingTimeoutNanos = config.backingTimeout().toNanos();
        this.flushIntervalNanos = config.flushInterval().toNanos();
        this.calls = new Calls(context);
        var metrics = context.nodeMetrics();
        this.reads = metrics.counter(CacheFigures.READS);
        this.writes = metrics.counter(CacheFigures.WRITES);
        this.hits = metrics.counter(CacheFigures.HITS);
        this.misses = metrics.counter(CacheFigures.MISSES);
        metrics.quotient(CacheFigures.HIT_RATIO, hits, reads);
        this.coalesced = metrics.counter(CacheFigures.COALESCED);
        this.evictions = metrics.counter(CacheFigures.EVICTIONS);
        this.expirations = metrics.counter(CacheFigures.EXPIRATIONS);
        this.backingRequests = metrics.counter(CacheFigures.BACKING_REQUESTS);
        this.lostWrites = metrics.counter(CacheFigures.LOST_WRITES);
        this.flushFailures = metrics.counter(CacheFigures.FLUSH_FAILURES);
        this.entries = metrics.gauge(CacheFigures.ENTRIES);
        this.dirtyKeys = metrics.gauge(CacheFigures.DIRTY);
    }

    @Override
    public void onStart() {
        backing = context.lookup(config.backing());
        scheduleFlush();
    }

    @Override
    public void onRestart() {
        scheduleFlush();
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (calls.handle(message)) {
            syncPolicyFigures();
            return;
        }
        if (message instanceof Request request) {
            long nanos = context.workNanos(lookupTime.sample());
            context.setTimer(nanos, new LookedUp(from, request));
        } else if (message instanceof LookedUp lookedUp) {
            serve(lookedUp.caller(), lookedUp.request());
        } else if (message instanceof Flush) {
            flush();
            scheduleFlush();
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        }
        syncPolicyFigures();
    }

    @Override
    public void onCrash() {
        // Everything is in memory: the cache restarts cold and the unflushed writes are gone.
        lostWrites.add(bufferedWrites);
        bufferedWrites = 0;
        writeBuffer.clear();
        calls.clear();
        fills.clear();
        versions.clear();
        policy.clear();
        dirtyKeys.set(0);
        syncPolicyFigures();
    }

    private void serve(ActorRef caller, Request request) {
        if (!request.isWrite()) {
            read(caller, request);
            return;
        }
        writes.increment();
        switch (config.strategy()) {
            case WRITE_THROUGH -> writeThrough(caller, request);
            case WRITE_BEHIND -> writeBehind(caller, request);
            default -> writeAround(caller, request);
        }
    }

    // ---- reads ------------------------------------------------------------------------------------

    /**
     * A read is counted by what the cache does with it, so that hits + misses + coalesced = reads:
     * a hit when the value is there, a miss when a fetch is sent for it, coalesced when it waits for
     * a fetch already in flight. A key the policy holds whose value is still being fetched is no hit.
     */
    private void read(ActorRef caller, Request request) {
        reads.increment();
        long key = request.key();
        boolean present = policy.access(key, context.now());
        long version = UNKNOWN;
        if (present) {
            version = versions.getOrDefault(key, UNKNOWN);
        } else {
            // A version left from an earlier, evicted incarnation of the entry is not to be trusted;
            // once it is removed there is none to look up.
            versions.remove(key);
        }
        // Only write-behind buffers writes; the others skip hashing the key into an empty map.
        Dirty dirty = writeBuffer.isEmpty() ? null : writeBuffer.get(key);
        if (dirty != null) {
            version = dirty.version;
        }
        if (version != UNKNOWN) {
            hits.increment();
            remember(key, version);
            context.send(caller, Response.lookedUp(request.id(), version, true).sized(request.responseBytes()));
            return;
        }
        Waiter waiter = new Waiter(caller, request.id(), request.responseBytes());
        Fill fill = fills.get(key);
        if (fill != null) {
            coalesced.increment();
            fill.waiters.add(waiter);
        } else {
            misses.increment();
            startFill(key, request.intendedAtNanos(), request.route(), request.origin(), waiter, request.responseBytes());
        }
    }

    private void startFill(long key, long intendedAtNanos, String route, ActorRef origin, Waiter waiter,
            long answerBytes) {
        Fill fill = new Fill();
        if (waiter != null) {
            fill.waiters.add(waiter);
        }
        fills.put(key, fill);
        backingRequests.increment();
        // The fetch asks for what the reader asked for, so that the fill weighs on the links it crosses.
        Request fetch = new Request(0, intendedAtNanos, Operation.READ, key, route, origin).sized(0, answerBytes);
        calls.call(backing, fetch, backingTimeoutNanos, outcome -> filled(key, fill, outcome));
    }

    private void filled(long key, Fill fill, CallOutcome outcome) {
        // A fill detached by an invalidation still answers its waiters but must not refill the entry.
        boolean current = fills.get(key) == fill;
        if (current) {
            fills.remove(key);
        }
        if (!outcome.ok()) {
            if (current && !versions.containsKey(key) && !writeBuffer.containsKey(key)) {
                policy.remove(key);
            }
            answerFailure(fill.waiters, outcome);
            return;
        }
        long fetched = Math.max(outcome.response().version(), fill.minVersion);
        Dirty dirty = writeBuffer.get(key);
        if (current && dirty != null && dirty.version == UNKNOWN) {
            // The buffered write is one version newer than what the backing node holds.
            dirty.version = fetched + 1;
        }
        long version = dirty != null && dirty.version != UNKNOWN ? dirty.version : fetched;
        if (current && policy.contains(key, context.now())) {
            keepNewest(key, version);
            pruneVersions();
        }
        for (Waiter waiter : fill.waiters) {
            context.send(waiter.caller(), Response.lookedUp(waiter.requestId(), version, false)
                    .sized(waiter.answerBytes()));
        }
    }

    // ---- writes -----------------------------------------------------------------------------------

    /** Cache-aside and read-through: the write goes to the backing node, then the entry is deleted. */
    private void writeAround(ActorRef caller, Request request) {
        long key = request.key();
        backingRequests.increment();
        calls.call(backing, request, backingTimeoutNanos, outcome -> {
            invalidate(key);
            answer(caller, request.id(), outcome);
        });
    }

    /** Write-through: the backing node commits first; then the entry takes the new version. */
    private void writeThrough(ActorRef caller, Request request) {
        long key = request.key();
        backingRequests.increment();
        calls.call(backing, request, backingTimeoutNanos, outcome -> {
            if (outcome.ok()) {
                long version = outcome.response().version();
                boolean present = policy.access(key, context.now());
                if (!present) {
                    versions.remove(key);
                }
                remember(key, version);
                Fill fill = fills.get(key);
                if (fill != null) {
                    // A fetch sent before this write may return the old version; it must not win.
                    fill.minVersion = Math.max(fill.minVersion, version);
                }
            } else if (outcome.timedOut()) {
                invalidate(key);
            }
            answer(caller, request.id(), outcome);
        });
    }

    /** Write-behind: the entry takes the write and it is answered at once; a flush writes it back later. */
    private void writeBehind(ActorRef caller, Request request) {
        long key = request.key();
        boolean present = policy.access(key, context.now());
        if (!present) {
            versions.remove(key);
        }
        Dirty dirty = writeBuffer.get(key);
        if (dirty == null) {
            long base = versions.getOrDefault(key, UNKNOWN);
            dirty = new Dirty(base == UNKNOWN ? UNKNOWN : base + 1);
            writeBuffer.put(key, dirty);
            dirtyKeys.set(writeBuffer.size());
            if (base == UNKNOWN && !fills.containsKey(key)) {
                // The version this write creates is one above the backing node's; fetch that first.
                startFill(key, context.now(), "", context.self(), null, 0);
            }
        }
        // Later writes to a dirty key overwrite its buffered value: one version, written back once,
        // weighing what the last write weighed.
        dirty.writes++;
        dirty.sizeBytes = request.sizeBytes();
        bufferedWrites++;
        if (dirty.version != UNKNOWN) {
            remember(key, dirty.version);
        }
        context.send(caller, Response.ok(request, dirty.version));
    }

    private void scheduleFlush() {
        if (config.strategy() == CacheStrategy.WRITE_BEHIND) {
            context.setTimer(flushIntervalNanos, Flush.INSTANCE);
        }
    }

    /** Writes back up to flush-batch dirty keys, oldest first; one write request per key. */
    private void flush() {
        int sent = 0;
        Iterator<Map.Entry<Long, Dirty>> dirtyEntries = writeBuffer.entrySet().iterator();
        while (sent < config.flushBatch() && dirtyEntries.hasNext()) {
            Map.Entry<Long, Dirty> entry = dirtyEntries.next();
            long key = entry.getKey();
            Dirty dirty = entry.getValue();
            if (dirty.version == UNKNOWN) {
                // Its base version is still being fetched; it waits for the next flush.
                if (!fills.containsKey(key)) {
                    startFill(key, context.now(), "", context.self(), null, 0);
                }
                continue;
            }
            dirtyEntries.remove();
            bufferedWrites -= dirty.writes;
            sent++;
            backingRequests.increment();
            Request write = new Request(0, context.now(), Operation.WRITE, key, "", context.self())
                    .sized(dirty.sizeBytes, 0);
            calls.call(backing, write, backingTimeoutNanos, outcome -> {
                if (outcome.ok()) {
                    if (versions.containsKey(key)) {
                        keepNewest(key, outcome.response().version());
                    }
                } else {
                    flushFailures.increment();
                }
            });
        }
        dirtyKeys.set(writeBuffer.size());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** Records the version of a key the policy holds. */
    private void remember(long key, long version) {
        keepNewest(key, version);
        pruneVersions();
    }

    /** Deletes the entry; a fetch in flight for it is detached, so its result will not refill it. */
    private void invalidate(long key) {
        policy.remove(key);
        versions.remove(key);
        fills.remove(key);
    }

    /**
     * The policy evicts without telling; versions of evicted keys are dropped here once they
     * outnumber the capacity, which keeps the map within about twice the capacity.
     */
    private void pruneVersions() {
        if (versions.size() > 2 * (long) policy.capacity() + 64) {
            long now = context.now();
            versions.removeAll((long key) -> !policy.contains(key, now));
        }
    }

    /** Keeps the newer of the version recorded for {@code key} and {@code version}. */
    private void keepNewest(long key, long version) {
        int slot = versions.indexOf(key);
        if (slot < 0) {
            versions.indexInsert(slot, key, version);
        } else if (version > versions.indexGet(slot)) {
            versions.indexReplace(slot, version);
        }
    }

    /** Passes an outcome to the caller; after a timeout the caller hears nothing, as it would not. */
    private void answer(ActorRef caller, long requestId, CallOutcome outcome) {
        if (!outcome.timedOut()) {
            context.send(caller, outcome.response().withId(requestId));
        }
    }

    private void answerFailure(List<Waiter> waiters, CallOutcome outcome) {
        for (Waiter waiter : waiters) {
            answer(waiter.caller(), waiter.requestId(), outcome);
        }
    }

    private void syncPolicyFigures() {
        evictions.add(policy.evictions() - evictionsSeen);
        evictionsSeen = policy.evictions();
        expirations.add(policy.expirations() - expirationsSeen);
        expirationsSeen = policy.expirations();
        if (entries.value() != policy.size()) {
            entries.set(policy.size());
        }
    }

    /** A fetch from the backing node in flight, and the reads waiting for it. */
    private static final class Fill {
        final List<Waiter> waiters = new ArrayList<>(1);
        /** The least version the fetched value may have: a write-through acknowledged meanwhile. */
        long minVersion = UNKNOWN;
    }

    /** A write-behind value not yet written back. */
    private static final class Dirty {
        long version;
        /** Acknowledged writes it holds: lost if the cache crashes before the flush. */
        long writes;
        /** The size of the value it holds (the last write's), which its flush carries to the backing node. */
        long sizeBytes;

        Dirty(long version) {
            this.version = version;
        }
    }

    private record Waiter(ActorRef caller, long requestId, long answerBytes) {
    }

    /** The lookup time of a request has passed. */
    private record LookedUp(ActorRef caller, Request request) implements Message {
    }

    /** Time to write back dirty keys. */
    private enum Flush implements Message {
        INSTANCE
    }
}
