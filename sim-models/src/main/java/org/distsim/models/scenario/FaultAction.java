package org.distsim.models.scenario;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.FaultVisitor;
import org.distsim.models.format.Knob;

/**
 * The action of one entry of the {@code faults:} timeline, as written in a scenario. Each entry has
 * exactly one action key; its value is bound to the matching record, which then gives the
 * sim-core {@link Fault} and, for actions that can be undone, the fault that undoes it when the
 * entry has a {@code duration}. The way back, from a fault to the action that writes it ({@link
 * #of}), is an exhaustive {@link FaultVisitor}: the live view saves hand-made faults through it, and
 * a new kind of fault does not compile until it has a spelling here.
 *
 * <p>An action is added with one record here, one line in {@link #ACTIONS} and one method of
 * {@link #of}.
 */
public sealed interface FaultAction {

    /** The fault this action applies. */
    Fault fault();

    /** The fault that undoes this one, scheduled {@code duration} later when the entry has one. */
    default Optional<Fault> undo() {
        return Optional.empty();
    }

    /**
     * An action key of the timeline.
     *
     * @param key          the YAML key ({@code degrade-link})
     * @param form         the record its value binds to
     * @param scalar       the value is the record's single knob written bare ({@code crash: db}),
     *                     not a mapping
     * @param description  one line for the reference
     */
    record Action(String key, Class<? extends FaultAction> form, boolean scalar, String description) {
    }

    /** Every action, in the order the reference lists them. */
    List<Action> ACTIONS = List.of(
            new Action("crash", Crash.class, true,
                    "The node stops: volatile state is lost and messages to it are dropped. Undo: restart."),
            new Action("restart", Restart.class, true, "A crashed node comes back with its durable state."),
            new Action("partition", Partition.class, false,
                    "Messages between different groups are dropped. Undo: heal."),
            new Action("heal", Heal.class, true, "Ends the partition of that name."),
            new Action("slow", Slow.class, false,
                    "Every service time of the node is multiplied by factor. Undo: factor 1."),
            new Action("degrade-link", DegradeLink.class, false,
                    "The link between two endpoints (both ways) gains latency and loss. Undo: restore-link."),
            new Action("restore-link", RestoreLink.class, false, "Removes a link degradation."),
            new Action("load-spike", LoadSpike.class, false,
                    "A workload sends factor times its load: an open-loop one at factor times its rate, a closed-loop"
                    + " one with factor times its users. Undo: factor 1."));

    /** The action of the given key. */
    static Optional<Action> action(String key) {
        return ACTIONS.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /** How this action is spelled: its key, and whether its value is written bare. */
    default Action spelling() {
        return ACTIONS.stream().filter(a -> a.form() == getClass()).findFirst()
                .orElseThrow(() -> new IllegalStateException(getClass().getSimpleName() + " is not in ACTIONS"));
    }

    /**
     * The timeline action that applies {@code fault}: the inverse of {@link #fault()}, so that
     * {@code of(f).fault()} equals {@code f}. Partitions keep their name.
     */
    static FaultAction of(Fault fault) {
        return fault.accept(new FaultVisitor<FaultAction>() {
            @Override
            public FaultAction crash(Fault.Crash crash) {
                return new Crash(crash.node());
            }

            @Override
            public FaultAction restart(Fault.Restart restart) {
                return new Restart(restart.node());
            }

            @Override
            public FaultAction partition(Fault.Partition partition) {
                return new Partition(partition.name(), partition.groups(), partition.oneWay());
            }

            @Override
            public FaultAction heal(Fault.Heal heal) {
                return new Heal(heal.name());
            }

            @Override
            public FaultAction slowNode(Fault.SlowNode slow) {
                return new Slow(slow.node(), slow.factor());
            }

            @Override
            public FaultAction degradeLink(Fault.DegradeLink link) {
                return new DegradeLink(link.from(), link.to(), Duration.ofNanos(link.extraLatencyNanos()), link.loss());
            }

            @Override
            public FaultAction restoreLink(Fault.RestoreLink link) {
                return new RestoreLink(link.from(), link.to());
            }

            @Override
            public FaultAction loadSpike(Fault.LoadSpike spike) {
                return new LoadSpike(spike.workload(), spike.factor());
            }
        });
    }

    /** {@code crash: db}. */
    record Crash(@Knob(doc = "The node that crashes.", format = Knob.Format.NODE_REF) String node)
            implements FaultAction {
        @Override
        public Fault fault() {
            return new Fault.Crash(node);
        }

        @Override
        public Optional<Fault> undo() {
            return Optional.of(new Fault.Restart(node));
        }
    }

    /** {@code restart: db}. */
    record Restart(@Knob(doc = "The node that restarts.", format = Knob.Format.NODE_REF) String node)
            implements FaultAction {
        @Override
        public Fault fault() {
            return new Fault.Restart(node);
        }
    }

    /** {@code partition: {name: split, groups: [[a, b], [c]], one-way: false}}. */
    record Partition(
            @Knob(doc = "A name for heal to refer to; p1, p2, ... in timeline order when left out.",
                    optional = true)
            String name,
            @Knob(doc = "Two or more groups of nodes or workloads (zone:NAME for every one of a zone); messages"
                    + " between groups are dropped, endpoints in no group are unaffected.",
                    format = Knob.Format.PLACE_REF)
            List<List<String>> groups,
            @Knob(doc = "Drop only the messages from the first group to the others.", defaultValue = "false")
            boolean oneWay) implements FaultAction {

        public Partition {
            groups = groups.stream().map(List::copyOf).toList();
            if (name != null && name.isBlank()) {
                throw new IllegalArgumentException("a partition name must not be empty");
            }
            if (groups.size() < 2) {
                throw new IllegalArgumentException("a partition needs at least two groups, got " + groups.size());
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i).isEmpty()) {
                    throw new IllegalArgumentException("group " + i + " of the partition is empty");
                }
                for (String member : groups.get(i)) {
                    if (!seen.add(member)) {
                        throw new IllegalArgumentException("\"" + member + "\" is in more than one group");
                    }
                }
            }
        }

