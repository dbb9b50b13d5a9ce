package org.distsim.models.cache;

import java.util.HashMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.random.Exponential;
import org.distsim.models.keys.KeyPopularity;
import org.distsim.models.keys.KeySampler;
import org.distsim.models.rpc.CallOutcome;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.Operation;
import org.distsim.models.rpc.Request;

/**
 * A test-only open-loop client of keyed reads and writes: Poisson arrivals, keys drawn from a
 * {@link KeyPopularity}, each request a write with probability {@code 1 - readRatio}. It records
 * latency per operation and checks every read against the writes this client saw acknowledged
 * before it sent the read: a read returning an older version is a violation (a stale read in the
 * sense of read-your-writes). Figures count requests sent after the warm-up.
 */
public final class KeyedClient implements Actor {

    private final ActorContext context;
    private final String targetName;
    private final String writeTargetName;
    private final double readRatio;
    private final long timeoutNanos;
    private final ContinuousSampler gaps;
    private final KeySampler keys;
    private final UniformRandomProvider operations;
    private final Calls calls;
    // Looked up by key only.
    private final HashMap<Long, Long> acknowledged = new HashMap<>();
    private ActorRef target;
    private ActorRef writeTarget;

    private long readsOk;
    private long writesOk;
    private long failed;
    private long readLatencyNanosSum;
    private long writeLatencyNanosSum;
    private long violations;
    private long checkedReads;

    /**
     * @param target      the node reads go to
     * @param writeTarget the node writes go to (the same node, or one behind it to bypass a cache)
     */
    public KeyedClient(ActorContext context, String target, String writeTarget, double ratePerSecond,
            double readRatio, KeyPopularity popularity, long timeoutNanos) {
        this.context = context;
        this.targetName = target;
        this.writeTargetName = writeTarget;
        this.readRatio = readRatio;
        this.timeoutNanos = timeoutNanos;
        this.gaps = new Exponential(1e9 / ratePerSecond).sampler(context.random("arrivals"));
        this.keys = popularity.sampler(context.random("keys"));
        this.operations = context.random("operations");
        this.calls = new Calls(context);
    }

    @Override
    public void onStart() {
        target = context.lookup(targetName);
        writeTarget = context.lookup(writeTargetName);
        context.setTimer(Math.round(gaps.sample()), Arrive.INSTANCE);
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof Arrive) {
            issue();
            context.setTimer(Math.round(gaps.sample()), Arrive.INSTANCE);
        } else {
            calls.handle(message);
        }
    }

    private void issue() {
        long now = context.now();
        long key = keys.nextKey();
        boolean write = operations.nextDouble() >= readRatio;
        long ackedBefore = acknowledged.getOrDefault(key, -1L);
        Request request = new Request(0, now, write ? Operation.WRITE : Operation.READ, key, "", context.self());
        calls.call(write ? writeTarget : target, request, timeoutNanos, outcome -> record(now, key, write, ackedBefore, outcome));
    }

    private void record(long sentAtNanos, long key, boolean write, long ackedBefore, CallOutcome outcome) {
        if (outcome.ok()) {
            long version = outcome.response().version();
            if (write && version >= 0) {
                acknowledged.merge(key, version, Math::max);
            }
            if (!write) {
                checkedReads++;
                if (version < ackedBefore) {
                    violations++;
                }
            }
        }
        if (sentAtNanos < context.warmupEndNanos()) {
            return;
        }
        long latency = context.now() - sentAtNanos;
        if (!outcome.ok()) {
            failed++;
        } else if (write) {
            writesOk++;
            writeLatencyNanosSum += latency;
        } else {
            readsOk++;
            readLatencyNanosSum += latency;
        }
    }

    public long readsOk() {
        return readsOk;
    }

    public long writesOk() {
        return writesOk;
    }

    public long failed() {
        return failed;
    }

    /** Mean latency of successful reads after the warm-up, in milliseconds. */
    public double meanReadMillis() {
        return readLatencyNanosSum / 1e6 / readsOk;
    }

    /** Mean latency of successful writes after the warm-up, in milliseconds. */
    public double meanWriteMillis() {
        return writeLatencyNanosSum / 1e6 / writesOk;
    }

    /** Reads (whole run) that returned a version older than one this client saw acknowledged before. */
    public long violations() {
        return violations;
    }

    /** Successful reads checked for violations (whole run). */
    public long checkedReads() {
        return checkedReads;
    }

    private enum Arrive implements Message {
        INSTANCE
    }
}
