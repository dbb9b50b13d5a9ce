package org.distsim.models.service;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.TimeWeightedGauge;
import org.distsim.models.station.Occupancy;
import org.distsim.models.station.Station;
import org.distsim.models.station.TimeIntegral;

/**
 * The replicas of a service, as a Kubernetes Deployment runs pods: which replicas take requests,
 * which are still provisioning and which are draining, the routing of an arriving request to a
 * ready one ({@link ReplicaRouter}), the {@link ScaleTo} commands that change the count and the
 * {@link LoadReport}s an autoscaler scrapes.
 *
 * <p>Each replica is a {@link Station} of its own; all of them report to the node's one {@link
 * Occupancy}, whose workers in service are those of the ready and the draining replicas.
 */
final class Deployment {

    private final ActorContext context;
    private final int workers;
    private final Integer queueCapacity;
    private final Occupancy occupancy;
    private final Station.Start<Job> start;
    private final Station.Stale<Job> stale;
    private final ReplicaRouter router;
    /** Replicas taking requests, in the order they became ready. */
    private final List<Replica> ready = new ArrayList<>();
    /** Replicas ordered by a {@link ScaleTo}, not yet ready. */
    private final List<Replica> provisioning = new ArrayList<>();
    /** Replicas removed by a {@link ScaleTo} that still hold requests. */
    private final List<Replica> draining = new ArrayList<>();
    private final TimeIntegral readyArea = new TimeIntegral();
    /** Registered for a service of several replicas, or at the first scaling message. */
    private TimeWeightedGauge replicas;
    private TimeWeightedGauge readyReplicas;

    /**
     * @param occupancy the node's occupancy, counting the workers of {@code config.replicas()} replicas
     * @param start     what a worker does when it takes a request
     */
    Deployment(ActorContext context, ServiceConfig config, Occupancy occupancy, Station.Start<Job> start) {
        this(context, config, occupancy, start, job -> false);
    }

    /** @param stale what a replica drops instead of starting (a request whose deadline passed while it waited) */
    Deployment(ActorContext context, ServiceConfig config, Occupancy occupancy, Station.Start<Job> start,
            Station.Stale<Job> stale) {
        this.context = context;
        this.stale = stale;
        this.workers = config.workers();
        this.queueCapacity = config.queueCapacity();
        this.occupancy = occupancy;
        this.start = start;
        this.router = new ReplicaRouter(context, config.replicaBalancing());
        for (int i = 0; i < config.replicas(); i++) {
            ready.add(newReplica());
        }
        readyArea.set(context.now(), ready.size());
        if (config.replicas() > 1) {
            registerReplicaFigures();
        }
    }

    /** The ready replica an arriving request goes to. */
    Replica route() {
        return router.choose(ready);
    }

    /** A request of {@code replica} is answered: its worker is free, and a drained replica is gone. */
    void release(Replica replica) {
        replica.station.release();
        if (replica.draining && replica.station.idle()) {
            draining.remove(replica);
            replicasChanged();
        }
    }

    /** Handles a scaling command, a scrape or a replica becoming ready; false for any other message. */
    boolean handle(ActorRef from, Message message) {
        if (message instanceof LoadQuery) {
            context.send(from, report());
        } else if (message instanceof ScaleTo command) {
            scale(command);
        } else if (message instanceof ReplicaReady up) {
            provisioning.remove(up.replica());
            ready.add(up.replica());
            replicasChanged();
        } else {
            return false;
        }
        return true;
    }

    /**
     * The process crashed: every request is lost, and so are the replicas still provisioning (their
     * timers died with the crash) or draining. The ready replicas stay: the deployment's spec
     * outlives its processes.
     */
    void crash() {
        for (Replica replica : ready) {
            replica.station.clear();
        }
        for (Replica replica : draining) {
            replica.station.clear();
        }
        provisioning.clear();
        draining.clear();
        replicasChanged();
    }

    private Replica newReplica() {
        return new Replica(new Station<>(occupancy, workers, queueCapacity, start, stale));
    }

    /** Provisions new replicas, or removes the newest ones (those still provisioning first). */
    private void scale(ScaleTo command) {
        registerReplicaFigures();
        int spec = ready.size() + provisioning.size();
        for (int i = spec; i < command.replicas(); i++) {
            Replica replica = newReplica();
            provisioning.add(replica);
            replica.readyTimer = context.setTimer(command.provisioningDelayNanos(), new ReplicaReady(replica));
        }
        for (int i = spec; i > command.replicas(); i--) {
            if (!provisioning.isEmpty()) {
                context.cancelTimer(provisioning.remove(provisioning.size() - 1).readyTimer);
            } else {
                // At least one ready replica stays: the command asks for one or more, and those
                // still provisioning are removed first.
                Replica removed = ready.remove(ready.size() - 1);
                removed.draining = true;
                if (!removed.station.idle()) {
                    draining.add(removed); // a replica with nothing in service has nothing waiting either
                }
            }
        }
        replicasChanged();
    }

    /** Brings the workers in service and the replica counts up to date after a change of replicas. */
    private void replicasChanged() {
        occupancy.resize(workers * (ready.size() + draining.size()));
        readyArea.set(context.now(), ready.size());
        if (replicas != null) {
            replicas.set(ready.size() + provisioning.size() + draining.size());
            readyReplicas.set(ready.size());
        }
    }

    private void registerReplicaFigures() {
        if (replicas == null) {
            // Replicas alive, whether provisioning, ready or draining: their mean times the run's
            // length is the replica-seconds paid for.
            replicas = context.nodeMetrics().gauge(ServiceFigures.REPLICAS);
            replicas.set(ready.size() + provisioning.size() + draining.size());
            readyReplicas = context.nodeMetrics().gauge(ServiceFigures.READY_REPLICAS);
            readyReplicas.set(ready.size());
        }
    }

    /** The load since the previous query, time-weighted, and the replica counts now. */
    private LoadReport report() {
        registerReplicaFigures();
        Occupancy.Areas areas = occupancy.takeAreas();
        double readyTime = readyArea.take(context.now());
        double utilisation = areas.workers() > 0 ? areas.busyWorkers() / areas.workers() : occupancy.utilisationNow();
        double queuePerReplica = readyTime > 0 ? areas.waiting() / readyTime : (double) occupancy.queued() / ready.size();
        return new LoadReport(ready.size(), provisioning.size(), utilisation, queuePerReplica);
    }

    /** A provisioned replica is ready to take requests. */
    private record ReplicaReady(Replica replica) implements Message {
    }
}
