package org.distsim.models.replication;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.Counter;
import org.distsim.models.format.Group;
import org.distsim.models.replication.PeerMessage.Heartbeat;
import org.distsim.models.rpc.CallOutcome;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.Failure;
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
 * within {@code suspect-after} (by default {@code failure-timeout}), as a driver skips hosts it saw
 * fail, unless none is left. With {@code suspect-after} every member heartbeats the front, so a
 * crash is noticed after that silence even where answers are rare.
 *
 * <p>Leader-follower reads that go to followers or any member also skip a member whose last
 * heartbeat said it would refuse them (a {@code cp} follower catching up after a restart or a
 * partition, or cut off from its leader) or reported more lag than {@code max-lag}, as ProxySQL
 * shuns a lagging replica; when no follower is left, the read goes to the leader. Figure:
 * {@code lagging_skips}, the reads routed while at least one member was so left out.
 *
 * <p>With {@code driver-retries}, a request that a member refuses ({@code unavailable},
 * {@code rejected}) or does not answer within {@code request-timeout} is sent again to a member
 * not yet tried, at most that many times (figure {@code driver_retries}). Reads go to any other
 * eligible member; requests that only the leader may serve (writes, and reads the policy sends to
 * the leader) are retried only when the front meanwhile heard of a different leader.
 *
 * <p>With {@code read-your-writes} (leader-follower, reads not already sent to the leader):
 * {@code leader-after-write} sends a read of a key to the leader when the same client (the
 * request's origin) wrote that key within {@code read-your-writes-window}, as Kleppmann's DDIA
 * ch. 5 suggests; {@code sticky} sends each client's reads to one member chosen by hashing its
 * name (a random pick while that member is not heard from). Figure: {@code leader_reads_after_write}.
 *
 * <p>It answers load-balancer health checks. The member's answer goes back to the client; no answer within {@code request-timeout} (a
 * crashed or partitioned member) becomes {@code unavailable}. Figures: {@code unavailable}
 * (those timeouts) and, for leader-follower, {@code lost_writes} (see {@link ReplicationLedger}).
 */
final class DatabaseFront implements Actor {

    private final ActorContext context;
    private final ReplicatedDatabaseConfig config;
    private final Group group;
    private final Calls calls;
    private final UniformRandomProvider route;
    private final Counter unavailable;
    private final long suspectAfterNanos;
    private final long maxLagNanos;
    private ActorRef[] members;
    /** By member number: when the front last heard from it. */
    private long[] lastHeard;
    /** By member number: what its last heartbeat said: would it serve a read, and how far behind it is. */
    private boolean[] readable;
    private long[] lagNanos;
    private Leadership claim = Leadership.initial();
    private final RecentWrites recentWrites;
    private final Counter leaderReadsAfterWrite;
    private final Counter driverRetries;
    private final Counter laggingSkips;

    DatabaseFront(ActorContext context, ReplicatedDatabaseConfig config, Group group) {
        this.context = context;
        this.config = config;
        this.group = group;
        this.calls = new Calls(context);
        this.route = context.random("route");
        this.suspectAfterNanos = config.suspectAfterNanos();
        this.maxLagNanos = config.maxLag() == null ? Long.MAX_VALUE : config.maxLag().toNanos();
        var metrics = context.nodeMetrics();
        this.unavailable = metrics.counter(ReplicationFigures.FRONT_UNAVAILABLE);
        boolean leaderFollower = config.replication() == ReplicationMode.LEADER_FOLLOWER;
        if (leaderFollower) {
            group.runState(ReplicationLedger.class).attach(metrics.counter(ReplicationFigures.LOST_WRITES));
        }
        boolean afterWrite = leaderFollower && config.readYourWrites() == ReadYourWrites.LEADER_AFTER_WRITE;
        this.recentWrites = afterWrite ? new RecentWrites(config.readYourWritesWindow().toNanos()) : null;
        this.leaderReadsAfterWrite = afterWrite ? metrics.counter(ReplicationFigures.LEADER_READS_AFTER_WRITE) : null;
        this.driverRetries = config.driverRetries() > 0 ? metrics.counter(ReplicationFigures.DRIVER_RETRIES) : null;
        this.laggingSkips = leaderFollower && config.readFrom() != ReadFrom.LEADER
                ? metrics.counter(ReplicationFigures.LAGGING_SKIPS) : null;
    }

