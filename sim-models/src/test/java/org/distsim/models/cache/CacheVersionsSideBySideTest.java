package org.distsim.models.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.fault.Fault;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.SimObserver;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.random.Exponential;
import org.distsim.core.random.RandomStreams;
import org.distsim.core.result.DropReason;
import org.distsim.models.cache.policy.ExpireAfter;
import org.distsim.models.cache.policy.Replacement;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.Operation;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;
import org.junit.jupiter.api.Test;

/**
 * The cache keeps each key's version with the policy's entry, so that a version dies with its
 * entry; before, a separate map kept versions, also of evicted keys until a prune. The bundled
 * scenarios' reports must not change by a byte, so {@link Cache} is run side by side with {@link
 * ReferenceCache} (the cache as it was) in two simulations of the same seed, stepped one event at a
 * time: after every event both must have sent, delivered and dropped the same messages (every
 * answer carries its version and whether it was a hit), and at the end their figures must be
 * equal.
 *
 * <p>The load is made to reach every place where a left-over version could have mattered: a small
 * cache on a skewed key space (evictions, and keys that come back), reads and writes under every
 * strategy, a backing node that answers late (out of order), fails, stays silent (the cache's
 * fills and writes time out) or answers without a version, and crashes of the cache. Every
 * replacement order runs, with and without a time to live.
 */
class CacheVersionsSideBySideTest {

    private static final long END_NANOS = 1_000_000_000L;
    private static final int CAPACITY = 24;

    @Test
    void theCacheWithVersionsInItsEntries_decidesEveryEventAsTheCacheWithAVersionMap_did() {
        long seed = 11;
        for (CacheStrategy strategy : CacheStrategy.values()) {
            for (Replacement replacement : Replacement.values()) {
                compare(strategy, replacement, null, null, seed++);
                compare(strategy, replacement, Duration.ofMillis(40), null, seed++);
            }
            compare(strategy, Replacement.LRU, Duration.ofMillis(40), ExpireAfter.ACCESS, seed++);
        }
    }

    @Test
    void theUrlShortenersCache_lruWithoutTtlUnderWriteThrough_decidesAsBefore_overManySeeds() {
        for (long seed = 100; seed < 112; seed++) {
            compare(CacheStrategy.WRITE_THROUGH, Replacement.LRU, null, null, seed);
        }
    }

    private static void compare(CacheStrategy strategy, Replacement replacement, Duration ttl, ExpireAfter expireAfter,
            long seed) {
        CacheConfig config = new CacheConfig("backing", CAPACITY, replacement, ttl, expireAfter,
                new Exponential(100_000), strategy, Duration.ofMillis(10), 8, Duration.ofMillis(20));
        String what = strategy + " " + replacement.configName() + (ttl == null ? "" : " ttl " + ttl + " after "
                + config.expiry().configName()) + ", seed " + seed;
        Side now = new Side(seed, context -> new Cache(context, config));
        Side before = new Side(seed, context -> new ReferenceCache(context, config));
        long step = 0;
        boolean running = true;
        while (running) {
            boolean nowRuns = now.simulation.step();
            running = before.simulation.step();
            step++;
            assertEquals(running, nowRuns, what + ": whether the run goes on after event " + step);
            assertEquals(before.simulation.now(), now.simulation.now(), what + ": time of event " + step);
            assertEquals(before.trace.toString(), now.trace.toString(),
                    what + ": the messages of event " + step + " at t=" + now.simulation.now() + " ns");
            now.trace.setLength(0);
            before.trace.setLength(0);
        }
        assertEquals(before.simulation.events(), now.simulation.events(), what);
        var figuresBefore = before.simulation.metrics().nodeResults(before.simulation.now()).get("cache").figures();
        var figuresNow = now.simulation.metrics().nodeResults(now.simulation.now()).get("cache").figures();
        assertEquals(figuresBefore, figuresNow, what + ": the cache's figures");
        // The load reached what it was made for; otherwise the comparison would prove little.
        assertTrue(figuresNow.get("hits").longValue() > 100, what + ": hits " + figuresNow);
        assertTrue(figuresNow.get("coalesced").longValue() > 10, what + ": coalesced " + figuresNow);
        assertTrue(figuresNow.get("evictions").longValue() + figuresNow.get("expirations").longValue() > 100,
                what + ": evictions " + figuresNow);
        assertTrue(now.backing.failed > 10 && now.backing.silent > 10 && now.backing.versionless > 10,
                what + ": failed " + now.backing.failed + ", silent " + now.backing.silent);
        assertTrue(now.crashes > 2, what + ": crashes " + now.crashes);
    }

    /** One simulation: a client, the cache under test and a flaky backing node, traced. */
    private static final class Side {
        final Simulation simulation;
        final StringBuilder trace = new StringBuilder();
        final FlakyBacking backing;
        int crashes;

