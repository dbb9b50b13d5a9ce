package org.distsim.core.fault;

import java.util.List;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.net.Network;
import org.distsim.core.observe.SimObserver;

/**
 * Applies faults to the simulation and its network, either on a timeline scheduled before the run
 * or one at a time (the live view's buttons). Each applied fault is reported to the observers.
 */
public final class FaultInjector {

    private final Simulation simulation;
    private final Network network;

    public FaultInjector(Simulation simulation, Network network) {
        this.simulation = simulation;
        this.network = network;
    }

    /** Schedules every fault of a timeline as a system event at its time. */
    public void schedule(List<ScheduledFault> timeline) {
        for (ScheduledFault scheduled : timeline) {
            simulation.at(scheduled.atNanos(), () -> apply(scheduled.fault()));
        }
    }

    /** Applies a fault now. Node names must exist (the scenario loader has checked them). */
    public void apply(Fault fault) {
        if (fault instanceof Fault.Crash crash) {
            simulation.crash(node(crash.node()));
        } else if (fault instanceof Fault.Restart restart) {
            simulation.restart(node(restart.node()));
        } else if (fault instanceof Fault.Partition partition) {
            List<List<ActorRef>> groups = partition.groups().stream()
                    .map(group -> group.stream().map(this::node).toList())
                    .toList();
            network.partition(partition.name(), groups, partition.oneWay());
        } else if (fault instanceof Fault.Heal heal) {
            network.heal(heal.name());
        } else if (fault instanceof Fault.SlowNode slow) {
            simulation.setSlowdown(node(slow.node()), slow.factor());
        } else if (fault instanceof Fault.DegradeLink link) {
            network.degrade(node(link.from()), node(link.to()), link.extraLatencyNanos(), link.loss());
        } else if (fault instanceof Fault.RestoreLink link) {
            network.restore(node(link.from()), node(link.to()));
        } else if (fault instanceof Fault.LoadSpike spike) {
            // A message, so the workload changes its rate inside its own handler, like every other change.
            ActorRef workload = node(spike.workload());
            simulation.deliverAt(simulation.now(), workload, workload, new LoadFactor(spike.factor()));
        }
        SimObserver observer = simulation.observer();
        if (observer != null) {
            observer.onFault(simulation.now(), fault);
        }
    }

    private ActorRef node(String name) {
        return simulation.lookup(name);
    }
}
