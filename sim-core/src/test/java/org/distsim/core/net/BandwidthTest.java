package org.distsim.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.random.Constant;
import org.distsim.core.result.RunResult;
import org.distsim.core.run.SimulationRun;
import org.junit.jupiter.api.Test;

/**
 * Bandwidth: a link direction (and a node's interface) is one FIFO server whose service time is a
 * message's size over the bandwidth, with the latency after the transfer. Checked against exact
 * transfer times, and against M/M/1 for Poisson messages of exponential sizes.
 */
class BandwidthTest {

    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;

    /** A message that weighs {@code sizeBytes} and says when it was sent. */
    private record Blob(long sentAt, long sizeBytes) implements Message, Payload {
    }

    private enum Tick implements Message {
        INSTANCE
    }

    /**
     * Sends {@code burst} blobs to {@code peer} at each arrival: gaps exponential with mean
     * {@code gapNanos} (constant when {@code poisson} is false), sizes exponential with mean
     * {@code meanBytes} (constant when {@code exponentialSizes} is false).
     */
    private static final class Sender implements Actor {
        private final ActorContext context;
        private final String peer;
        private final double gapNanos;
        private final boolean poisson;
        private final double meanBytes;
        private final boolean exponentialSizes;
        private final int burst;
        private UniformRandomProvider gaps;
        private UniformRandomProvider sizes;
        private ActorRef peerRef;

        Sender(ActorContext context, String peer, double gapNanos, boolean poisson, double meanBytes,
                boolean exponentialSizes, int burst) {
            this.context = context;
            this.peer = peer;
            this.gapNanos = gapNanos;
            this.poisson = poisson;
            this.meanBytes = meanBytes;
            this.exponentialSizes = exponentialSizes;
            this.burst = burst;
        }

        @Override
        public void onStart() {
            peerRef = context.lookup(peer);
            gaps = context.random("gaps");
            sizes = context.random("sizes");
            context.setTimer(next(), Tick.INSTANCE);
        }

        private long next() {
            return poisson ? Math.round(-gapNanos * Math.log(1 - gaps.nextDouble())) : Math.round(gapNanos);
        }

        @Override
        public void onMessage(ActorRef from, Message message) {
            for (int i = 0; i < burst; i++) {
                long size = exponentialSizes ? Math.round(-meanBytes * Math.log(1 - sizes.nextDouble()))
                        : Math.round(meanBytes);
                context.send(peerRef, new Blob(context.now(), size));
            }
            context.setTimer(next(), Tick.INSTANCE);
        }
    }

    private static final class Run {
        final Simulation sim;
        final List<Long> delays = new ArrayList<>();
        RunResult result;

        Run(long seed, long endNanos, long warmupNanos, Links links, double gapNanos, boolean poisson,
                double meanBytes, boolean exponentialSizes, int burst) {
            sim = new Simulation(SimulationConfig.of(seed, endNanos).withWarmup(warmupNanos));
            sim.setTransport(new Network(sim, links, 0));
            sim.spawn("a", "test", ctx -> new Sender(ctx, "b", gapNanos, poisson, meanBytes, exponentialSizes, burst));
            sim.spawn("b", "test", ctx -> (from, message) -> delays.add(ctx.now() - ((Blob) message).sentAt()));
        }

        Run run() {
            result = SimulationRun.run(sim, "bandwidth");
            return this;
        }

        FigureValues node(String name) {
            return result.nodes().get(name).figures();
        }
    }

    /** a in zone x, b in zone y, one link between them of {@code bytesPerSecond} and {@code latency}. */
    private static Links link(double bytesPerSecond, long latencyNanos) {
        return new Links(new Constant(0), Map.of("a", "x", "b", "y"), List.of(new LinkRule("x~y", Place.zone("x"),
                Place.zone("y"), new Constant(latencyNanos), false, bytesPerSecond)), Set.of("a", "b"));
    }

    private static final String FORWARD = "link zone:x>zone:y";

    @Test
    void aMessage_arrivesAfterItsTransferAndThenTheLatency() {
        // 1 MB over 10 MB/s is 100 ms on the wire, then 5 ms of propagation; one message a second never queues.
        Run run = new Run(1, 10 * SECOND, 0, link(10e6, 5 * MS), SECOND, false, 1e6, false, 1).run();
        assertTrue(run.delays.size() >= 9, "blobs arrived: " + run.delays.size());
        assertTrue(run.delays.stream().allMatch(d -> d == 105 * MS), "delays " + run.delays);
        assertEquals(0.0, run.node(FORWARD).get("transfer_wait_mean_ms").doubleValue());
    }