        /** This partition under the given name. */
        public Partition named(String partitionName) {
            return new Partition(partitionName, groups, oneWay);
        }

        @Override
        public Fault fault() {
            return new Fault.Partition(Objects.requireNonNull(name, "the partition has no name yet"), groups, oneWay);
        }

        @Override
        public Optional<Fault> undo() {
            return Optional.of(new Fault.Heal(name));
        }
    }

    /** {@code heal: split}. */
    record Heal(@Knob(doc = "The name of the partition to end.") String partition) implements FaultAction {
        @Override
        public Fault fault() {
            return new Fault.Heal(partition);
        }
    }

    /** {@code slow: {node: db, factor: 3}}. */
    record Slow(
            @Knob(doc = "The node that slows down.", format = Knob.Format.NODE_REF) String node,
            @Knob(doc = "Service times are multiplied by it: 3 is three times slower, 1 is normal speed.",
                    min = "0", minExclusive = true) double factor) implements FaultAction {
        @Override
        public Fault fault() {
            return new Fault.SlowNode(node, factor);
        }

        @Override
        public Optional<Fault> undo() {
            return Optional.of(new Fault.SlowNode(node, 1));
        }
    }

    /** {@code degrade-link: {from: a, to: b, extra-latency: 20ms, loss: 5%}}. */
    record DegradeLink(
            @Knob(doc = "One end of the link: a node or workload.", format = Knob.Format.ACTOR_REF) String from,
            @Knob(doc = "The other end of the link.", format = Knob.Format.ACTOR_REF) String to,
            @Knob(doc = "Latency added to every message on the link.", defaultValue = "0ms") Duration extraLatency,
            @Knob(doc = "Probability that a message on the link is lost, on top of the network's loss.",
                    defaultValue = "0", format = Knob.Format.PROBABILITY) double loss) implements FaultAction {

        public DegradeLink {
            if (Objects.equals(from, to)) {
                throw new IllegalArgumentException("a link needs two different ends, got \"" + from + "\" twice");
            }
        }

        @Override
        public Fault fault() {
            return new Fault.DegradeLink(from, to, extraLatency.toNanos(), loss);
        }

        @Override
        public Optional<Fault> undo() {
            return Optional.of(new Fault.RestoreLink(from, to));
        }
    }

    /** {@code restore-link: {from: a, to: b}}. */
    record RestoreLink(
            @Knob(doc = "One end of the link.", format = Knob.Format.ACTOR_REF) String from,
            @Knob(doc = "The other end of the link.", format = Knob.Format.ACTOR_REF) String to)
            implements FaultAction {
        @Override
        public Fault fault() {
            return new Fault.RestoreLink(from, to);
        }
    }

    /** {@code load-spike: {workload: clients, factor: 3}}. */
    record LoadSpike(
            @Knob(doc = "The workload whose load is multiplied: the rate of an open-loop workload, the users of a"
                    + " closed-loop one.",
                    format = Knob.Format.WORKLOAD_REF) String workload,
            @Knob(doc = "The load is multiplied by it: 3 is three times the rate (or the users, rounded), 1 is the"
                    + " configured load.",
                    min = "0", minExclusive = true, max = "1000000") double factor) implements FaultAction {
        @Override
        public Fault fault() {
            return new Fault.LoadSpike(workload, factor);
        }

        @Override
        public Optional<Fault> undo() {
            return Optional.of(new Fault.LoadSpike(workload, 1));
        }
    }
}
