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
import org.distsim.core.metrics.Counter;
import org.distsim.core.random.Constant;
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
 * loss fault never shifts anyone's latency draws, and adding a node never shifts another's. With
 * zones and link rules ({@link Links}), a message that a rule matches draws its latency from the
 * sender's stream of that rule ({@code net-latency:<key>}) instead: a scenario without rules draws
 * exactly what it drew before rules existed, and adding a rule changes no draw of a sender none of
 * whose messages it matches (a sender with messages on both sides draws its other messages from
 * the same plain stream as before, one draw fewer for each message the rule took).
 *
 * <p>Where a link rule or a node's interface has a bandwidth, a message's size ({@link Payload})
 * costs time: each pipe on its path (the sender's interface out, the link's direction, the
 * receiver's interface in) is a FIFO server with service time size / bandwidth ({@link Pipe}), and
 * the latency (propagation) is added after the last byte has left. Sizes draw nothing here, so a
 * bandwidth changes no random draw; without any bandwidth the network reads no size at all.
 */
public final class Network implements Transport {

    private final Simulation simulation;
    private final Distribution latency;
    private final Links links;
    private final double loss;
    /** By sender index: its sampler of the fallback latency, made at its first message. */
    private ContinuousSampler[] latencySamplers = new ContinuousSampler[0];
    /** Whether every message takes the fallback latency ({@link Links#isUniform}), read once. */
    private final boolean uniform;
    /**
     * The fallback latency when it is a constant, in nanoseconds before the horizon's cut; NaN
     * otherwise. A constant draws nothing from its stream, so no sampler need be looked up for it.
     */
    private final double constantLatency;
    /** By sender index, then rule index; filled as messages need them. */
    private final List<ContinuousSampler[]> ruleSamplers = new ArrayList<>();
    /** By sender index, then target index: the rule plus one, 0 while unresolved (-1 + 1 = no rule). */
    private final List<int[]> resolvedRules = new ArrayList<>();
    /** By actor index: the index of its zone in {@link Links#zones()}, or -1; null until the first send. */
    private int[] zoneIndex;
    /** By sender index, then destination zone index: the counter of messages into that zone, or null. */
    private Counter[][] crossZone;
    private final List<UniformRandomProvider> lossStreams = new ArrayList<>();
    private final List<Cut> cuts = new ArrayList<>();
    // Keyed by the link's two indexes; only looked up, never iterated.
    private final Map<Long, Degradation> degraded = new HashMap<>();
    /** Whether sizes cost time: some link or interface has a bandwidth. */
    private final boolean limited;
    /** By rule index times two, plus one for the backward direction: the pipe, or null; null until the first send. */
    private Pipe[] linkPipes;
    /** By actor index: the pipes of its interface out and in, or null. */
    private Pipe[] outPipes;
    private Pipe[] inPipes;

    public Network(Simulation simulation, Distribution latency, double loss) {
        this(simulation, Links.uniform(latency), loss);
    }

    /** A network shaped by zones and link rules; {@code links.fallback()} is the latency no rule sets. */
    public Network(Simulation simulation, Links links, double loss) {
        if (!(loss >= 0 && loss <= 1)) {
            throw new IllegalArgumentException("loss must be a probability in [0, 1], got " + loss);
        }
        this.simulation = simulation;
        this.latency = links.fallback();
        this.links = links;
        this.loss = loss;
        this.limited = links.limitsBandwidth();
        this.uniform = links.isUniform();
        this.constantLatency = latency instanceof Constant constant ? constant.value() : Double.NaN;
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
        double drawn;
        if (!uniform) {
            drawn = shapedSampler(from, to).sample();
        } else if (constantLatency == constantLatency) {
            drawn = constantLatency; // not NaN: a constant, the value its sampler would return
        } else {
            drawn = latencySampler(from).sample();
        }
        // Through the kernel's horizon: a heavy-tailed latency beyond the run's end cannot wrap the clock.
        long delay = simulation.drawnNanos(null, drawn);
        if (link != null) {
            delay = simulation.delaySum(delay, link.extraLatencyNanos());
        }
        if (crossZone != null) {
            countCrossing(from, to);
        }
        if (limited) {
            long onWire = transfer(from, to, message) - simulation.now();
            delay = simulation.delaySum(onWire, delay);
        }
        simulation.deliverAt(simulation.now() + delay, from, to, message);
    }

    /**
     * Books the message on the pipes of its path, the sender's interface out, the link's direction
     * and the receiver's interface in, each from when it left the one before, and returns when its
     * last byte has left the last of them; now for a path without a bandwidth.
     */
    private long transfer(ActorRef from, ActorRef to, Message message) {
        if (linkPipes == null) {
            preparePipes();
        }
        long now = simulation.now();
        long bytes = message instanceof Payload payload ? payload.sizeBytes() : 0;
        long at = now;
        Pipe out = from.index() < outPipes.length ? outPipes[from.index()] : null;
        if (out != null) {
            at = out.transmit(now, at, bytes);
        }
        if (linkPipes.length > 0) {
            int rule = rule(from, to);
            if (rule >= 0) {
                Pipe link = linkPipes[2 * rule + (links.forward(rule, from.name(), to.name()) ? 0 : 1)];
                if (link != null) {
                    at = link.transmit(now, at, bytes);
                }
            }
        }
        Pipe in = to.index() < inPipes.length ? inPipes[to.index()] : null;
        if (in != null) {
            at = in.transmit(now, at, bytes);
        }
        return at;
    }

    /**
     * Creates the pipes of every limited link direction and node interface, so that a report shows
     * a direction nothing crossed as idle. Runs at the first send, when every actor has been spawned.
     */
    private void preparePipes() {
        long warmupEnd = simulation.config().warmupNanos();
        long end = simulation.config().endNanos();
        List<LinkRule> rules = links.rules();
        linkPipes = new Pipe[2 * rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            LinkRule rule = rules.get(r);
            if (!rule.limited()) {
                continue;
            }
            for (int direction = 0; direction < (rule.oneWay() ? 1 : 2); direction++) {
                var metrics = simulation.metrics().link(rule.directionName(direction == 0), NetworkFigures.LINK_TYPE);
                linkPipes[2 * r + direction] = new Pipe(rule.bytesPerSecond(), warmupEnd, end, metrics,
                        NetworkFigures.LINK_PIPE, simulation::now);
            }
        }
        List<ActorRef> actors = simulation.actors();
        outPipes = new Pipe[actors.size()];
        inPipes = new Pipe[actors.size()];
        for (ActorRef actor : actors) {
            Double bandwidth = links.interfaces().get(actor.name());
            if (bandwidth != null) {
                var metrics = simulation.metrics().node(actor.index(), actor.name(), actor.type());
                outPipes[actor.index()] = new Pipe(bandwidth, warmupEnd, end, metrics, NetworkFigures.NIC_OUT,
                        simulation::now);
                inPipes[actor.index()] = new Pipe(bandwidth, warmupEnd, end, metrics, NetworkFigures.NIC_IN,
                        simulation::now);
            }
        }
    }

    /** The sampler of the rule the message follows, or the sender's plain one when none matches. */
    private ContinuousSampler shapedSampler(ActorRef from, ActorRef to) {
        int rule = rule(from, to);
        if (rule < 0) {
            return latencySampler(from);
        }
        ContinuousSampler[] samplers = grown(ruleSamplers, from.index());
        if (samplers == null) {
            samplers = new ContinuousSampler[links.rules().size()];
            ruleSamplers.set(from.index(), samplers);
        }
        if (samplers[rule] == null) {
            LinkRule linkRule = links.rules().get(rule);
            samplers[rule] = linkRule.latency().sampler(
                    simulation.streams().stream(from.name(), "net-latency:" + linkRule.key()));
        }
        return samplers[rule];
    }

    /** The index of the rule a message from {@code from} to {@code to} follows, resolved once per pair; -1 for none. */
    private int rule(ActorRef from, ActorRef to) {
        if (zoneIndex == null) {
            prepareZones();
        }
        int[] rules = grown(resolvedRules, from.index());
        if (rules == null || rules.length <= to.index()) {
            int[] grownRules = new int[simulation.actors().size()];
            if (rules != null) {
                System.arraycopy(rules, 0, grownRules, 0, rules.length);
            }
            rules = grownRules;
            resolvedRules.set(from.index(), rules);
        }
        if (rules[to.index()] == 0) {
            rules[to.index()] = links.ruleFor(from.name(), to.name()) + 1;
        }
        return rules[to.index()] - 1;
    }

    /** The element at {@code index}, null when absent, after growing the list to hold it. */
    private static <T> T grown(List<T> list, int index) {
        while (list.size() <= index) {
            list.add(null);
        }
        return list.get(index);
    }

    /**
     * Numbers the actors' zones and registers, on every metered node with a zone, a counter for
     * each other zone, in zone order, so that a report shows the zones a node never sent to as 0.
     * Runs at the first send, when every actor has been spawned.
     */
    private void prepareZones() {
        List<ActorRef> actors = simulation.actors();
        List<String> zones = links.zones();
        zoneIndex = new int[actors.size()];
        Counter[][] counters = new Counter[actors.size()][];
        boolean any = false;
        for (ActorRef actor : actors) {
            String zone = links.zone(actor.name());
            zoneIndex[actor.index()] = zone == null ? -1 : zones.indexOf(zone);
            if (zone != null && links.metered().contains(actor.name()) && zones.size() > 1) {
                var metrics = simulation.metrics().node(actor.index(), actor.name(), actor.type());
                counters[actor.index()] = new Counter[zones.size()];
                for (int z = 0; z < zones.size(); z++) {
                    if (z != zoneIndex[actor.index()]) {
                        counters[actor.index()][z] = metrics.counter(NetworkFigures.CROSS_ZONE, zones.get(z));
                        any = true;
                    }
                }
            }
        }
        crossZone = any ? counters : null;
    }

    private void countCrossing(ActorRef from, ActorRef to) {
        Counter[] counters = crossZone[from.index()];
        int zone = zoneIndex[to.index()];
        if (counters != null && zone >= 0 && counters[zone] != null) {
            counters[zone].increment();
        }
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
        int sender = from.index();
        if (sender >= latencySamplers.length) {
            latencySamplers = Arrays.copyOf(latencySamplers, Math.max(sender + 1, 2 * latencySamplers.length));
        }
        ContinuousSampler sampler = latencySamplers[sender];
        if (sampler == null) {
            sampler = latency.sampler(simulation.streams().stream(from.name(), "net-latency"));
            latencySamplers[sender] = sampler;
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