        Side(long seed, org.distsim.core.kernel.ActorFactory cache) {
            simulation = new Simulation(SimulationConfig.of(seed, END_NANOS));
            simulation.spawn("client", "test-client", context -> new SkewedClient(context, 6_000));
            ActorRef cacheRef = simulation.spawn("cache", "cache", cache);
            FlakyBacking[] made = new FlakyBacking[1];
            simulation.spawn("backing", "test-backing", context -> made[0] = new FlakyBacking(context));
            backing = made[0];
            simulation.addObserver(new Tracer(trace));
            // Crash times from a stream of the test's own, the same on both sides.
            UniformRandomProvider faults = new RandomStreams(seed, 0).stream("test", "crashes");
            for (long at = 50_000_000L; at < END_NANOS; at += 50_000_000L + faults.nextInt(250_000_000)) {
                simulation.at(at, () -> {
                    crashes++;
                    simulation.crash(cacheRef);
                });
                simulation.at(at + 3_000_000L, () -> simulation.restart(cacheRef));
            }
            simulation.start();
        }
    }

    /** Writes every message's fate as a line: the comparison's record of one event. */
    private record Tracer(StringBuilder trace) implements SimObserver {

        @Override
        public void onSend(long nowNanos, ActorRef from, ActorRef to, Message message, long deliverAtNanos) {
            trace.append("send ").append(from).append("->").append(to).append(' ').append(message).append('\n');
        }

        @Override
        public void onDeliver(long nowNanos, ActorRef from, ActorRef to, Message message) {
            trace.append("deliver ").append(from).append("->").append(to).append(' ').append(message).append('\n');
        }

        @Override
        public void onDrop(long nowNanos, ActorRef from, ActorRef to, Message message, DropReason reason) {
            trace.append("drop ").append(reason).append(' ').append(message).append('\n');
        }

        @Override
        public void onFault(long nowNanos, Fault fault) {
            trace.append("fault ").append(fault).append('\n');
        }
    }

    /**
     * Open-loop reads (70 %) and writes of keys skewed towards small ones over four times the
     * cache's capacity, so that keys are evicted and come back. Answers are not awaited: the trace
     * records them.
     */
    private static final class SkewedClient implements Actor {
        private final ActorContext context;
        private final ContinuousSampler gaps;
        private final UniformRandomProvider draws;
        private ActorRef cache;
        private long nextId = 1;

        SkewedClient(ActorContext context, double ratePerSecond) {
            this.context = context;
            this.gaps = new Exponential(1e9 / ratePerSecond).sampler(context.random("arrivals"));
            this.draws = context.random("requests");
        }

        @Override
        public void onStart() {
            cache = context.lookup("cache");
            context.setTimer(Math.round(gaps.sample()), Tick.INSTANCE);
        }

        @Override
        public void onMessage(ActorRef from, Message message) {
            if (message instanceof Tick) {
                double u = draws.nextDouble();
                long key = (long) (u * u * 4 * CAPACITY);
                Operation operation = draws.nextDouble() < 0.7 ? Operation.READ : Operation.WRITE;
                context.send(cache, new Request(nextId++, context.now(), operation, key, "", context.self()));
                context.setTimer(Math.round(gaps.sample()), Tick.INSTANCE);
            }
        }
    }

    /**
     * A database-like node that commits a write when it arrives and answers after a random delay,
     * so answers overtake each other; it fails 5 % of requests, never answers 4 % (the cache's call
     * times out), answers 3 % only after the cache's timeout, and answers 3 % without a version, as
     * a node that keeps none does.
     */
    private static final class FlakyBacking implements Actor {
        private final ActorContext context;
        private final ContinuousSampler delays;
        private final UniformRandomProvider draws;
        // Looked up by key only.
        private final Map<Long, Long> versions = new HashMap<>();
        long failed;
        long silent;
        long versionless;

        FlakyBacking(ActorContext context) {
            this.context = context;
            this.delays = new Exponential(2_000_000).sampler(context.random("delays"));
            this.draws = context.random("faults");
        }

        @Override
        public void onMessage(ActorRef from, Message message) {
            if (message instanceof Request request) {
                double u = draws.nextDouble();
                long delay = Math.round(delays.sample());
                Response answer;
                if (u < 0.04) {
                    silent++;
                    return;
                } else if (u < 0.09) {
                    failed++;
                    answer = Response.failed(request.id(), FailureReason.REJECTED);
                } else {
                    long version = request.operation() == Operation.WRITE
                            ? versions.merge(request.key(), 1L, Long::sum)
                            : versions.getOrDefault(request.key(), 0L);
                    if (u < 0.12) {
                        versionless++;
                        version = Response.NO_VERSION;
                    } else if (u < 0.15) {
                        delay += 25_000_000L;
                    }
                    answer = Response.ok(request, version);
                }
                context.setTimer(delay, new Answer(from, answer));
            } else if (message instanceof Answer answer) {
                context.send(answer.to(), answer.response());
            }
        }
    }

    private record Answer(ActorRef to, Response response) implements Message {
    }

    private enum Tick implements Message {
        INSTANCE
    }
}
