package org.distsim.ui.live;

import java.util.List;

/**
 * The run's branches and any replay under way, as the time bar shows them. Immutable.
 *
 * @param branches      every branch so far, in order of creation
 * @param current       the index of the branch being shown
 * @param seekingNanos  the time a replay is heading for, or null when none is under way
 * @param progress      how far that replay has got, in [0, 1]; 0 when none is under way
 * @param lastCost      what the last replay cost, or null before the first
 */
public record Rewind(List<Branch> branches, int current, Long seekingNanos, double progress, ReplayCost lastCost) {

    /** A run that has not been rewound: one empty branch A. */
    public static final Rewind NONE = new Rewind(List.of(Branch.first()), 0, null, 0, null);

    public Rewind {
        branches = List.copyOf(branches);
        if (current < 0 || current >= branches.size()) {
            throw new IllegalArgumentException("current branch " + current + " outside [0, " + branches.size() + ")");
        }
        if (!(progress >= 0 && progress <= 1)) {
            throw new IllegalArgumentException("progress " + progress + " outside [0, 1]");
        }
    }

    /** The branch being shown. */
    public Branch branch() {
        return branches.get(current);
    }

    /** Whether a replay is under way. */
    public boolean seeking() {
        return seekingNanos != null;
    }

    /** The branch of the given name, or null. */
    public Branch branch(String name) {
        for (Branch branch : branches) {
            if (branch.name().equals(name)) {
                return branch;
            }
        }
        return null;
    }
}
