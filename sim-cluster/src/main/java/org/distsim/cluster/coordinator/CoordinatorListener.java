package org.distsim.cluster.coordinator;

/**
 * What a coordinator tells the command that runs it. Called on the thread that called
 * {@link Coordinator#run}.
 */
public interface CoordinatorListener {

    /** Tells nothing. */
    CoordinatorListener NONE = new CoordinatorListener() {
    };

    /** A line worth showing a person: a member joined, left or was refused, or none is left. */
    default void message(String line) {
    }

    /** The members that take runs changed: how many, and how many runs they take at once. */
    default void members(int members, int slots) {
    }
}
