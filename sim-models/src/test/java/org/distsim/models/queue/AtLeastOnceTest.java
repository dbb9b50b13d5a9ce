package org.distsim.models.queue;

import static org.distsim.models.queue.QueueRuns.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.core.result.RunResult;
import org.junit.jupiter.api.Test;

/** Deliveries that are not acknowledged are delivered again: nothing lost, duplicates possible. */
class AtLeastOnceTest {

    // Two consumers of 100 messages/s each; producers at 100/s for 15 s, then nothing for 10 s so
    // that everything left can drain.
    private static String scenario(String queueKnobs, String serviceTime, String faults) {
        return """
                name: at-least-once
                duration: 25s
                nodes:
                  events: {type: queue, consumers: [worker-1, worker-2], %s}
                %s
                workloads:
                  producers:
                    type: open-loop
                    target: events
                    rate: 100/s
                    schedule: [{at: 15s, rate: 0/s}]
                %s""".formatted(queueKnobs, QueueRuns.workers(2, 1, serviceTime), faults);
    }

    @Test
    void consumerCrashMidStream_redeliversItsMessages_andEveryMessageIsEventuallyAcknowledged() {
        RunResult run = QueueRuns.run(scenario("prefetch: 2, ack-timeout: 500ms", "10ms", """
                faults:
                  - {at: 5s, crash: worker-1, duration: 2s}
                """));

        double published = figure(run, "events", "published");
        assertTrue(published > 1300, "published " + published);
        // Conservation, and nothing left behind: every published message was acknowledged.
        assertEquals(0, figure(run, "events", "backlog_at_end"));
        assertEquals(published, figure(run, "events", "acked"));
        // worker-1 lost the messages it held when it crashed, and kept being offered two messages
        // per ack timeout while down (2 s / 0.6 s per round ≈ 4 rounds): each came back.
        double redeliveries = figure(run, "events", "redeliveries");
        assertTrue(redeliveries >= 4 && redeliveries <= 20, "redeliveries " + redeliveries);
        // Every one followed a timeout, so each is a possible duplicate.
        assertEquals(redeliveries, figure(run, "events", "duplicates"));
        // The consumers processed every message at least once; none of the crashed worker's
        // messages was processed, so here no message was actually processed twice.
        double processed = figure(run, "worker-1", "served") + figure(run, "worker-2", "served");
        assertEquals(published, processed);
    }

    @Test
    void slowConsumerBeyondTheAckTimeout_processesSomeMessagesTwice_andDuplicatesCountThem() {
        // Processing time exponential with mean 5 ms, ack timeout 20 ms: a message in the tail
        // (P(S > 20 ms) = e^-4 ≈ 1.8%, more with queueing) times out, is delivered again, and is
        // processed twice.
        RunResult run = QueueRuns.run(scenario("ack-timeout: 20ms, redelivery-delay: 1ms",
                "{dist: exponential, mean: 5ms}", ""));

        double published = figure(run, "events", "published");
        double acked = figure(run, "events", "acked");
        assertEquals(published, acked, "every message acknowledged at least once");
        double processed = figure(run, "worker-1", "served") + figure(run, "worker-2", "served");
        double processedTwice = processed - acked;
        double duplicates = figure(run, "events", "duplicates");
        assertTrue(processedTwice > 10, "messages processed more than once: " + processedTwice);
        // The queue cannot know which timed-out deliveries were processed: its count is an upper bound.
        assertTrue(duplicates >= processedTwice, "duplicates " + duplicates + " < processed twice " + processedTwice);
    }

    @Test
    void queueCrash_keepsItsDurableBacklog_andRedeliversWhatWasInFlight() {
        // Consumers at 15 ms a message (133/s together) under 100/s: nearly always busy, so the
        // queue has deliveries in flight when it crashes at 5 s; it is down for 1 s.
        RunResult run = QueueRuns.run(scenario("prefetch: 2", "15ms", """
                faults:
                  - {at: 5s, crash: events, duration: 1s}
                """));

        // Publishes sent while the queue was down got no answer: about 100 of them, Poisson ±10.
        long lost = run.workloads().get("producers").unknown();
        assertEquals(100, lost, 30, "publishes without an answer");
        // Every acknowledged publish survived the crash and was delivered and acknowledged.
        double published = figure(run, "events", "published");
        assertEquals(published, figure(run, "events", "acked"));
        assertEquals(0, figure(run, "events", "backlog_at_end"));
        // The deliveries in flight at the crash were forgotten and made again after the restart.
        double redeliveries = figure(run, "events", "redeliveries");
        assertTrue(redeliveries >= 1, "redeliveries " + redeliveries);
        assertEquals(redeliveries, figure(run, "events", "duplicates"));
    }
}
