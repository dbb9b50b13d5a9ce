package org.distsim.core.fault;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A change to the simulated infrastructure, applied at a point of simulated time like any other
 * event. Nodes are named as in the scenario; the injector resolves the names.
 *
 * <p>This is the one vocabulary of faults. Code that treats faults kind by kind does so through
 * {@link #accept(FaultVisitor)}, never with {@code instanceof} chains, so that adding a fault here
 * is a compile error everywhere it is not handled yet. A new kind of fault is a record here plus
 * one method in {@link FaultVisitor}; the compiler then lists every place that must handle it:
 * <ul>
 *   <li>{@code org.distsim.core.inject.FaultInjector} applies it to the running simulation;</li>
 *   <li>{@code org.distsim.models.scenario.FaultAction} spells it in the {@code faults:} timeline
 *       (a record and one line of {@code ACTIONS} for loading it, one method of {@code FaultAction.of}
 *       for writing it back; the live view saves hand-made faults through it);</li>
 *   <li>{@code org.distsim.models.docs.ScenarioExplainer} describes it with all its parameters for
 *       {@code distsim explain};</li>
 *   <li>{@link #describe()} here labels it for report markers and the live view.</li>
 * </ul>
 * Code interested in one kind only (the live view following partitions) also goes through a
 * visitor, whose other methods do nothing.
 */
public sealed interface Fault {

    /**
     * The one short label of this fault, for report markers, the live view's markers and messages,
     * and logs: {@code crash db}, {@code partition split [a,b | c]}, {@code slow db x3}, {@code load
     * spike clients x3}. Parameters beyond the essential are left to {@code distsim explain}.
     */
    String describe();

    /** Hands this fault to the visitor's method for its kind. */
    <R> R accept(FaultVisitor<R> visitor);

    /** The node stops: its volatile state is lost, its timers die, messages to it are dropped. */
    record Crash(String node) implements Fault {
        @Override
        public <R> R accept(FaultVisitor<R> visitor) {
            return visitor.crash(this);
        }

        @Override
        public String describe() {
            return "crash " + node;
        }
    }

    /** A crashed node comes back with its durable state. Restarting a running node does nothing. */
    record Restart(String node) implements Fault {
        @Override
        public <R> R accept(FaultVisitor<R> visitor) {
            return visitor.restart(this);
        }

        @Override
        public String describe() {
            return "restart " + node;
        }
    }

    /**
     * Messages between nodes of different groups are dropped; nodes in no group are unaffected.
     * With {@code oneWay}, only messages from the first group to the others are dropped.
     */
    record Partition(String name, List<List<String>> groups, boolean oneWay) implements Fault {
        @Override
        public <R> R accept(FaultVisitor<R> visitor) {
            return visitor.partition(this);
        }

        public Partition {
            groups = groups.stream().map(List::copyOf).toList();
        }

        @Override
        public String describe() {
            return "partition " + name + " " + groups.stream().map(group -> String.join(",", group))
                    .collect(Collectors.joining(" | ", "[", "]")) + (oneWay ? " one-way" : "");
        }
    }

    /** Ends the partition of the given name. */
    record Heal(String name) implements Fault {
        @Override
        public <R> R accept(FaultVisitor<R> visitor) {
            return visitor.heal(this);
        }

        @Override
        public String describe() {
            return "heal " + name;
        }
    }

    /** Every service time of the node is multiplied by {@code factor}; 1 restores normal speed. */
    record SlowNode(String node, double factor) implements Fault {
        @Override
        public <R> R accept(FaultVisitor<R> visitor) {
            return visitor.slowNode(this);
        }

        @Override
        public String describe() {
            return factor == 1 ? "slow " + node + " ends" : "slow " + node + " x" + FaultLabels.number(factor);
        }
    }

    /**
     * The link between two nodes (both directions) gains a fixed extra latency and a loss
     * probability on top of the network's own.
     */
    record DegradeLink(String from, String to, long extraLatencyNanos, double loss) implements Fault {
        @Override
        public <R> R accept(FaultVisitor<R> visitor) {
            return visitor.degradeLink(this);
        }

        @Override
        public String describe() {
            return "degrade link " + from + " <-> " + to;
        }
    }

    /** Removes a link degradation. */
    record RestoreLink(String from, String to) implements Fault {
        @Override
        public <R> R accept(FaultVisitor<R> visitor) {
            return visitor.restoreLink(this);
        }

        @Override
        public String describe() {
            return "restore link " + from + " <-> " + to;
        }
    }

    /**
     * The load of a workload is multiplied by {@code factor} (3 triples it); 1 restores the
     * configured load. The workload receives a {@code LoadFactor} message: an open-loop workload
     * rescales its rate (and its pending arrival, so no random draw is added or skipped), a
     * closed-loop one its number of users.
     */
    record LoadSpike(String workload, double factor) implements Fault {
        @Override
        public <R> R accept(FaultVisitor<R> visitor) {
            return visitor.loadSpike(this);
        }

        @Override
        public String describe() {
            return factor == 1 ? "load spike " + workload + " ends"
                    : "load spike " + workload + " x" + FaultLabels.number(factor);
        }
    }
}
