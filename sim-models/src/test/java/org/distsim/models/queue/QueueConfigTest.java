package org.distsim.models.queue;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Mistakes in a queue's configuration are reported with the knob and the rule. */
class QueueConfigTest {

    private static String problem(String queue) {
        String yaml = """
                name: bad
                duration: 1s
                nodes:
                  events: %s
                  worker-1: {type: service, service-time: 1ms}
                workloads:
                  producers: {type: open-loop, target: events, rate: 1/s}
                """.formatted(queue);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("bad.yaml", yaml, List.of()));
        return e.problems().get(0).format();
    }

    @Test
    void unknownConsumer_isRejectedWithASuggestion() {
        String message = problem("{type: queue, consumers: [worker-l]}");
        assertTrue(message.contains("worker-1"), message);
    }

    @Test
    void partitions_areRejectedOutsideAPartitionedLog() {
        String message = problem("{type: queue, consumers: [worker-1], partitions: 4}");
        assertTrue(message.contains("partitioned-log"), message);
    }

    @Test
    void unknownMode_isRejectedWithTheChoices() {
        String message = problem("{type: queue, mode: fanout, consumers: [worker-1]}");
        assertTrue(message.contains("pub-sub") && message.contains("point-to-point"), message);
    }
}
