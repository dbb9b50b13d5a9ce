package org.distsim.models.run;

import org.distsim.core.fault.FaultInjector;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.net.Network;
import org.distsim.core.result.RunResult;
import org.distsim.models.format.ComponentType;
import org.distsim.models.format.Group;
import org.distsim.models.scenario.ComponentSpec;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioFacts;

/**
 * Turns a validated scenario into a wired simulation and runs it: nodes first, then workloads,
 * each in declaration order, a group node's front first and then its members {@code name-1 ..
 * name-n} (the order only decides the order of the report; random streams
 * depend on names alone).
 */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    /** Runs the scenario to its end (or to a limit) on the calling thread; the result carries the scenario's facts. */
    public static RunResult run(Scenario scenario, RunOptions options) {
        return build(scenario, options).run(scenario.name()).withFacts(facts(scenario, options));
    }

    /** The facts of a run of the scenario with these options: its topology, the markers inside the run, its objectives. */
    public static RunFacts facts(Scenario scenario, RunOptions options) {
        return ScenarioFacts.of(scenario, end(scenario, options));
    }

    private static long end(Scenario scenario, RunOptions options) {
        return options.durationNanos() != null ? options.durationNanos() : scenario.durationNanos();
    }

    /** A ready-to-start simulation of the scenario, for callers that drive the clock themselves. */
    public static Simulation build(Scenario scenario, RunOptions options) {
        long seed = options.seed() != null ? options.seed() : scenario.seed();
        long end = end(scenario, options);
        long warmup = Math.min(scenario.warmupNanos(), end - 1);
        SimulationConfig config = SimulationConfig.of(seed, end)
                .withReplication(options.replication())
                .withWarmup(warmup)
                .withInterval(scenario.intervalNanos());
        Simulation simulation = new Simulation(config);
        Network network = new Network(simulation, scenario.network().latency(), scenario.network().loss());
        simulation.setTransport(network);
        if (options.observer() != null) {
            simulation.addObserver(options.observer());
        }
        ConsistencyDomains.of(scenario).forEach(simulation::setConsistencyDomain);
        scenario.nodes().values().forEach(spec -> spawn(simulation, spec));
        scenario.workloads().values().forEach(spec -> spawn(simulation, spec));
        new FaultInjector(simulation, network).schedule(scenario.faults().stream()
                .filter(fault -> fault.atNanos() < end)
                .toList());
        return simulation;
    }

    private static void spawn(Simulation simulation, ComponentSpec spec) {
        ComponentType type = spec.type();
        if (!type.isGroup()) {
            simulation.spawn(spec.name(), type.name(), context -> type.create(context, spec.config()));
            return;
        }
        Group group = type.membersOf(spec.name(), spec.config());
        simulation.spawn(spec.name(), type.name(), context -> type.createFront(context, spec.config(), group));
        for (int i = 1; i <= group.size(); i++) {
            int index = i;
            simulation.spawn(group.members().get(i - 1), type.group().memberType(),
                    context -> type.createMember(context, spec.config(), group, index));
        }
    }
}
