package org.distsim.core.inject;

import java.util.List;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.FaultVisitor;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.SimObserver;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.net.Network;

/**
 * Applies faults to the simulation, its network and its node speeds, either on a timeline
 * scheduled before the run or one at a time (the live view's buttons). Each applied fault is
 * reported to the observers. Node names must exist (the scenario loader has checked them).
 */
public final class FaultInjector {

    private final Simulation simulation;
    private final Network network;
    private final NodeSpeeds speeds;
    private final FaultVisitor<Void> applier = new Applier();

    /**
     * @param speeds  the node speeds slow-node faults change; install them as the simulation's work
     *                scale ({@link Simulation#setWorkScale}) so that they take effect
     */
    public FaultInjector(Simulation simulation, Network network, NodeSpeeds speeds) {
        this.simulation = simulation;
        this.network = network;
        this.speeds = speeds;
    }

    /** Schedules every fault of a timeline as a system event at its time. */
    public void schedule(List<ScheduledFault> timeline) {
        for (ScheduledFault scheduled : timeline) {
            simulation.at(scheduled.atNanos(), () -> apply(scheduled.fault()));
        }
    }

    /** Applies a fault now. */
    public void apply(Fault fault) {
        fault.accept(applier);
        SimObserver observer = simulation.observer();
        if (observer != null) {
            observer.onFault(simulation.now(), fault);
        }
    }

    /** The node speeds this injector changes. */
    public NodeSpeeds speeds() {
        return speeds;
    }

    private ActorRef node(String name) {
        return simulation.lookup(name);
    }

    /** What each kind of fault does to the simulation. */
    private final class Applier implements FaultVisitor<Void> {

        @Override
        public Void crash(Fault.Crash crash) {
            simulation.crash(node(crash.node()));
            return null;
        }

        @Override
        public Void restart(Fault.Restart restart) {
            simulation.restart(node(restart.node()));
            return null;
        }

        @Override
        public Void partition(Fault.Partition partition) {
            List<List<ActorRef>> groups = partition.groups().stream()
                    .map(group -> group.stream().map(FaultInjector.this::node).toList())
                    .toList();
            network.partition(partition.name(), groups, partition.oneWay());
            return null;
        }

        @Override
        public Void heal(Fault.Heal heal) {
            network.heal(heal.name());
            return null;
        }

        @Override
        public Void slowNode(Fault.SlowNode slow) {
            speeds.set(node(slow.node()), slow.factor());
            return null;
        }

        @Override
        public Void degradeLink(Fault.DegradeLink link) {
            network.degrade(node(link.from()), node(link.to()), link.extraLatencyNanos(), link.loss());
            return null;
        }

        @Override
        public Void restoreLink(Fault.RestoreLink link) {
            network.restore(node(link.from()), node(link.to()));
            return null;
        }

        @Override
        public Void loadSpike(Fault.LoadSpike spike) {
            // A system message, so the workload changes its rate inside its own handler, like every
            // other change; counted as sent like every message the engine delivers.
            ActorRef workload = node(spike.workload());
            simulation.sendNow(workload, workload, new LoadFactor(spike.factor()));
            return null;
        }
    }
}
