package org.distsim.models.queue;

import static org.distsim.models.queue.QueueRuns.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.core.result.RunResult;
import org.junit.jupiter.api.Test;

/** Publish-subscribe: every subscriber gets every message, each at its own pace. */
class PubSubTest {

    @Test
    void everySubscriber_receivesEveryMessage_eachWithItsOwnBacklog() {
        // Producers at 100/s for 10 s; worker-3 takes 20 ms a message (50/s), so its subscription
        // builds a backlog of about (100 − 50) × 10 = 500 while the others keep up.
        RunResult run = QueueRuns.run("""
                name: pub-sub
                duration: 40s
                nodes:
                  events: {type: queue, mode: pub-sub, consumers: [worker-1, worker-2, worker-3]}
                  worker-1: {type: service, service-time: 5ms}
                  worker-2: {type: service, service-time: 5ms}
                  worker-3: {type: service, service-time: 20ms}
                workloads:
                  producers:
                    type: open-loop
                    target: events
                    rate: 100/s
                    schedule: [{at: 10s, rate: 0/s}]
                """);

        double published = figure(run, "events", "published");
        assertTrue(published > 900, "published " + published);
        for (int i = 1; i <= 3; i++) {
            assertEquals(published, figure(run, "worker-" + i, "served"), "messages worker-" + i + " received");
        }
        assertEquals(3 * published, figure(run, "events", "acked"));
        assertEquals(0, figure(run, "events", "backlog_at_end"));
        // Poisson arrivals: 1000 ± 32 over the 10 s; the slow subscription's peak lies within 100 of 500.
        assertEquals(500, figure(run, "events", "backlog.worker-3_max"), 100);
        assertTrue(figure(run, "events", "backlog.worker-1_max") < 20);
    }
}
