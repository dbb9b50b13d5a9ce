package org.distsim.core.fault;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.facts.FaultWindow;

/**
 * Pairs each fault with the one that undoes it, giving the {@link FaultWindow}s of a timeline: a
 * crash with the next restart of the same node, a partition with the heal of its name, a slow-down
 * with the same node's return to factor 1, a degraded link with its restore, a load spike with the
 * same workload's return to factor 1. What a fault acts on and whether it opens or closes a window
 * comes from an exhaustive {@link FaultVisitor}, so a new kind of fault must say here how it pairs,
 * and no label is ever parsed.
 *
 * <p>A second fault on a target whose window is open (a node slowed x3, then x5) closes the first
 * window and opens its own, so each window has one label. An undo with nothing to undo (restarting a
 * node that runs) opens nothing. The same derivation serves the reports (over the scenario's
 * timeline, up to the end of the run) and the live view (over the faults applied so far, up to now).
 */
public final class FaultWindows {

    /** What a fault acts on; a fault and its undo have equal targets. Records, so equality is by value. */
    private sealed interface Target {
    }

    private record NodeUp(String node) implements Target {
    }

    private record Cut(String partition) implements Target {
    }

    private record Speed(String node) implements Target {
    }

    /** A link, with its ends in name order: a link degraded as a-b is restored as b-a. */
    private record Wire(String one, String other) implements Target {
        static Wire of(String from, String to) {
            return from.compareTo(to) <= 0 ? new Wire(from, to) : new Wire(to, from);
        }
    }

    private record Load(String workload) implements Target {
    }

    /** A fault's effect on windows: on which target, and whether it puts it out of order or back. */
    private record Effect(Target target, boolean opens) {
    }

    private static final FaultVisitor<Effect> EFFECT = new FaultVisitor<>() {
        @Override
        public Effect crash(Fault.Crash crash) {
            return new Effect(new NodeUp(crash.node()), true);
        }

        @Override
        public Effect restart(Fault.Restart restart) {
            return new Effect(new NodeUp(restart.node()), false);
        }

        @Override
        public Effect partition(Fault.Partition partition) {
            return new Effect(new Cut(partition.name()), true);
        }

        @Override
        public Effect heal(Fault.Heal heal) {
            return new Effect(new Cut(heal.name()), false);
        }

        @Override
        public Effect slowNode(Fault.SlowNode slow) {
            return new Effect(new Speed(slow.node()), slow.factor() != 1);
        }

        @Override
        public Effect degradeLink(Fault.DegradeLink link) {
            return new Effect(Wire.of(link.from(), link.to()), true);
        }

        @Override
        public Effect restoreLink(Fault.RestoreLink link) {
            return new Effect(Wire.of(link.from(), link.to()), false);
        }

        @Override
        public Effect loadSpike(Fault.LoadSpike spike) {
            return new Effect(new Load(spike.workload()), spike.factor() != 1);
        }
    };

    private FaultWindows() {
    }

    /**
     * The windows of the faults applied at or before {@code untilNanos}, ordered by start (windows
     * that start together in the order of their faults). A window still open at {@code untilNanos}
     * ends there, not undone.
     *
     * @param applied  faults in the order they were applied; faults at equal times keep this order
     */
    public static List<FaultWindow> of(List<ScheduledFault> applied, long untilNanos) {
        List<ScheduledFault> timeline = new ArrayList<>();
        for (ScheduledFault fault : applied) {
            if (fault.atNanos() <= untilNanos) {
                timeline.add(fault);
            }
        }
        timeline.sort(Comparator.comparingLong(ScheduledFault::atNanos));
        // Insertion order keeps the output independent of hashing.
        Map<Target, ScheduledFault> open = new LinkedHashMap<>();
        List<ScheduledFault> starts = new ArrayList<>();
        List<FaultWindow> windows = new ArrayList<>();
        for (ScheduledFault scheduled : timeline) {
            Effect effect = scheduled.fault().accept(EFFECT);
            ScheduledFault started = open.get(effect.target());
            if (started != null && (!effect.opens() || !isSameFault(started, scheduled))) {
                open.remove(effect.target());
                windows.add(new FaultWindow(started.atNanos(), scheduled.atNanos(), started.fault().describe(), true));
                starts.add(started);
            }
            if (effect.opens() && !open.containsKey(effect.target())) {
                open.put(effect.target(), scheduled);
            }
        }
        for (ScheduledFault started : open.values()) {
            windows.add(new FaultWindow(started.atNanos(), untilNanos, started.fault().describe(), false));
            starts.add(started);
        }
        // Stable by start; windows of one instant follow the order their faults were applied in.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> windows.get(i).startNanos())
                .thenComparingInt(i -> timeline.indexOf(starts.get(i))));
        return order.stream().map(windows::get).toList();
    }

    /** A crash of a crashed node, or a partition repeated, changes nothing: the window goes on. */
    private static boolean isSameFault(ScheduledFault started, ScheduledFault next) {
        return started.fault().equals(next.fault());
    }
}