    @Override
    public void onStart() {
        members = new ActorRef[config.replicas() + 1];
        for (int i = 1; i <= config.replicas(); i++) {
            members[i] = context.lookup(group.members().get(i - 1));
        }
        lastHeard = new long[members.length];
        readable = new boolean[members.length];
        lagNanos = new long[members.length];
        Arrays.fill(readable, true);
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        int member = heard(from);
        if (calls.handle(message)) {
            return;
        }
        if (message instanceof Heartbeat heartbeat) {
            if (member > 0) {
                readable[member] = heartbeat.readable();
                lagNanos[member] = heartbeat.lagNanos();
            }
            if (heartbeat.claim() != null && heartbeat.claim().compareTo(claim) > 0) {
                claim = heartbeat.claim();
            }
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        } else if (message instanceof Request request) {
            rememberWrite(request);
            Route first = route(request);
            attempt(from, request, first, 0, bit(first.member()));
        }
    }

    /**
     * Sends {@code request} to the member {@code to} chose; on a refusal or no answer, tries another
     * while retries are left. {@code tried} has bit m - 1 set for each member m tried already.
     */
    private void attempt(ActorRef client, Request request, Route to, int retry, long tried) {
        calls.call(members[to.member()], request, config.requestTimeout().toNanos(), outcome -> {
            if (retry < config.driverRetries() && retriable(outcome)) {
                int next = retryTarget(request, to, tried);
                if (next > 0) {
                    driverRetries.increment();
                    attempt(client, request, new Route(next, to.leaderOnly()), retry + 1, tried | bit(next));
                    return;
                }
            }
            if (outcome.timedOut()) {
                unavailable.increment();
                context.send(client, Response.failed(request.id(), FailureReason.UNAVAILABLE));
            } else {
                // Again at the acknowledgement: the window runs from when the client knows it wrote.
                rememberWrite(request);
                context.send(client, outcome.response().withId(request.id()));
            }
        });
    }

    /** A refusal another member may not share, or no answer at all. */
    private static boolean retriable(CallOutcome outcome) {
        if (outcome.timedOut()) {
            return true;
        }
        Failure failure = outcome.failure();
        return failure != null
                && (failure.reason() == FailureReason.UNAVAILABLE || failure.reason() == FailureReason.REJECTED);
    }

    /** The member to try next, or 0 for none. */
    private int retryTarget(Request request, Route previous, long tried) {
        if (previous.leaderOnly()) {
            int leader = claim.leader();
            return (tried & bit(leader)) == 0 ? leader : 0;
        }
        int next = pick(tried, request.isWrite() ? Filter.NONE : readFilter(), true);
        return (tried & bit(next)) == 0 ? next : 0;
    }

    private void rememberWrite(Request request) {
        if (recentWrites != null && request.isWrite() && request.origin() != null) {
            recentWrites.wrote(request.origin().index(), request.key(), context.now());
        }
    }

    /** The member that serves {@code request} first, and whether only the leader may. */
    private Route route(Request request) {
        if (config.replication() != ReplicationMode.LEADER_FOLLOWER) {
            return new Route(pick(0, Filter.NONE, false), false);
        }
        int leader = claim.leader();
        if (request.isWrite() || config.readFrom() == ReadFrom.LEADER || config.replicas() == 1) {
            return new Route(leader, true);
        }
        if (recentWrites != null && request.origin() != null
                && recentWrites.wroteRecently(request.origin().index(), request.key(), context.now())) {
            leaderReadsAfterWrite.increment();
            return new Route(leader, true);
        }
        long excluded = config.readFrom() == ReadFrom.FOLLOWERS ? bit(leader) : 0;
        if (config.readYourWrites() == ReadYourWrites.STICKY && request.origin() != null) {
            return new Route(sticky(request.origin().name(), leader, excluded), false);
        }
        return new Route(pick(excluded, readFilter(), false), false);
    }

