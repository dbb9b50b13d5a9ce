package org.distsim.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.kernel.Transport;
import org.distsim.core.result.DropReason;
import org.distsim.core.result.RunResult;
import org.distsim.core.run.SimulationRun;
import org.junit.jupiter.api.Test;

class MessageConservationTest {

    private final RunCheck check = new MessageConservation();

    @Test
    void holds_whenEveryMessageIsDeliveredDroppedOrInFlight() {
        assertEquals(List.of(), check.violations(Results.consistent()));
    }

    @Test
    void fails_whenMoreArrivedThanWasSent() {
        // The load-spike bug's numbers: two deliveries never counted as sent.
        RunResult result = Results.result(Results.network(212_013, 212_015, 0, Map.of(), 0), Results.workload(),
                Results.node());
        assertEquals(List.of("network: sent 212013 != delivered 212015 + dropped 0 + in flight 0 = 212015"),
                check.violations(result));
    }

    @Test
    void fails_whenTheDropsByReasonDoNotAddUpToTheDrops() {
        RunResult result = Results.result(Results.network(100, 90, 6, Map.of(DropReason.LOSS, 4L), 4),
                Results.workload(), Results.node());
        assertEquals(List.of("network: dropped 6 != the sum of drops by reason 4 {loss=4}"), check.violations(result));
    }

    private record Ping() implements Message {
    }

    /** Sends one ping to itself every millisecond. */
    private static final class Pinger implements Actor {
        private final ActorContext context;

        Pinger(ActorContext context) {
            this.context = context;
        }

        @Override
        public void onStart() {
            context.setTimer(1_000_000, new Ping());
        }

        @Override
        public void onMessage(ActorRef from, Message message) {
            if (from.equals(context.self()) && context.now() % 1_000_000 == 0) {
                context.send(context.self(), new Ping());
                context.setTimer(1_000_000, new Ping());
            }
        }
    }

    @Test
    void fails_forARealRunWhoseTransportDeliversAMessageTwice() {
        Simulation sim = new Simulation(SimulationConfig.of(1, 100_000_000L));
        Transport stutters = new Transport() {
            @Override
            public void send(ActorRef from, ActorRef to, Message message) {
                sim.deliverAt(sim.now() + 1, from, to, message);
                sim.deliverAt(sim.now() + 2, from, to, message);
            }
        };
        sim.setTransport(stutters);
        sim.spawn("pinger", "test", Pinger::new);
        SimulationRun run = new SimulationRun(sim, "stutter", Invariants.of(List.of(check)));
        run.start();
        run.advanceTo(Long.MAX_VALUE);
        InvariantViolation e = org.junit.jupiter.api.Assertions.assertThrows(InvariantViolation.class, run::finish);
        assertEquals("message conservation", e.invariant());
        assertTrue(e.getMessage().startsWith("invariant broken: message conservation: network: sent 100 != delivered 198"
                + " + dropped 0 + in flight 2 = 200 (scenario stutter, seed 1)"), e.getMessage());
    }
}
