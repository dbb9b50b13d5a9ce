package org.distsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.SimObserver;
import org.distsim.core.kernel.StopRequest;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** A stop requested from outside a run (Ctrl-C): the run ends at an event boundary, with its figures so far. */
class StopRequestTest {

    private static final String MM1 = """
            name: mm1
            duration: 60s
            warmup: 1s
            nodes:
              server: {type: service, workers: 1, service-time: {dist: exponential, mean: 1ms}}
            workloads:
              clients: {type: open-loop, target: server, rate: 800/s}
            """;

    private static Scenario mm1() throws ScenarioException {
        return ScenarioLoader.load("mm1.yaml", MM1, List.of());
    }

    @Test
    void aStopRequestedMidRun_endsItEarly_withItsFiguresSoFar_andEveryInvariantHeld() throws ScenarioException {
        StopRequest stop = new StopRequest();
        int[] delivered = {0};
        SimObserver ctrlC = new SimObserver() {
            @Override
            public void onDeliver(long nowNanos, ActorRef from, ActorRef to, Message message) {
                if (++delivered[0] == 20_000) {
                    stop.request();
                }
            }
        };
        // ScenarioRunner.run checks the end-of-run invariants (conservation of messages and requests).
        RunResult result = ScenarioRunner.run(mm1(), RunOptions.defaults().withObserver(ctrlC).withStopRequest(stop));

        assertEquals(StopReason.Kind.INTERRUPTED, result.stop().kind());
        assertTrue(result.stop().message().startsWith("stopped on request (a signal) after "), result.stop().message());
        assertTrue(result.durationNanos() < 60_000_000_000L, "covers only the time before the stop");
        // The run looks at the request every 1024 events, so it stops within that many of it.
        assertTrue(result.events() < 3 * 20_000 + 1024, "events " + result.events());
        assertTrue(result.workloads().get("clients").requests() > 0);
    }

    @Test
    void aStopRequestNeverMade_changesNothing() throws ScenarioException {
        RunResult plain = ScenarioRunner.run(mm1(), RunOptions.defaults());
        RunResult watched = ScenarioRunner.run(mm1(), RunOptions.defaults().withStopRequest(new StopRequest()));
        assertEquals(plain.events(), watched.events());
        assertEquals(plain.stop(), watched.stop());
        assertEquals(plain.workloads().get("clients").latency(), watched.workloads().get("clients").latency());
        assertEquals(plain.nodes().get("server").figures(), watched.nodes().get("server").figures());
    }
}
