package org.distsim.ui.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;

/**
 * The stretches of simulated time during which a fault is in force, for the charts' shaded bands:
 * a crash until its restart, a partition until its heal, a slowed node until its normal speed, a
 * degraded link until it is restored, a load spike until the load is back to normal. A fault not
 * undone yet is in force up to now.
 */
public final class FaultWindows {

    /**
     * One stretch.
     *
     * @param startNanos when the fault was applied
     * @param endNanos   when it was undone, or now when it is still in force
     * @param label      what it is ("crash db", "partition split")
     */
    public record Window(long startNanos, long endNanos, String label) {
    }

    private FaultWindows() {
    }

    /** The windows of {@code faults} applied at or before {@code nowNanos}, in order of their start. */
    public static List<Window> of(List<ScheduledFault> faults, long nowNanos) {
        List<ScheduledFault> applied = new ArrayList<>();
        for (ScheduledFault fault : faults) {
            if (fault.atNanos() <= nowNanos) {
                applied.add(fault);
            }
        }
        // Stable: faults of the same instant keep the order they were given in.
        applied.sort(Comparator.comparingLong(ScheduledFault::atNanos));
        Map<String, ScheduledFault> open = new LinkedHashMap<>();
        List<Window> windows = new ArrayList<>();
        for (ScheduledFault scheduled : applied) {
            Fault fault = scheduled.fault();
            String key = key(fault);
            ScheduledFault started = open.remove(key);
            if (started != null) {
                windows.add(new Window(started.atNanos(), scheduled.atNanos(), started.fault().describe()));
            }
            if (starts(fault)) {
                open.put(key, scheduled);
            }
        }
        for (ScheduledFault started : open.values()) {
            windows.add(new Window(started.atNanos(), nowNanos, started.fault().describe()));
        }
        windows.sort(Comparator.comparingLong(Window::startNanos));
        return windows;
    }

    /** What a fault acts on: a fault and the one that undoes it share the key. */
    private static String key(Fault fault) {
        if (fault instanceof Fault.Crash f) {
            return "node " + f.node();
        } else if (fault instanceof Fault.Restart f) {
            return "node " + f.node();
        } else if (fault instanceof Fault.Partition f) {
            return "partition " + f.name();
        } else if (fault instanceof Fault.Heal f) {
            return "partition " + f.name();
        } else if (fault instanceof Fault.SlowNode f) {
            return "speed " + f.node();
        } else if (fault instanceof Fault.DegradeLink f) {
            return "link " + f.from() + " " + f.to();
        } else if (fault instanceof Fault.RestoreLink f) {
            return "link " + f.from() + " " + f.to();
        } else if (fault instanceof Fault.LoadSpike f) {
            return "load " + f.workload();
        }
        throw new IllegalArgumentException("unknown fault " + fault);
    }

    /** Whether a fault puts something out of order (rather than putting it back). */
    private static boolean starts(Fault fault) {
        if (fault instanceof Fault.SlowNode f) {
            return f.factor() != 1;
        } else if (fault instanceof Fault.LoadSpike f) {
            return f.factor() != 1;
        }
        return fault instanceof Fault.Crash || fault instanceof Fault.Partition || fault instanceof Fault.DegradeLink;
    }
}
