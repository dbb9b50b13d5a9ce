package org.distsim.models.replication;

import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.models.format.Group;
import org.distsim.models.replication.PeerMessage.Heartbeat;
import org.distsim.models.replication.PeerMessage.Ship;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;
import org.distsim.models.storage.StoredBytes;

/**
 * One member of a multi-leader replicated database (Kleppmann, DDIA ch. 5, "Multi-Leader
 * Replication"): it serves reads from its own copy and commits writes itself, acknowledging them
 * at once, and ships them to every other member ({@link OriginShipping}). Concurrent writes of
 * one key conflict; every member keeps the one with the highest stamp (last writer wins), so all
 * converge, and the member whose acknowledged write lost counts a conflict ({@link LwwMerge}).
 *
 * <p>With {@code partition: cp} a member that cannot reach a majority of the group refuses reads
 * and writes ({@code unavailable}); with {@code ap} (the usual reason to run multi-leader) it
 * keeps serving, and the writes of both sides meet when the partition heals.
 *
 * <p>Every member stores every write once, its own when it commits them and the others' when it
 * applies them, and records {@code stored_mb} and {@code growth_gb_per_day} once a write has a size.
 */
final class MultiLeaderMember implements Actor {

    private final ActorContext context;
    private final ReplicatedDatabaseConfig config;
    private final Group group;
    private final int self;
    private final ReplicaStore store = new ReplicaStore();
    private final ReplicaFigures figures;
    private final MemberStation station;
    private final PeerMonitor monitor;
    private final OriginShipping shipping;
    private ActorRef[] members;
    /** The front, told of this member's life only when it has its own suspicion timeout (suspect-after). */
    private ActorRef front;

    MultiLeaderMember(ActorContext context, ReplicatedDatabaseConfig config, Group group, int index) {
        this.context = context;
        this.config = config;
        this.group = group;
        this.self = index;
        this.figures = new ReplicaFigures(context, config);
        this.station = new MemberStation(context, config);
        this.monitor = new PeerMonitor(index, config.replicas(), config.failureTimeout().toNanos(), context.now());
        this.shipping = new OriginShipping(context, config, index, store,
                new LwwMerge(store, index, figures.conflicts, figures.lostNewerWrites), station, figures,
                new StoredBytes(context), MemberClock.of(context, config.clockSkew(), index));
    }

    @Override
    public void onStart() {
        members = new ActorRef[config.replicas() + 1];
        for (int i = 1; i <= config.replicas(); i++) {
            members[i] = context.lookup(group.members().get(i - 1));
        }
        shipping.connect(members);
        if (config.suspectAfter() != null) {
            front = context.lookup(group.name());
        }
        tick();
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (station.handle(message)) {
            return;
        }
        if (message instanceof Later later) {
            later.action().run();
        } else if (message instanceof Request request) {
            onRequest(from, request);
        } else if (message instanceof Heartbeat heartbeat) {
            monitor.heard(heartbeat.member(), context.now());
            shipping.onHeartbeat(heartbeat.member(), heartbeat.originApplied());
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        } else if (message instanceof Ship ship) {
            monitor.heard(ship.origin(), context.now());
            shipping.onShip(ship);
        }
    }

    private void onRequest(ActorRef caller, Request request) {
        if (config.partition() == PartitionBehaviour.CP && !monitor.hasMajority(context.now())) {
            figures.unavailable.increment();
            context.send(caller, Response.failed(request.id(), FailureReason.UNAVAILABLE));
            return;
        }
        boolean write = request.isWrite();
        boolean queued = station.submit(write ? MemberStation.Work.WRITE : MemberStation.Work.READ, () -> {
            long version;
            if (write) {
                figures.writes.increment();
                version = shipping.write(request.key(), request.sizeBytes());
            } else {
                figures.reads.increment();
                version = store.version(request.key());
            }
            context.send(caller, Response.ok(request, version));
        });
        if (!queued) {
            figures.rejected.increment();
            context.send(caller, Response.failed(request.id(), FailureReason.REJECTED));
        }
    }

    private void tick() {
        boolean readable = config.partition() != PartitionBehaviour.CP || monitor.hasMajority(context.now());
        Heartbeat heartbeat = new Heartbeat(self, null, 0, 0, 0, shipping.appliedCounts(), readable, 0);
        for (int member = 1; member < members.length; member++) {
            if (member != self) {
                context.send(members[member], heartbeat);
            }
        }
        if (front != null) {
            context.send(front, heartbeat);
        }
        context.setTimer(config.heartbeatInterval().toNanos(), new Later(this::tick));
    }

    @Override
    public void onCrash() {
        station.clear();
        shipping.clear();
    }

    @Override
    public void onRestart() {
        monitor.reset(context.now());
        tick();
    }

    /** The version of {@code key} this member holds, for tests. */
    long version(long key) {
        return store.version(key);
    }
}
