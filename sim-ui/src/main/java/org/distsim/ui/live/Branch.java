package org.distsim.ui.live;

import java.util.List;
import java.util.Locale;
import org.distsim.core.fault.ScheduledFault;

/**
 * One way the run went: the hand-made faults of a whole pass, from t = 0, at the times they were
 * applied. A branch other than the first starts where a fault made after a rewind took the run
 * away from its parent; before that time it has the parent's faults.
 *
 * @param name         "A" for the first, then "B", "C" … in order of creation
 * @param parent       the branch it forked from, or null for the first
 * @param forkNanos    the simulated time of the fault that started it (0 for the first)
 * @param faults       every hand-made fault of the branch, in time order: a timeline that replays it
 * @param reachedNanos the furthest simulated time this branch has been run to
 */
public record Branch(String name, String parent, long forkNanos, List<ScheduledFault> faults, long reachedNanos) {

    /** At most this many branches, so that a teacher's afternoon cannot grow the list without bound. */
    public static final int MAX = 26;

    public Branch {
        faults = List.copyOf(faults);
    }

    /** The first branch, with no faults yet. */
    static Branch first() {
        return new Branch("A", null, 0, List.of(), 0);
    }

    /** The name of the {@code index}-th branch (from 0): "A" to "Z". */
    static String nameOf(int index) {
        if (index < 0 || index >= MAX) {
            throw new IllegalArgumentException("branch index " + index + " outside [0, " + MAX + ")");
        }
        return String.valueOf((char) ('A' + index));
    }

    /** "branch A", or "branch B from 42.0 s" for one that forked. */
    public String label() {
        return parent == null ? "branch " + name
                : String.format(Locale.ROOT, "branch %s from %.1f s", name, forkNanos / 1e9);
    }

    Branch with(List<ScheduledFault> newFaults, long reached) {
        return new Branch(name, parent, forkNanos, newFaults, Math.max(reachedNanos, reached));
    }
}
