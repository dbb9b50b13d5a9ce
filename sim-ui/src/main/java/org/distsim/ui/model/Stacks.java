package org.distsim.ui.model;

/**
 * Where the boxes of a column too tall for one stack go when it is wrapped into side-by-side stacks.
 *
 * <p>The column's order (top to bottom, from the barycentre sweeps of {@link Topology}) fills the
 * rows one after the other, left to right within a row, so a box's row still grows with its place
 * in the order: the nodes that talk to the same target stay next to each other, at the height of
 * that target, and the links keep the few crossings the ordering left. Filling one stack after the
 * other instead would start the second stack back at the top, next to the first stack's top boxes,
 * and send its links across all the others.
 */
public final class Stacks {

    /** A box's stack (0 at the left) and row (0 at the top). */
    public record Slot(int stack, int row) {
    }

    private Stacks() {
    }

    /** How many rows {@code count} boxes take in {@code stacks} stacks. */
    public static int rows(int count, int stacks) {
        return Math.max(1, (count + stacks - 1) / Math.max(1, stacks));
    }

    /** The slot of the box at {@code index} of a column of {@code count} boxes wrapped into {@code stacks}. */
    public static Slot slot(int index, int count, int stacks) {
        if (index < 0 || index >= count || stacks < 1) {
            throw new IllegalArgumentException("box " + index + " of " + count + " in " + stacks + " stacks");
        }
        return new Slot(index % stacks, index / stacks);
    }
}
