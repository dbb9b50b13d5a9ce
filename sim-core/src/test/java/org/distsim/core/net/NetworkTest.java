package org.distsim.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.inject.FaultInjector;
import org.distsim.core.inject.NodeSpeeds;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.SimObserver;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.random.Constant;
import org.distsim.core.random.Exponential;
import org.distsim.core.result.DropReason;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.run.SimulationRun;
import org.junit.jupiter.api.Test;

class NetworkTest {

    private static final long MS = 1_000_000L;

    record Ping(long sentAt) implements Message {
    }

    /** Sends a ping to a peer every millisecond and records the one-way delay of what it receives. */
    static final class Pinger implements Actor {
        final ActorContext context;
        final String peer;
        final List<Long> delays = new ArrayList<>();
        long pingsSent;
        ActorRef peerRef;

        Pinger(ActorContext context, String peer) {
            this.context = context;
            this.peer = peer;
        }

        @Override
        public void onStart() {
            peerRef = context.lookup(peer);
            context.setTimer(MS, Tick.INSTANCE);
        }

        @Override
        public void onMessage(ActorRef from, Message message) {
            if (message == Tick.INSTANCE) {
                context.send(peerRef, new Ping(context.now()));
                pingsSent++;
                context.setTimer(MS, Tick.INSTANCE);
            } else {
                delays.add(context.now() - ((Ping) message).sentAt());
            }
        }
    }

    enum Tick implements Message {
        INSTANCE
    }

    private static final class Pair {
        final Simulation sim;
        final Network network;
        final Pinger a;
        final Pinger b;

        Pair(long endNanos, org.distsim.core.random.Distribution latency, double loss, List<ScheduledFault> faults) {
            sim = new Simulation(SimulationConfig.of(3, endNanos));
            network = new Network(sim, latency, loss);
            sim.setTransport(network);
            Pinger[] pingers = new Pinger[2];
            sim.spawn("a", "test", ctx -> pingers[0] = new Pinger(ctx, "b"));
            sim.spawn("b", "test", ctx -> pingers[1] = new Pinger(ctx, "a"));
            a = pingers[0];
            b = pingers[1];
            new FaultInjector(sim, network, new NodeSpeeds()).schedule(faults);
        }

        RunResult run(String name) {
            return SimulationRun.run(sim, name);
        }
    }

    @Test
    void latency_isDrawnFromTheNetworksDistribution() {
        Pair pair = new Pair(10_000 * MS, new Exponential(2 * MS), 0, List.of());
        pair.run("latency");
        double mean = pair.b.delays.stream().mapToLong(Long::longValue).average().orElseThrow();
        int n = pair.b.delays.size();
        // Exponential: standard error of the mean is mean / sqrt(n); allow four of them.
        double tolerance = 4 * 2 * MS / Math.sqrt(n);
        assertEquals(2 * MS, mean, tolerance);
    }

    @Test
    void loss_dropsTheConfiguredFractionOfMessages() {
        Pair pair = new Pair(20_000 * MS, new Constant(0), 0.1, List.of());
        RunResult result = pair.run("loss");
        NetworkResult net = result.network();
        double lossRate = (double) net.droppedByReason().get(DropReason.LOSS) / net.sent();
        // Binomial standard error sqrt(p(1-p)/n); allow four of them.
        assertEquals(0.1, lossRate, 4 * Math.sqrt(0.1 * 0.9 / net.sent()));
    }

    @Test
    void aPartition_dropsMessagesBetweenGroupsUntilHealed() {
        List<ScheduledFault> faults = List.of(
                new ScheduledFault(100 * MS, new Fault.Partition("split", List.of(List.of("a"), List.of("b")), false)),
                new ScheduledFault(200 * MS, new Fault.Heal("split")));
        Pair pair = new Pair(300 * MS, new Constant(0), 0, faults);
        RunResult result = pair.run("partition");
        // Each side sends one ping per ms; those sent in [100, 200) ms are dropped.
        assertEquals(2 * 100, result.network().droppedByReason().get(DropReason.PARTITION));
        assertTrue(pair.b.delays.size() >= 199 && pair.b.delays.size() <= 200, "b received " + pair.b.delays.size());
    }

