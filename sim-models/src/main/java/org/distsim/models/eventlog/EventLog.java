package org.distsim.models.eventlog;

import java.util.Arrays;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.ModelLimitException;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.TimeWeightedGauge;
import org.distsim.models.keys.KeySpread;
import org.distsim.models.queue.Partitioning;
import org.distsim.models.rpc.CallOutcome;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.HealthReply;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;
import org.distsim.models.storage.StoredBytes;

/**
 * A partitioned, retained event log with independent consumer groups: appends each publish to a
 * partition and acknowledges it at once, and feeds every group that has joined, batch by batch,
 * from its own committed offsets. See the package documentation for the model.
 */
public final class EventLog implements Actor {

    /** How long a partition waits before a failed batch is delivered again, so a failing member is not hammered. */
    static final long REDELIVERY_DELAY_NANOS = 100_000_000L;
    /** A hard cap on the messages retained without a size limit, so an unbounded log ends with a message, not an OutOfMemoryError. */
    static final int RETAINED_CAP = 10_000_000;

    private final ActorContext context;
    private final EventLogConfig config;
    private final Calls calls;
    private final PartitionLog[] log;
    private final GroupReader[] groups;
    private final Counter published;
    private final Counter expired;
    private final Counter rebalances;
    private final StoredBytes stored;
    private final TimeWeightedGauge retained;
    private final long retentionNanos;
    private final int retentionMessages;
    private final long retentionBytes;
    /** By group: whether a probe of its lost members is scheduled, so there is one chain of probes per group. */
    private final boolean[] probing;
    private long retainedCount;
    private int roundRobin;
    private long nextProbe;

