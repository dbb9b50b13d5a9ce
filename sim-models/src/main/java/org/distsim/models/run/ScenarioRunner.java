package org.distsim.models.run;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.core.check.Invariants;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.inject.FaultInjector;
import org.distsim.core.inject.NodeSpeeds;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.metrics.Consistency;
import org.distsim.core.net.Links;
import org.distsim.core.net.Network;
import org.distsim.core.result.RunResult;
import org.distsim.core.run.SimulationRun;
import org.distsim.models.failure.FailureProcess;
import org.distsim.models.format.ComponentType;
import org.distsim.models.format.Group;
import org.distsim.models.scenario.ComponentSpec;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioFacts;
import org.distsim.models.scenario.Zoning;

/**
 * Turns a validated scenario into a wired simulation and runs it: the network and the node speeds
 * slow-node faults change, the consistency domains, then the nodes, then the workloads, each in
 * declaration order, a group node's front first and then its members {@code name-1 .. name-n} (the
 * order only decides the order of the report; random streams depend on names alone), then the
 * scenario's fault timeline, and last the random failure processes of the nodes that have one. The run layer ({@link SimulationRun}) then adds warm-up and interval
 * boundaries, drives it, and checks the result's invariants.
 */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    /**
     * A wired scenario: the run to drive, and the injector that applies its timeline, for callers
     * that add faults of their own (the live view) or show node speeds.
     */
    public record Wiring(SimulationRun run, FaultInjector faults) {

        public Simulation simulation() {
            return run.simulation();
        }
    }

    /**
     * Runs the scenario to its end (or to a limit) on the calling thread, and checks its result;
     * the result carries the scenario's facts.
     */
    public static RunResult run(Scenario scenario, RunOptions options) {
        return build(scenario, options).run().withFacts(facts(scenario, options));
    }

    /** The facts of a run of the scenario with these options: its topology, the markers inside the run, its objectives. */
    public static RunFacts facts(Scenario scenario, RunOptions options) {
        return ScenarioFacts.of(scenario, end(scenario, options));
    }

    private static long end(Scenario scenario, RunOptions options) {
        return options.durationNanos() != null ? options.durationNanos() : scenario.durationNanos();
    }

    /** A ready-to-start run of the scenario, for callers that drive the clock themselves. */
    public static SimulationRun build(Scenario scenario, RunOptions options) {
        return wire(scenario, options).run();
    }

    /** The run of the scenario, not started, with its fault injector. */
    public static Wiring wire(Scenario scenario, RunOptions options) {
        return wire(scenario, options, Invariants.standard());
    }

    /** The same, with the result checked against {@code invariants} (tests add checks of their own). */
    public static Wiring wire(Scenario scenario, RunOptions options, Invariants invariants) {
        long seed = options.seed() != null ? options.seed() : scenario.seed();
        long end = end(scenario, options);
        long warmup = Math.min(scenario.warmupNanos(), end - 1);
        SimulationConfig config = SimulationConfig.of(seed, end)
                .withReplication(options.replication())
                .withWarmup(warmup)
                .withInterval(scenario.intervalNanos())
                .withLimits(options.maxEvents(), SimulationConfig.DEFAULT_MAX_PENDING);
        Simulation simulation = new Simulation(config);
        Network network = new Network(simulation, links(scenario), scenario.network().loss());
        simulation.setTransport(network);
        NodeSpeeds speeds = new NodeSpeeds();
        simulation.setWorkScale(speeds);
        if (options.observer() != null) {
            simulation.addObserver(options.observer());
        }
        if (options.stopRequest() != null) {
            simulation.setStopRequest(options.stopRequest());
        }
        Consistency consistency = simulation.metrics().consistency();
        ConsistencyDomains.of(scenario).forEach(consistency::assign);
        scenario.nodes().values().forEach(spec -> spawn(simulation, spec));
        scenario.workloads().values().forEach(spec -> spawn(simulation, spec));
        FaultInjector faults = new FaultInjector(simulation, network, speeds);
        faults.schedule(scenario.faults().stream()
                .filter(fault -> fault.atNanos() < end)
                .toList());
        scenario.nodes().values().forEach(spec -> startFailures(simulation, faults, spec));
        return new Wiring(new SimulationRun(simulation, scenario.name(), invariants), faults);
    }

    /**
     * The network's shape: the zones and link rules of the scenario, with every node (group
     * members included, workloads not) metered for its messages into other zones.
     */
    private static Links links(Scenario scenario) {
        Zoning zoning = scenario.zoning();
        if (zoning.zoneOf().isEmpty() && zoning.rules().isEmpty()) {
            return zoning.interfaces().isEmpty() ? Links.uniform(scenario.network().latency())
                    : new Links(scenario.network().latency(), Map.of(), List.of(), Set.of(), zoning.interfaces());
        }
        Set<String> nodes = new LinkedHashSet<>();
        for (ComponentSpec spec : scenario.nodes().values()) {
            nodes.add(spec.name());
            if (spec.type().isGroup()) {
                nodes.addAll(spec.type().membersOf(spec.name(), spec.config()).members());
            }
        }
        return new Links(scenario.network().latency(), zoning.zoneOf(), zoning.rules(), nodes, zoning.interfaces());
    }

    /**
     * Starts the random failure process of a node that has one; on a group node, one for each
     * member (each from its own stream), and none for the front, which stands for the clients'
     * driver rather than a machine.
     */
    private static void startFailures(Simulation simulation, FaultInjector faults, ComponentSpec spec) {
        if (spec.failures() == null) {
            return;
        }
        ComponentType type = spec.type();
        List<String> machines = type.isGroup() ? type.membersOf(spec.name(), spec.config()).members()
                : List.of(spec.name());
        for (String machine : machines) {
            FailureProcess.start(simulation, faults, machine, spec.failures());
        }
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
