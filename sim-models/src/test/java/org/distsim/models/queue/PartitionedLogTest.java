package org.distsim.models.queue;

import static org.distsim.models.queue.QueueRuns.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.core.result.RunResult;
import org.junit.jupiter.api.Test;

/** A partitioned log read by one consumer group: one consumer per partition, at most. */
class PartitionedLogTest {

    // Producers offer 600 messages/s over 1000 uniformly popular keys for 10 s; each consumer serves
    // one message at a time in 10 ms, 100/s. With 4 partitions each receives about 150/s, more than
    // its one consumer can take, so the log is the bottleneck at 4 × 100 = 400/s.
    private static RunResult run(String mode, int partitions, int consumers) {
        return QueueRuns.run("""
                name: log
                duration: 10s
                nodes:
                  events:
                    type: queue
                    mode: %s
                    partitions: %d
                    consumers: %s
                %s
                workloads:
                  producers:
                    type: open-loop
                    target: events
                    rate: 600/s
                    keys: {count: 1000}
                """.formatted(mode, partitions, QueueRuns.consumerList(consumers), QueueRuns.workers(consumers, 1, "10ms")));
    }

    @Test
    void consumersBeyondThePartitionCount_addNothing() {
        RunResult four = run("partitioned-log", 4, 4);
        RunResult eight = run("partitioned-log", 4, 8);

        // Each of the 4 partitions is drained at 100/s by its one consumer: 4000 messages in 10 s.
        double acked = figure(four, "events", "acked");
        assertEquals(4000, acked, 10, "acknowledged with 4 consumers");
        // The same messages (same seed, same keys) reach the same partitions and their same consumers:
        // the extra four consumers are assigned no partition, so nothing changes at all.
        assertEquals(acked, figure(eight, "events", "acked"), "acknowledged with 8 consumers");
        assertEquals(figure(four, "events", "backlog_mean"), figure(eight, "events", "backlog_mean"));
        for (int i = 5; i <= 8; i++) {
            assertEquals(0, figure(eight, "worker-" + i, "served"), "messages served by idle worker-" + i);
        }
        // The lag grows on every partition, as each receives more than its consumer takes.
        for (int p = 0; p < 4; p++) {
            assertTrue(figure(four, "events", "lag.p" + p + "_max") > 100, "lag of partition " + p);
        }
    }

    @Test
    void competingConsumers_unlikeTheLog_doScaleWithEveryConsumerAdded() {
        // Point-to-point has no partitions: 8 consumers (800/s) take all the 600/s offered.
        double four = figure(run("point-to-point", 1, 4), "events", "acked");
        double eight = figure(run("point-to-point", 1, 8), "events", "acked");

        assertEquals(4000, four, 10, "acknowledged with 4 consumers");
        // 600/s × 10 s = 6000 Poisson arrivals, ±77 (one sigma); we allow 3 sigma.
        assertEquals(6000, eight, 230, "acknowledged with 8 consumers");
    }

    @Test
    void onePartition_keepsEachKeysMessagesInOrder_evenWithManyConsumers() {
        // One partition: one consumer reads it, one message at a time, whatever the others do.
        RunResult run = run("partitioned-log", 1, 3);
        assertEquals(1000, figure(run, "events", "acked"), 10);
        assertEquals(0, figure(run, "worker-2", "served"));
        assertEquals(0, figure(run, "worker-3", "served"));
    }
}