    public EventLog(ActorContext context, EventLogConfig config) {
        this.context = context;
        this.config = config;
        this.calls = new Calls(context);
        var metrics = context.nodeMetrics();
        this.published = metrics.counter(EventLogFigures.PUBLISHED);
        this.expired = metrics.counter(EventLogFigures.EXPIRED);
        this.stored = new StoredBytes(context);
        this.retained = metrics.gauge(EventLogFigures.RETAINED);
        this.rebalances = metrics.counter(EventLogFigures.REBALANCES);
        this.log = new PartitionLog[config.partitions()];
        for (int p = 0; p < log.length; p++) {
            log[p] = new PartitionLog();
        }
        this.groups = new GroupReader[config.groups().size()];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = new GroupReader(config.groups().get(g), log.length, metrics);
        }
        this.probing = new boolean[groups.length];
        this.retentionNanos = config.retention() == null ? Long.MAX_VALUE : config.retention().toNanos();
        this.retentionMessages = config.retentionMessages() == null ? Integer.MAX_VALUE : config.retentionMessages();
        this.retentionBytes = config.retentionBytes() == null ? Long.MAX_VALUE : config.retentionBytes().bytes();
    }

    @Override
    public void onStart() {
        for (GroupReader group : groups) {
            for (int m = 0; m < group.memberCount(); m++) {
                group.member(m, context.lookup(group.config.consumers().get(m)));
            }
        }
        for (int g = 0; g < groups.length; g++) {
            long joinAt = groups[g].config.joinAt().toNanos();
            if (joinAt <= context.now()) {
                join(g);
            } else {
                context.setTimer(joinAt - context.now(), new JoinDue(g));
            }
        }
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (calls.handle(message)) {
            return;
        }
        if (message instanceof Request request) {
            publish(from, request);
        } else if (message instanceof JoinDue due) {
            join(due.group());
        } else if (message instanceof LingerDue due) {
            groups[due.group()].lingering(due.partition(), false);
            dispatch(due.group(), due.partition());
        } else if (message instanceof RetryDue due) {
            groups[due.group()].retrying(due.partition(), false);
            dispatch(due.group(), due.partition());
        } else if (message instanceof ProbeDue due) {
            probe(due.group());
        } else if (message instanceof HealthReply) {
            back(from);
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        }
    }

    private void publish(ActorRef producer, Request request) {
        purge();
        if (retainedCount >= RETAINED_CAP) {
            throw new ModelLimitException("event-log " + context.self() + " retains "
                    + RETAINED_CAP + " messages: set retention, retention-messages or retention-bytes to bound it");
        }
        int p = partitionOf(request);
        log[p].append(request, context.now());
        published.increment();
        stored.committed(request.sizeBytes());
        changeRetained(1);
        for (GroupReader group : groups) {
            group.appended();
        }
        // Again after the append: a size limit counts the new message too.
        purge();
        // Stored is acknowledged: the producer does not wait for any group.
        context.send(producer, Response.ok(request, Response.NO_VERSION));
        for (int g = 0; g < groups.length; g++) {
            dispatch(g, p);
        }
    }

    private int partitionOf(Request request) {
        if (config.partitionBy() == Partitioning.ROUND_ROBIN) {
            int p = roundRobin;
            roundRobin = (roundRobin + 1) % log.length;
            return p;
        }
        return KeySpread.partition(request.key(), log.length);
    }


    /** Applies retention to every partition; what a group had not committed below the new start is lost to it. */
    private void purge() {
        for (int p = 0; p < log.length; p++) {
            int removed = log[p].purge(context.now(), retentionNanos, retentionMessages, retentionBytes);
            if (removed > 0) {
                expired.add(removed);
                stored.released(log[p].takeRemovedBytes());
                changeRetained(-removed);
                for (GroupReader group : groups) {
                    group.retained(p, log[p].start());
                }
            }
        }
    }

    private void join(int g) {
        purge();
        groups[g].join(log);
        for (int p = 0; p < log.length; p++) {
            dispatch(g, p);
        }
    }

    /**
     * Delivers the next batch of partition {@code p} to group {@code g}'s assignee when the group
     * has joined, no batch of that partition is in flight, and either a full batch is waiting or the
     * first waiting message has lingered long enough.
     */
    private void dispatch(int g, int p) {
        GroupReader group = groups[g];
        if (!group.joined() || group.inFlight(p) != null || group.retrying(p)) {
            return;
        }
        long from = Math.max(group.next(p), log[p].start());
        long available = log[p].end() - from;
        int member = group.assignee(p);
        if (available <= 0 || member < 0) {
            return;
        }
        long lingerNanos = group.config.linger().toNanos();
        if (available < group.config.batchSize() && lingerNanos > 0) {
            long due = log[p].at(from).appendedAtNanos() + lingerNanos;
            if (context.now() < due) {
                if (!group.lingering(p)) {
                    group.lingering(p, true);
                    context.setTimer(due - context.now(), new LingerDue(g, p));
                }
                return;
            }
        }
        long to = from + Math.min(available, group.config.batchSize());
        GroupReader.Batch batch = new GroupReader.Batch(p, from, to, member);
        group.inFlight(p, batch);
        group.batches.increment();
        ActorRef ref = group.member(member);
        long timeout = group.config.ackTimeout().toNanos();
        for (long offset = from; offset < to; offset++) {
            calls.call(ref, log[p].at(offset).request(), timeout, outcome -> settle(g, batch, outcome));
        }
    }

    private void settle(int g, GroupReader.Batch batch, CallOutcome outcome) {
        GroupReader group = groups[g];
        if (group.inFlight(batch.partition) != batch) {
            return;
        }
        batch.outstanding--;
        if (!outcome.ok()) {
            batch.failed = true;
            if (outcome.timedOut() && group.alive(batch.member, false)) {
                // The member did not answer within ack-timeout: it is out of the group until it answers a probe.
                rebalances.increment();
                if (!probing[g]) {
                    probing[g] = true;
                    context.setTimer(group.config.ackTimeout().toNanos(), new ProbeDue(g));
                }
            }
        }
        if (batch.outstanding > 0) {
            return;
        }
        group.inFlight(batch.partition, null);
        if (batch.failed) {
            group.redelivered.add(batch.toOffset - batch.fromOffset);
            group.failed(batch, log[batch.partition].start());
            group.retrying(batch.partition, true);
            context.setTimer(REDELIVERY_DELAY_NANOS, new RetryDue(g, batch.partition));
        } else {
            group.commit(batch);
            dispatch(g, batch.partition);
        }
        if (!group.alive(batch.member)) {
            // Its other partitions go to the live members now.
            for (int p = 0; p < log.length; p++) {
                dispatch(g, p);
            }
        }
    }

    /** Asks the group's lost members whether they are back; repeats while any is lost. */
    private void probe(int g) {
        GroupReader group = groups[g];
        boolean anyLost = false;
        for (int m = 0; m < group.memberCount(); m++) {
            if (!group.alive(m)) {
                anyLost = true;
                context.send(group.member(m), new HealthProbe(nextProbe++));
            }
        }
        probing[g] = anyLost;
        if (anyLost) {
            context.setTimer(group.config.ackTimeout().toNanos(), new ProbeDue(g));
        }
    }

    /** A lost member answered a probe: it rejoins its groups, which rebalance. */
    private void back(ActorRef from) {
        for (int g = 0; g < groups.length; g++) {
            GroupReader group = groups[g];
            for (int m = 0; m < group.memberCount(); m++) {
                if (group.member(m).equals(from) && group.alive(m, true)) {
                    rebalances.increment();
                    for (int p = 0; p < log.length; p++) {
                        dispatch(g, p);
                    }
                }
            }
        }
    }

    private void changeRetained(long delta) {
        retainedCount += delta;
        retained.set(retainedCount);
    }

    @Override
    public void onCrash() {
        // The log is durable (an acknowledged publish survives); the batches in flight and the timers
        // are forgotten, and the groups read again from their committed offsets after the restart.
        calls.clear();
        for (GroupReader group : groups) {
            group.forgetInFlight(log);
        }
        Arrays.fill(probing, false);
    }

    @Override
    public void onRestart() {
        for (int g = 0; g < groups.length; g++) {
            if (!groups[g].joined() && groups[g].config.joinAt().toNanos() <= context.now()) {
                join(g);
            }
            for (int p = 0; p < log.length; p++) {
                dispatch(g, p);
            }
            probe(g);
        }
    }

    /** A group's join-at time came. */
    private record JoinDue(int group) implements Message {
    }

    /** A partition's linger ran out: a partial batch may go. */
    private record LingerDue(int group, int partition) implements Message {
    }

    /** A partition's failed batch may be delivered again. */
    private record RetryDue(int group, int partition) implements Message {
    }

    /** Time to ask a group's lost members whether they are back. */
    private record ProbeDue(int group) implements Message {
    }
}