    private Filter readFilter() {
        return config.replication() == ReplicationMode.LEADER_FOLLOWER ? Filter.SERVES_READS : Filter.NONE;
    }

    /**
     * The member a client always reads from: a hash of its name over the members other than the
     * leader when reads avoid it, or a random pick while that member is not heard from or would not
     * serve the read.
     */
    private int sticky(String client, int leader, long excluded) {
        int count = excluded == 0 ? config.replicas() : config.replicas() - 1;
        int m = 1 + Math.floorMod(nameHash(client), count);
        if (excluded != 0 && m >= leader) {
            m++;
        }
        if (!alive(m)) {
            return pick(excluded, Filter.SERVES_READS, false);
        }
        if (!servesReads(m)) {
            laggingSkips.increment();
            return pick(excluded, Filter.SERVES_READS, true);
        }
        return m;
    }

    /** The polynomial hash of a name's characters: the same on every machine and in every run. */
    private static int nameHash(String name) {
        int h = 0;
        for (int i = 0; i < name.length(); i++) {
            h = 31 * h + name.charAt(i);
        }
        return h;
    }

    /**
     * A random member not in {@code excluded}, among those heard from lately and passing
     * {@code filter}. When the filter leaves none of the live members, a read goes to the leader
     * (which never lags itself); when no member is live, to any member not excluded. A skip is
     * counted unless {@code quiet} (a retry, or a pick already counted).
     */
    private int pick(long excluded, Filter filter, boolean quiet) {
        int[] candidates = new int[members.length];
        int count = 0;
        boolean skipped = false;
        for (int m = 1; m < members.length; m++) {
            if ((excluded & bit(m)) == 0 && alive(m)) {
                if (filter == Filter.SERVES_READS && !servesReads(m)) {
                    skipped = true;
                } else {
                    candidates[count++] = m;
                }
            }
        }
        if (skipped && !quiet) {
            laggingSkips.increment();
        }
        if (count == 0 && skipped) {
            return claim.leader();
        }
        if (count == 0) {
            for (int m = 1; m < members.length; m++) {
                if ((excluded & bit(m)) == 0) {
                    candidates[count++] = m;
                }
            }
        }
        if (count == 0) {
            return claim.leader();
        }
        return candidates[route.nextInt(count)];
    }

    private boolean alive(int m) {
        return context.now() - lastHeard[m] <= suspectAfterNanos;
    }

    /** Whether member {@code m}'s last heartbeat said it would serve a read, lagging no more than max-lag. */
    private boolean servesReads(int m) {
        return m == claim.leader() || readable[m] && lagNanos[m] <= maxLagNanos;
    }

    private static long bit(int member) {
        return 1L << (member - 1);
    }

    /** Notes that {@code from} is alive; returns its member number, or 0 for a non-member. */
    private int heard(ActorRef from) {
        for (int m = 1; m < members.length; m++) {
            if (members[m].equals(from)) {
                lastHeard[m] = context.now();
                return m;
            }
        }
        return 0;
    }

    @Override
    public void onCrash() {
        calls.clear();
    }

    /** Which members a pick may choose among the live ones. */
    private enum Filter {
        NONE,
        /** Leader-follower reads: not a member that refuses reads or lags beyond max-lag. */
        SERVES_READS
    }

    /**
     * Where an attempt goes: {@code member}, and whether the request may only be served by the
     * leader (so that a retry goes to a new leader, never to a follower).
     */
    private record Route(int member, boolean leaderOnly) {
    }
}
