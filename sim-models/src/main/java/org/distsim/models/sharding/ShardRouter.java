package org.distsim.models.sharding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.NodeMetrics;
import org.distsim.core.random.Constant;
import org.distsim.models.rpc.CallOutcome;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * A shard router: forwards each request to the shard that owns its key and answers the caller
 * with the shard's response. It counts the requests sent to each shard and, when the run adds a
 * shard, the fraction of the distinct keys it had routed that changed shard.
 *
 * <p>When a shard does not answer within the router's timeout the router stops waiting and counts
 * a timeout, but answers nothing, as a load balancer does: the shard may still act on the
 * request, so only the caller's own timeout can end it, as unknown. A crash forgets the requests
 * in flight; the shard map (and a directory's table) is durable configuration and survives it.
 */
public final class ShardRouter implements Actor {

    /**
     * A limit on the distinct keys remembered for measuring a resharding; past it the fraction
     * moved is measured over the first keys seen, a sample large enough for any tolerance.
     */
    static final int MAX_TRACKED_KEYS = 1_000_000;

    private final ActorContext context;
    private final ShardMap map;
    private final Calls calls;
    private final long timeoutNanos;
    /** Null when lookups are free or the strategy keeps no directory. */
    private final ContinuousSampler lookupTime;
    private final AddShardConfig addShard;
    /** Every shard that may ever receive traffic: the declared ones, then the added one. */
    private final List<String> shardNames;
    private final ActorRef[] shardRefs;
    private final Counter[] routedTo;
    private final Counter timeouts;
    /** Distinct keys routed before the resharding, in order of first sight; null without add-shard. */
    private Set<Long> keysSeen;
    private boolean resharded;
    private long keysMoved;
    private long keysCompared;

    public ShardRouter(ActorContext context, ShardRouterConfig config) {
        this.context = context;
        this.map = config.strategy().map(config);
        this.calls = new Calls(context);
        this.timeoutNanos = config.timeout().toNanos();
        this.lookupTime = config.strategy() != ShardingStrategy.DIRECTORY
                || config.directoryLookupTime() instanceof Constant constant && constant.value() == 0
                ? null
                : config.directoryLookupTime().sampler(context.random("directory-lookup"));
        this.addShard = config.addShard();
        this.shardNames = addShard == null
                ? config.shards()
                : Stream.concat(config.shards().stream(), Stream.of(addShard.node())).toList();
        this.shardRefs = new ActorRef[shardNames.size()];
        this.keysSeen = addShard == null ? null : new LinkedHashSet<>();

        NodeMetrics metrics = context.nodeMetrics();
        this.routedTo = new Counter[shardNames.size()];
        for (int i = 0; i < routedTo.length; i++) {
            routedTo[i] = metrics.counter(ShardRouterFigures.ROUTED, shardNames.get(i));
        }
        this.timeouts = metrics.counter(ShardRouterFigures.TIMEOUTS);
        metrics.derived(ShardRouterFigures.HOT_SHARD_SHARE, this::hotShardShare);
        if (addShard != null) {
            metrics.derived(ShardRouterFigures.KEYS_SEEN, () -> resharded ? keysCompared : Double.NaN);
            metrics.derived(ShardRouterFigures.KEYS_MOVED, () -> resharded ? keysMoved : Double.NaN);
            metrics.derived(ShardRouterFigures.KEYS_MOVED_FRACTION, () -> resharded ? (double) keysMoved / keysCompared : Double.NaN);
        }
    }

    @Override
    public void onStart() {
        for (int i = 0; i < shardRefs.length; i++) {
            shardRefs[i] = context.lookup(shardNames.get(i));
        }
        scheduleResharding();
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (calls.handle(message)) {
            return;
        }
        if (message instanceof Request request) {
            if (lookupTime == null) {
                route(from, request);
            } else {
                long nanos = context.workNanos(lookupTime.sample());
                context.setTimer(nanos, new LookedUp(from, request));
            }
        } else if (message instanceof LookedUp lookedUp) {
            route(lookedUp.caller(), lookedUp.request());
        } else if (message instanceof AddShard) {
            reshard();
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        }
    }

    @Override
    public void onCrash() {
        calls.clear();
    }

    @Override
    public void onRestart() {
        // The resharding timer died with the crash; the operator's change still happens.
        scheduleResharding();
    }

    private void scheduleResharding() {
        if (addShard != null && !resharded) {
            context.setTimer(Math.max(0, addShard.at().toNanos() - context.now()), AddShard.INSTANCE);
        }
    }

    private void route(ActorRef caller, Request request) {
        int shard = map.route(request.key());
        if (keysSeen != null && keysSeen.size() < MAX_TRACKED_KEYS) {
            keysSeen.add(request.key());
        }
        routedTo[shard].increment();
        calls.call(shardRefs[shard], request, timeoutNanos, outcome -> answered(caller, request, outcome));
    }

    private void answered(ActorRef caller, Request request, CallOutcome outcome) {
        if (outcome.timedOut()) {
            timeouts.increment();
        } else {
            Response response = outcome.response();
            context.send(caller, response.withId(request.id()));
        }
    }

    /** Adds the new shard and counts the keys seen so far whose shard changed. */
    private void reshard() {
        if (resharded) {
            return; // a timer set before a crash that the restart set again
        }
        long[] keys = new long[keysSeen.size()];
        int[] before = new int[keys.length];
        int i = 0;
        for (long key : keysSeen) {
            keys[i] = key;
            before[i] = map.shardOf(key);
            i++;
        }
        map.addShard(addShard.node());
        long moved = 0;
        for (int k = 0; k < keys.length; k++) {
            if (map.shardOf(keys[k]) != before[k]) {
                moved++;
            }
        }
        keysMoved = moved;
        keysCompared = keys.length;
        resharded = true;
        keysSeen = null;
    }

    /** The busiest shard's requests over the mean per shard now in the map: 1 is even, n is all on one. */
    private double hotShardShare() {
        long total = 0;
        long max = 0;
        for (Counter counter : routedTo) {
            total += counter.value();
            max = Math.max(max, counter.value());
        }
        return total == 0 ? Double.NaN : max / ((double) total / map.shardCount());
    }

    /** The directory lookup of a request is done; forward it now. */
    private record LookedUp(ActorRef caller, Request request) implements Message {
    }

    /** Time to add the configured shard. */
    private enum AddShard implements Message {
        INSTANCE
    }
}
