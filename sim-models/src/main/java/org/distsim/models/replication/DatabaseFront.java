package org.distsim.models.replication;

import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.Counter;
import org.distsim.models.replication.PeerMessage.Heartbeat;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;
import org.distsim.models.scenario.Group;

/**
 * The node clients name when they target the database itself: a thin router, as a database
 * driver or proxy is (ProxySQL, a MongoDB driver). Leader-follower: writes go to the leader it
 * believes in, learnt from the members' heartbeats (the best claim heard, as members judge
 * claims); reads go to the leader, a random follower or a random member, by {@code read-from}.
 * Multi-leader and leaderless: every request goes to a random member, which coordinates it. A
 * member that does not lead forwards what only the leader may serve, so a stale belief costs a
 * hop, not a wrong answer.
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
    private ActorRef[] members;
    private Leadership claim = Leadership.initial();

    DatabaseFront(ActorContext context, ReplicatedDatabaseConfig config, Group group) {
        this.context = context;
        this.config = config;
        this.group = group;
        this.calls = new Calls(context);
        this.route = context.random("route");
        var metrics = context.nodeMetrics();
        this.unavailable = metrics.counter("unavailable");
        if (config.replication() == ReplicationMode.LEADER_FOLLOWER) {
            group.runState(ReplicationLedger.class).attach(metrics.counter("lost_writes"));
        }
    }

    @Override
    public void onStart() {
        members = new ActorRef[config.replicas() + 1];
        for (int i = 1; i <= config.replicas(); i++) {
            members[i] = context.lookup(group.members().get(i - 1));
        }
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (calls.handle(message)) {
            return;
        }
        if (message instanceof Heartbeat heartbeat && heartbeat.claim() != null && heartbeat.claim().compareTo(claim) > 0) {
            claim = heartbeat.claim();
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        } else if (message instanceof Request request) {
            calls.call(members[target(request)], request, config.requestTimeout().toNanos(), outcome -> {
                if (outcome.timedOut()) {
                    unavailable.increment();
                    context.send(from, Response.failed(request.id(), "unavailable"));
                } else {
                    context.send(from, outcome.response().withId(request.id()));
                }
            });
        }
    }

    /** The member number that serves {@code request}. */
    private int target(Request request) {
        int n = config.replicas();
        if (config.replication() != ReplicationMode.LEADER_FOLLOWER) {
            return 1 + route.nextInt(n);
        }
        int leader = claim.leader();
        if (request.isWrite()) {
            return leader;
        }
        return switch (config.readFrom()) {
            case LEADER -> leader;
            case NEAREST -> 1 + route.nextInt(n);
            case FOLLOWERS -> {
                if (n == 1) {
                    yield leader;
                }
                int follower = 1 + route.nextInt(n - 1);
                yield follower >= leader ? follower + 1 : follower;
            }
        };
    }

    @Override
    public void onCrash() {
        calls.clear();
    }
}
