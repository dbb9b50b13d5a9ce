package org.distsim.models.service;

import java.util.Map;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.run.SimulationRun;

/**
 * A simulation with a node {@code api} whose parts a test drives by hand: the test sets what the
 * node does with a message and on a crash, and moves time with {@link Simulation#at}. Other nodes
 * (a scripted dependency) may be spawned before the run. Messages go through the kernel's direct
 * transport: delivered at once, never lost.
 */
final class OneService {

    static final long MILLI = 1_000_000L;
    static final long SECOND = 1_000 * MILLI;

    /** What the node does with one message. */
    @FunctionalInterface
    interface Handler {
        void handle(ActorRef from, Message message);
    }

    final Simulation simulation;
    final ActorContext context;
    final ActorRef api;
    Handler handler = (from, message) -> {
    };
    Runnable onCrash = () -> {
    };

    OneService(long endNanos) {
        simulation = new Simulation(SimulationConfig.of(1, endNanos));
        ActorContext[] captured = new ActorContext[1];
        api = simulation.spawn("api", "service", context -> {
            captured[0] = context;
            return new Actor() {
                @Override
                public void onMessage(ActorRef from, Message message) {
                    handler.handle(from, message);
                }

                @Override
                public void onCrash() {
                    onCrash.run();
                }
            };
        });
        context = captured[0];
    }

    /** Runs to the end and returns the node's summary figures. */
    Map<String, Number> run() {
        return SimulationRun.run(simulation, "service").nodes().get("api").figures().asMap();
    }
}
