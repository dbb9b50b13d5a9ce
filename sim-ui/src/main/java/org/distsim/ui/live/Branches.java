package org.distsim.ui.live;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.fault.ScheduledFault;

/**
 * The branches of a run as the simulation thread keeps them: which one is shown, and when a fault
 * made by hand starts a new one. Single-threaded: it belongs to the simulation thread.
 *
 * <p>A fault made after a rewind, at a time the shown branch has been run past already, starts a
 * new branch: the old one keeps its whole timeline (the faults after the rewind point included),
 * and the new one has the faults applied so far plus the new one.
 */
final class Branches {

    private final List<Branch> all = new ArrayList<>(List.of(Branch.first()));
    private int current;

    Branch current() {
        return all.get(current);
    }

    /** Notes where {@code run} (a pass over the current branch) is, and its whole timeline. */
    void track(LiveRun run) {
        List<ScheduledFault> faults = new ArrayList<>(run.recorded());
        faults.addAll(run.planned());
        all.set(current, current().with(faults, run.clock()));
    }

    /** Whether a fault made now, with the run at {@code clockNanos}, takes the current branch another way. */
    boolean forksAt(long clockNanos) {
        return clockNanos < current().reachedNanos();
    }

    boolean full() {
        return all.size() >= Branch.MAX;
    }

    /**
     * Starts a new branch from the current one, which {@link #track} has brought up to date before
     * the fault was made, and shows it.
     *
     * @param atNanos the time of the fault that starts it
     * @param run     the run with that fault applied, and no planned ones left
     */
    void fork(long atNanos, LiveRun run) {
        Branch parent = current();
        all.add(new Branch(Branch.nameOf(all.size()), parent.name(), atNanos, run.recorded(), run.clock()));
        current = all.size() - 1;
    }

    /** Shows the branch of the given name; false when there is none. */
    boolean switchTo(String name) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(name)) {
                current = i;
                return true;
            }
        }
        return false;
    }

    Rewind published(Long seekingNanos, double progress, ReplayCost lastCost) {
        return new Rewind(all, current, seekingNanos, progress, lastCost);
    }
}
