package org.distsim.models.replication;

import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.Counter;
import org.distsim.models.format.Group;
import org.distsim.models.replication.PeerMessage.Heartbeat;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * The node clients name when they target the database itself: a thin router, as a database
 * driver or proxy is (ProxySQL, a MongoDB driver). Leader-follower: writes go to the leader it
 * believes in, learnt from the members' heartbeats (the best claim heard, as members judge
 * claims); reads go to the leader, a random follower or a random member, by {@code read-from}.
 * Multi-leader and leaderless: every request goes to a random member, which coordinates it. A
 * member that does not lead forwards what only the leader may serve, so a stale belief costs a
 * hop, not a wrong answer. A random pick skips members not heard from (heartbeats, answers)
 * within {@code failure-timeout}, as a driver skips hosts it saw fail, unless none is left.
 *
 * <p>With {@code read-your-writes} (leader-follower, reads not already sent to the leader):
 * {@code leader-after-write} sends a read of a key to the leader when the same client (the
 * request's origin) wrote that key within {@code read-your-writes-window}, as Kleppmann's DDIA
 * ch. 5 suggests; {@code sticky} sends each client's reads to one member chosen by hashing its
 * name (a random pick while that member is not heard from). Figure: {@code leader_reads_after_write}.
 *
 * <p>It answers load-balancer health checks. The member's answer goes back to the client; no answer within {@code request-timeout} (a
 * crashed or partitioned member) becomes {@code unavailable}. Figures: {@code unavailable}
 * (those timeouts) and, for leader-follower, {@code lost_writes} (see {@link ReplicationLedger}); the
 * curve {@code fresh_read_after_write} ({@link FreshnessProbe}).
 */
final class DatabaseFront implements Actor {

    private final ActorContext context;
    private final ReplicatedDatabaseConfig config;
    private final Group group;
    private final Calls calls;
    private final UniformRandomProvider route;
    private final Counter unavailable;
    private ActorRef[] members;
    /** By member number: when the front last heard from it. */
    private long[] lastHeard;
    private Leadership claim = Leadership.initial();
    private final RecentWrites recentWrites;
    private final Counter leaderReadsAfterWrite;
    private final FreshnessProbe freshness;

    DatabaseFront(ActorContext context, ReplicatedDatabaseConfig config, Group group) {
        this.context = context;
        this.config = config;
        this.group = group;
        this.calls = new Calls(context);
        this.route = context.random("route");
        var metrics = context.nodeMetrics();
        this.unavailable = metrics.counter(ReplicationFigures.FRONT_UNAVAILABLE);
        if (config.replication() == ReplicationMode.LEADER_FOLLOWER) {
            group.runState(ReplicationLedger.class).attach(metrics.counter(ReplicationFigures.LOST_WRITES));
        }
        boolean afterWrite = config.replication() == ReplicationMode.LEADER_FOLLOWER
                && config.readYourWrites() == ReadYourWrites.LEADER_AFTER_WRITE;
        this.recentWrites = afterWrite ? new RecentWrites(config.readYourWritesWindow().toNanos()) : null;
        this.leaderReadsAfterWrite = afterWrite ? metrics.counter(ReplicationFigures.LEADER_READS_AFTER_WRITE) : null;
        this.freshness = new FreshnessProbe(metrics);
    }

    @Override
    public void onStart() {
        members = new ActorRef[config.replicas() + 1];
        for (int i = 1; i <= config.replicas(); i++) {
            members[i] = context.lookup(group.members().get(i - 1));
        }
        lastHeard = new long[members.length];
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        heard(from);
        if (calls.handle(message)) {
            return;
        }
        if (message instanceof Heartbeat heartbeat && heartbeat.claim() != null && heartbeat.claim().compareTo(claim) > 0) {
            claim = heartbeat.claim();
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        } else if (message instanceof Request request) {
            rememberWrite(request);
            FreshnessProbe.Expected expected = freshness.arrived(request, context.now());
            calls.call(members[target(request)], request, config.requestTimeout().toNanos(), outcome -> {
                if (outcome.timedOut()) {
                    unavailable.increment();
                    context.send(from, Response.failed(request.id(), FailureReason.UNAVAILABLE));
                } else {
                    // Again at the acknowledgement: the window runs from when the client knows it wrote.
                    rememberWrite(request);
                    freshness.answered(request, expected, outcome.response(), context.now());
                    context.send(from, outcome.response().withId(request.id()));
                }
            });
        }
    }

    private void rememberWrite(Request request) {
        if (recentWrites != null && request.isWrite() && request.origin() != null) {
            recentWrites.wrote(request.origin().index(), request.key(), context.now());
        }
    }

    /** The member number that serves {@code request}. */
    private int target(Request request) {
        if (config.replication() != ReplicationMode.LEADER_FOLLOWER) {
            return pick(0);
        }
        int leader = claim.leader();
        if (request.isWrite()) {
            return leader;
        }
        if (config.readFrom() == ReadFrom.LEADER || config.replicas() == 1) {
            return leader;
        }
        if (recentWrites != null && request.origin() != null
                && recentWrites.wroteRecently(request.origin().index(), request.key(), context.now())) {
            leaderReadsAfterWrite.increment();
            return leader;
        }
        int excluded = config.readFrom() == ReadFrom.FOLLOWERS ? leader : 0;
        if (config.readYourWrites() == ReadYourWrites.STICKY && request.origin() != null) {
            return sticky(request.origin().name(), excluded);
        }
        return pick(excluded);
    }

    /**
     * The member a client always reads from: a hash of its name over the members other than
     * {@code excluded}, or a random pick while that member is not heard from.
     */
    private int sticky(String client, int excluded) {
        int count = excluded == 0 ? config.replicas() : config.replicas() - 1;
        int m = 1 + Math.floorMod(nameHash(client), count);
        if (excluded != 0 && m >= excluded) {
            m++;
        }
        return context.now() - lastHeard[m] <= config.failureTimeout().toNanos() ? m : pick(excluded);
    }

    /** The polynomial hash of a name's characters: the same on every machine and in every run. */
    private static int nameHash(String name) {
        int h = 0;
        for (int i = 0; i < name.length(); i++) {
            h = 31 * h + name.charAt(i);
        }
        return h;
    }

    /** A random member other than {@code excluded} (0: none), among those heard from lately if any. */
    private int pick(int excluded) {
        int[] candidates = new int[members.length];
        int count = 0;
        for (int m = 1; m < members.length; m++) {
            if (m != excluded && context.now() - lastHeard[m] <= config.failureTimeout().toNanos()) {
                candidates[count++] = m;
            }
        }
        if (count == 0) {
            for (int m = 1; m < members.length; m++) {
                if (m != excluded) {
                    candidates[count++] = m;
                }
            }
        }
        return candidates[route.nextInt(count)];
    }

    private void heard(ActorRef from) {
        for (int m = 1; m < members.length; m++) {
            if (members[m].equals(from)) {
                lastHeard[m] = context.now();
                return;
            }
        }
    }

    @Override
    public void onCrash() {
        calls.clear();
    }
}
