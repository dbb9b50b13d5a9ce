package org.distsim.core.kernel;

import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.metrics.ConsistencyOracle;
import org.distsim.core.metrics.NodeMetrics;
import org.distsim.core.metrics.WorkloadMetrics;

/**
 * Everything an actor may do, and nothing more: read the clock, send messages, set and cancel
 * timers, draw from its own random streams, time its work, and record its figures.
 */
public final class ActorContext {

    private final Simulation simulation;
    private final ActorRef self;

    ActorContext(Simulation simulation, ActorRef self) {
        this.simulation = simulation;
        this.self = self;
    }

    public ActorRef self() {
        return self;
    }

    /** Current simulated time in nanoseconds. */
    public long now() {
        return simulation.now();
    }

    /** Sends a message through the network; it may be delayed, or dropped by a fault. */
    public void send(ActorRef to, Message message) {
        simulation.send(self, to, message);
    }

    /**
     * Delivers {@code message} to this actor after {@code delayNanos}, unless cancelled or the actor
     * crashes first. Returns a handle for {@link #cancelTimer}.
     */
    public long setTimer(long delayNanos, Message message) {
        return simulation.setTimer(self, delayNanos, message);
    }

    /** Cancels a timer; returns false when it already fired or was cancelled. */
    public boolean cancelTimer(long timer) {
        return simulation.cancelTimer(timer);
    }

    /**
     * This actor's stream for one purpose ("arrivals", "service-time", ...). Call it once per purpose
     * (at construction) and keep the result: every call creates the stream anew from its seed.
     */
    public UniformRandomProvider random(String purpose) {
        return simulation.streams().stream(self.name(), purpose);
    }

    /**
     * How long work that takes {@code nominalNanos} at normal speed takes on this node now, in whole
     * nanoseconds: the one place where a slowed node (a slow-node fault) is slower. Draw a service
     * time, pass it here, and set the timer for what comes back.
     */
    public long workNanos(double nominalNanos) {
        return simulation.workNanos(self, nominalNanos);
    }

    /**
     * A drawn duration that is not work (a think time, a gap between arrivals, a replication delay)
     * in whole nanoseconds, never negative. Pass every drawn duration through here or
     * {@link #workNanos} rather than rounding it yourself: one longer than the whole run is cut to
     * just past the run's end, so that it cannot wrap the clock, and counted for the run's warnings.
     */
    public long drawnNanos(double nanos) {
        return simulation.drawnNanos(self, nanos);
    }

    /** Another actor by name; call from {@link Actor#onStart()} or later. */
    public ActorRef lookup(String name) {
        return simulation.lookup(name);
    }

    /** Registers this actor as a node of the result and returns its figures. */
    public NodeMetrics nodeMetrics() {
        return simulation.metrics().node(self.index(), self.name(), self.type());
    }

    /** Registers this actor as a workload of the result and returns its recorder. */
    public WorkloadMetrics workloadMetrics() {
        return simulation.metrics().workload(self.index(), self.name(), self.type());
    }

    /**
     * The record of acknowledged writes of this actor's consistency domain (which the layer that
     * wires the run assigns, see {@link org.distsim.core.metrics.Consistency}), for measuring stale
     * reads. Instrumentation only: an actor may record into it and measure against it, never decide
     * anything by it.
     */
    public ConsistencyOracle consistency() {
        return simulation.metrics().consistency().oracleOf(self.name());
    }

    /** The simulated time at which measurement starts. */
    public long warmupEndNanos() {
        return simulation.config().warmupNanos();
    }

    /** The simulated time at which the run ends. */
    public long endNanos() {
        return simulation.config().endNanos();
    }
}