    @Test
    void messagesSentTogether_leaveOneAfterTheOther() {
        Run run = new Run(1, 2500 * MS, 0, link(10e6, 5 * MS), SECOND, false, 1e6, false, 3).run();
        // Sent at 1 s and 2 s, three at a time: each waits for the ones before it.
        assertEquals(List.of(105 * MS, 205 * MS, 305 * MS, 105 * MS, 205 * MS, 305 * MS), run.delays);
        // Waits 0, 100, 200 ms twice: a mean of 100 ms; bytes 6 MB; busy 600 ms of 2.5 s.
        assertEquals(100.0, run.node(FORWARD).get("transfer_wait_mean_ms").doubleValue(), 0.1);
        assertEquals(6_000_000L, run.node(FORWARD).get("sent_bytes").longValue());
        assertEquals(0.24, run.node(FORWARD).get("utilisation").doubleValue(), 1e-9);
    }

    @Test
    void withoutAnyBandwidth_sizesCostNothing() {
        Run plain = new Run(1, 3 * SECOND, 0, link(LinkRule.UNLIMITED, 5 * MS), SECOND, false, 1e9, false, 3).run();
        assertTrue(plain.delays.stream().allMatch(d -> d == 5 * MS), "delays " + plain.delays);
        assertTrue(!plain.result.nodes().containsKey(FORWARD), "no link figures without a bandwidth");
    }

    @Test
    void poissonMessagesOfExponentialSizes_waitForTheLinkAsInMm1() {
        // mu = 1e6 B/s / 1000 B = 1000/s, lambda = 600/s: rho = 0.6, W_q = rho / (mu - lambda) = 1.5 ms.
        double lambda = 600;
        double mu = 1000;
        double theory = lambda / mu / (mu - lambda) * 1e3;
        int replications = 8;
        double[] waits = new double[replications];
        double[] utilisations = new double[replications];
        for (int r = 0; r < replications; r++) {
            Run run = new Run(100 + r, 60 * SECOND, 5 * SECOND, link(1e6, MS), SECOND / lambda, true, 1000, true, 1)
                    .run();
            waits[r] = run.node(FORWARD).get("transfer_wait_mean_ms").doubleValue();
            utilisations[r] = run.node(FORWARD).get("utilisation").doubleValue();
        }
        double mean = mean(waits);
        double standardError = Math.sqrt(variance(waits, mean) / replications);
        // The replications are independent, so their spread gives the sampling error of the mean.
        assertTrue(standardError < 0.05 * theory, "precise enough to tell a 20% bias: se " + standardError);
        assertEquals(theory, mean, 4 * standardError, "W_q " + mean + " ms against " + theory + " ms");
        double rho = mean(utilisations);
        assertEquals(lambda / mu, rho, 4 * Math.sqrt(variance(utilisations, rho) / replications), "utilisation");
    }

    @Test
    void anOverloadedLink_isBusyAtMostAllTheTime_andItsQueueGrows() {
        // Offered 2 MB/s to a 1 MB/s link: it can never be more than fully busy.
        Run run = new Run(3, 20 * SECOND, 2 * SECOND, link(1e6, MS), MS, true, 2000, true, 1).run();
        double utilisation = run.node(FORWARD).get("utilisation").doubleValue();
        assertTrue(utilisation <= 1.0, "utilisation " + utilisation);
        assertTrue(utilisation > 0.99, "saturated: " + utilisation);
        assertTrue(run.node(FORWARD).get("transfer_wait_p99_ms").doubleValue() > 5000, "the queue grows");
    }

    @Test
    void aNodesInterface_serialisesWhatItSends_likeALink() {
        Links links = new Links(new Constant(5 * MS), Map.of(), List.of(), Set.of(), Map.of("a", 10e6));
        Run run = new Run(1, 2500 * MS, 0, links, SECOND, false, 1e6, false, 3).run();
        assertEquals(List.of(105 * MS, 205 * MS, 305 * MS, 105 * MS, 205 * MS, 305 * MS), run.delays);
        assertEquals(6_000_000L, run.node("a").get("nic_out_bytes").longValue());
        assertEquals(0.24, run.node("a").get("nic_out_utilisation").doubleValue(), 1e-9);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double variance(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.length - 1);
    }
}
