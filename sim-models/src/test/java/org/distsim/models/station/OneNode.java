package org.distsim.models.station;

import java.util.Map;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.result.RunResult;
import org.distsim.core.run.SimulationRun;

/**
 * A simulation of one silent node named {@code db}, for driving stations by hand: its context
 * gives the stations a clock and figures, and {@link Simulation#at} moves time.
 */
final class OneNode {

    static final long SECOND = 1_000_000_000L;

    final Simulation simulation;
    final ActorContext context;

    OneNode(long endNanos) {
        simulation = new Simulation(SimulationConfig.of(1, endNanos));
        ActorContext[] captured = new ActorContext[1];
        simulation.spawn("db", "database", context -> {
            captured[0] = context;
            return (from, message) -> {
            };
        });
        context = captured[0];
    }

    /** Runs to the end and returns the node's summary figures. */
    Map<String, Number> run() {
        RunResult result = SimulationRun.run(simulation, "station");
        return result.nodes().get("db").figures().asMap();
    }
}
