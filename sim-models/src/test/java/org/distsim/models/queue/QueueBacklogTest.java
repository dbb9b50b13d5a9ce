package org.distsim.models.queue;

import static org.distsim.models.queue.QueueRuns.column;
import static org.distsim.models.queue.QueueRuns.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.api.Test;

/**
 * A queue between producers and consumers absorbs a spike as backlog, which drains afterwards at
 * the consumers' spare capacity, while the producers' latency stays that of the publish alone.
 */
class QueueBacklogTest {

    // Two consumers of 4 workers at a constant 40 ms: μ = 2 × 4 / 0.04 s = 200 messages/s. Prefetch 8
    // keeps every worker busy while a backlog exists. Producers: λ0 = 100/s, then λ1 = 400/s for
    // d = 10 s (from 10 s to 20 s), then λ0 again, evenly spaced so that the measured backlog can be
    // held to the fluid prediction closely (with Poisson arrivals the spike's 4000 messages vary by
    // ±63, and so would the peak).
    private static final String SPIKE = """
            name: spike
            duration: 60s
            nodes:
              events:
                type: queue
                consumers: [worker-1, worker-2]
                prefetch: 8
            %s
            workloads:
              producers:
                type: open-loop
                target: %s
                arrivals: constant
                rate: 100/s
                schedule:
                  - {at: 10s, rate: 400/s}
                  - {at: 20s, rate: 100/s}
            """;

    @Test
    void spikeAboveConsumerCapacity_isAbsorbedAsBacklog_thatDrainsAtThePredictedRate() {
        RunResult run = QueueRuns.run(SPIKE.formatted(QueueRuns.workers(2, 4, "40ms"), "events"));

        // Peak backlog = (λ1 − μ) d = (400 − 200) × 10 = 2000, plus the few messages in service
        // (at most the 16 the consumers may hold); 2% is 40 messages.
        double peak = figure(run, "events", "backlog_max");
        assertEquals(2000, peak, 0.02 * 2000, "peak backlog");

        // After the spike it drains at μ − λ0 = 100 messages/s. Measured as the slope of the
        // per-second backlog between 22 s and 35 s, well inside the drain.
        List<Double> backlog = column(run, "node.events.backlog");
        double slope = (backlog.get(22) - backlog.get(35)) / 13;
        assertEquals(100, slope, 3, "drain rate, messages/s");

        // Drain time = peak / (μ − λ0) ≈ 20 s: the backlog is back to its quiet level (a few
        // messages in service) in the interval starting at 40 s, give or take the one-second
        // resolution of the series.
        int drained = firstBelow(backlog, 50, 21);
        assertEquals(20, drained - 20, 1, "drain time in seconds, series " + backlog);

        // Nothing was lost: everything published was acknowledged, or is still in the queue.
        assertEquals(figure(run, "events", "published"),
                figure(run, "events", "acked") + figure(run, "events", "backlog_at_end"));
        assertEquals(0, figure(run, "events", "redeliveries"));
    }

    @Test
    void producersLatency_staysLowThroughTheSpike_whileASynchronousServiceLatencyExplodes() {
        RunResult viaQueue = QueueRuns.run(SPIKE.formatted(QueueRuns.workers(2, 4, "40ms"), "events"));
        // The same capacity called synchronously: 8 workers at 40 ms, μ = 200/s.
        RunResult direct = QueueRuns.run(SPIKE.formatted(
                "  sync: {type: service, workers: 8, service-time: 40ms}\n" + QueueRuns.workers(2, 4, "40ms"), "sync"));

        WorkloadResult producers = viaQueue.workloads().get("producers");
        assertEquals(0, producers.errors(), "failed or timed-out publishes");
        // A publish is acknowledged once stored: on this network (no latency) that is immediate.
        assertTrue(producers.latency().p99() < 1, "publish p99 " + producers.latency().p99() + " ms");
        // The messages themselves waited: up to the 2000-message backlog at 200/s, about 10 s.
        assertTrue(figure(viaQueue, "events", "delay_p99_ms") > 5000,
                "publish-to-ack p99 " + figure(viaQueue, "events", "delay_p99_ms"));

        // Synchronously, the same spike queues at the service: waits of up to 10 s, at the clients' timeout.
        WorkloadResult callers = direct.workloads().get("producers");
        assertTrue(callers.latency().p99() > 5000, "synchronous p99 " + callers.latency().p99() + " ms");
    }

    @Test
    void fullQueue_refusesPublishesWithQueueFull_onceTheBacklogReachesItsCapacity() {
        // One consumer of 100 messages/s; producers at 300/s for 10 s, then 50/s; capacity 500.
        RunResult run = QueueRuns.run("""
                name: backpressure
                duration: 20s
                nodes:
                  events: {type: queue, consumers: [worker-1], capacity: 500}
                %s
                workloads:
                  producers:
                    type: open-loop
                    target: events
                    rate: 300/s
                    schedule: [{at: 10s, rate: 50/s}]
                """.formatted(QueueRuns.workers(1, 1, "10ms")));

        assertEquals(500, figure(run, "events", "backlog_max"), "the backlog never exceeds the capacity");
        // The backlog fills after 500 / (300 − 100) = 2.5 s; from then on, of the 300/s offered
        // only the 100/s the consumer drains get in: (300 − 100) × 7.5 s = 1500 refused. Poisson
        // counts over the 7.5 s vary by ±47 (one sigma); we allow 10%, about 3 sigma.
        double rejected = figure(run, "events", "rejected");
        assertEquals(1500, rejected, 150, "rejected publishes");
        WorkloadResult producers = run.workloads().get("producers");
        assertEquals((long) rejected, producers.failedByReason().get("queue-full"));
        // No refusal before the backlog filled up.
        List<Double> refusals = column(run, "node.events.rejected");
        assertEquals(0, refusals.get(0) + refusals.get(1));
    }

    private static int firstBelow(List<Double> values, double threshold, int from) {
        for (int i = from; i < values.size(); i++) {
            if (values.get(i) != null && values.get(i) < threshold) {
                return i;
            }
        }
        return -1;
    }
}