    @Test
    void aOneWayPartition_dropsOnlyMessagesFromTheFirstGroup() {
        List<ScheduledFault> faults = List.of(
                new ScheduledFault(0, new Fault.Partition("one-way", List.of(List.of("a"), List.of("b")), true)));
        Pair pair = new Pair(100 * MS, new Constant(0), 0, faults);
        pair.run("one-way");
        assertEquals(0, pair.b.delays.size());
        assertEquals(100, pair.a.delays.size());
    }

    @Test
    void aDegradedLink_addsItsExtraLatency_untilRestored() {
        List<ScheduledFault> faults = List.of(
                new ScheduledFault(0, new Fault.DegradeLink("a", "b", 20 * MS, 0)),
                new ScheduledFault(50 * MS + 1, new Fault.RestoreLink("a", "b")));
        Pair pair = new Pair(100 * MS, new Constant(MS), 0, faults);
        pair.run("degraded");
        assertEquals(21 * MS, pair.b.delays.get(0));
        assertEquals(MS, pair.b.delays.get(pair.b.delays.size() - 1));
    }

    /** Counts what it is told, apart from the kernel's own counts. */
    private static final class Tally implements SimObserver {
        long scheduled;
        long delivered;
        long dropped;
        long droppedOnArrival;

        @Override
        public void onSend(long now, ActorRef from, ActorRef to, Message message, long deliverAt) {
            scheduled++;
        }

        @Override
        public void onDeliver(long now, ActorRef from, ActorRef to, Message message) {
            delivered++;
        }

        @Override
        public void onDrop(long now, ActorRef from, ActorRef to, Message message, DropReason reason) {
            dropped++;
            if (reason == DropReason.NODE_DOWN) {
                droppedOnArrival++;
            }
        }
    }

    @Test
    void messageCounts_matchWhatTheActorsSentAndAnObserverSaw_andAddUp() {
        List<ScheduledFault> faults = List.of(
                new ScheduledFault(200 * MS, new Fault.Crash("b")),
                new ScheduledFault(400 * MS, new Fault.Restart("b")),
                new ScheduledFault(500 * MS, new Fault.Partition("p", List.of(List.of("a"), List.of("b")), false)),
                new ScheduledFault(600 * MS, new Fault.Heal("p")),
                new ScheduledFault(700 * MS, new Fault.DegradeLink("a", "b", 30 * MS, 0.2)));
        Pair pair = new Pair(1000 * MS, new Exponential(5 * MS), 0.05, faults);
        Tally tally = new Tally();
        pair.sim.addObserver(tally);
        NetworkResult net = pair.run("conservation").network();
        // Each quantity against one counted elsewhere: sends by the actors themselves, deliveries and
        // drops by an observer, in flight as the deliveries scheduled that neither arrived nor were dropped.
        assertEquals(pair.a.pingsSent + pair.b.pingsSent, net.sent());
        assertEquals(tally.delivered, net.delivered());
        assertEquals(pair.a.delays.size() + pair.b.delays.size(), net.delivered());
        assertEquals(tally.dropped, net.dropped());
        assertEquals(tally.scheduled - tally.delivered - tally.droppedOnArrival, net.inFlight());
        assertTrue(net.inFlight() > 0, "some messages must still be on the wire at the end");
        assertTrue(net.droppedByReason().get(DropReason.NODE_DOWN) > 0);
        assertTrue(net.droppedByReason().get(DropReason.PARTITION) > 0);
        assertTrue(net.droppedByReason().get(DropReason.LOSS) > 0);
        // And the identity the end-of-run check enforces.
        assertEquals(net.sent(), net.delivered() + net.dropped() + net.inFlight());
    }
}
