package org.distsim.core.fault;

import java.util.List;

/**
 * A change to the simulated infrastructure, applied at a point of simulated time like any other
 * event. Nodes are named as in the scenario; the injector resolves the names.
 *
 * <p>This is the one vocabulary of faults. Code that treats faults kind by kind does so through
 * {@link #accept(FaultVisitor)}, never with {@code instanceof} chains, so that adding a fault here
 * is a compile error everywhere it is not handled yet.
 */
public sealed interface Fault {

    /** A one-line description for logs, markers and the live view ("crash db-2"). */
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
            return "partition " + name + " " + groups + (oneWay ? " one-way" : "");
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
            return factor == 1 ? "restore speed of " + node : "slow " + node + " x" + factor;
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
     * configured load. The workload receives a {@link LoadFactor} message: an open-loop workload
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
            return factor == 1 ? "end load spike on " + workload : "load spike " + workload + " x" + factor;
        }
    }
}
