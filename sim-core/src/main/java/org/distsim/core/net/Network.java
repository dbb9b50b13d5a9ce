package org.distsim.core.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.Transport;
import org.distsim.core.random.Distribution;
import org.distsim.core.result.DropReason;

/**
 * The simulated network: every message takes a latency drawn from the network's distribution (plus
 * any extra latency of a degraded link), and is dropped when a partition separates its ends, by
 * random loss, or when its target is down on arrival (that last check is the kernel's). The kernel
 * counts every message: as sent before it reaches the network, then as delivered, dropped or in
 * flight; the network only says which, through {@link Simulation#deliverAt} or {@link
 * Simulation#drop}, exactly once per message.
 *
 * <p>A partition is checked when a message is sent: a message already on the wire when a
 * partition starts still arrives, as it would within one link latency in a real network.
 *
 * <p>Draws come from two streams per sender ({@code net-latency}, {@code net-loss}), so adding a
 * loss fault never shifts anyone's latency draws, and adding a node never shifts another's.
 */
public final class Network implements Transport {

    private final Simulation simulation;
    private final Distribution latency;
    private final double loss;
    private final List<ContinuousSampler> latencySamplers = new ArrayList<>();
    private final List<UniformRandomProvider> lossStreams = new ArrayList<>();
    private final List<Cut> cuts = new ArrayList<>();
    // Keyed by the link's two indexes; only looked up, never iterated.
    private final Map<Long, Degradation> degraded = new HashMap<>();

    public Network(Simulation simulation, Distribution latency, double loss) {
        if (!(loss >= 0 && loss <= 1)) {
            throw new IllegalArgumentException("loss must be a probability in [0, 1], got " + loss);
        }
        this.simulation = simulation;
        this.latency = latency;
        this.loss = loss;
    }

    @Override
    public void send(ActorRef from, ActorRef to, Message message) {
        if (!cuts.isEmpty() && separated(from.index(), to.index())) {
            simulation.drop(from, to, message, DropReason.PARTITION);
            return;
        }
        Degradation link = degraded.isEmpty() ? null : degraded.get(linkKey(from.index(), to.index()));
        double lossProbability = link == null ? loss : 1 - (1 - loss) * (1 - link.loss());
        if (lossProbability > 0 && lossStream(from).nextDouble() < lossProbability) {
            simulation.drop(from, to, message, DropReason.LOSS);
            return;
        }
        // Through the kernel's horizon: a heavy-tailed latency beyond the run's end cannot wrap the clock.
        long delay = simulation.drawnNanos(null, latencySampler(from).sample());
        if (link != null) {
            delay = simulation.delaySum(delay, link.extraLatencyNanos());
        }
        simulation.deliverAt(simulation.now() + delay, from, to, message);
    }

    /**
     * Starts (or replaces) the partition of the given name. Nodes in different groups cannot talk;
     * with {@code oneWay} only messages from the first group to the others are dropped.
     */
    public void partition(String name, List<List<ActorRef>> groups, boolean oneWay) {
        int[] groupOf = new int[simulation.actors().size()];
        Arrays.fill(groupOf, -1);
        for (int g = 0; g < groups.size(); g++) {
            for (ActorRef node : groups.get(g)) {
                groupOf[node.index()] = g;
            }
        }
        heal(name);
        cuts.add(new Cut(name, groupOf, oneWay));
    }

    public void heal(String name) {
        cuts.removeIf(cut -> cut.name().equals(name));
    }

    /** Names of the active partitions, in the order they started. */
    public List<String> partitions() {
        return cuts.stream().map(Cut::name).toList();
    }

    /** Whether a message from {@code from} to {@code to} would be dropped by a partition now. */
    public boolean separated(ActorRef from, ActorRef to) {
        return separated(from.index(), to.index());
    }

    private boolean separated(int from, int to) {
        for (Cut cut : cuts) {
            int a = cut.groupOf()[from];
            int b = cut.groupOf()[to];
            if (a >= 0 && b >= 0 && a != b && (!cut.oneWay() || a == 0)) {
                return true;
            }
        }
        return false;
    }

    /** Adds latency and loss to the link between two nodes, in both directions. */
    public void degrade(ActorRef a, ActorRef b, long extraLatencyNanos, double extraLoss) {
        if (extraLatencyNanos < 0 || !(extraLoss >= 0 && extraLoss <= 1)) {
            throw new IllegalArgumentException("extra latency must be >= 0 and loss in [0, 1]");
        }
        degraded.put(linkKey(a.index(), b.index()), new Degradation(extraLatencyNanos, extraLoss));
    }

    public void restore(ActorRef a, ActorRef b) {
        degraded.remove(linkKey(a.index(), b.index()));
    }

    private ContinuousSampler latencySampler(ActorRef from) {
        while (latencySamplers.size() <= from.index()) {
            latencySamplers.add(null);
        }
        ContinuousSampler sampler = latencySamplers.get(from.index());
        if (sampler == null) {
            sampler = latency.sampler(simulation.streams().stream(from.name(), "net-latency"));
            latencySamplers.set(from.index(), sampler);
        }
        return sampler;
    }

    private UniformRandomProvider lossStream(ActorRef from) {
        while (lossStreams.size() <= from.index()) {
            lossStreams.add(null);
        }
        UniformRandomProvider stream = lossStreams.get(from.index());
        if (stream == null) {
            stream = simulation.streams().stream(from.name(), "net-loss");
            lossStreams.set(from.index(), stream);
        }
        return stream;
    }

    private static long linkKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private record Cut(String name, int[] groupOf, boolean oneWay) {
    }

    private record Degradation(long extraLatencyNanos, double loss) {
    }
}
