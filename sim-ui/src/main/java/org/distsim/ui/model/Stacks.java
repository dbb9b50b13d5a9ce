package org.distsim.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the boxes of a column too tall for one stack go when it is wrapped into side-by-side stacks.
 *
 * <p>The column's order (top to bottom, from the barycentre sweeps of {@link Topology}) is cut into
 * blocks: runs of boxes that talk to the same nodes (or are members of the same group). When every
 * block fits whole in a stack, the blocks fill one stack after the other, so each block stays together
 * in one stack (a replicated store's members, the clients of one store). Otherwise the boxes fill the
 * rows one after the other, left to right within a row, so a box's row still grows with its place in
 * the order: the nodes that talk to the same target stay side by side at the height of that target,
 * and the links keep the few crossings the ordering left. (Filling one stack after the other regardless
 * would start the second stack back at the top and send its links across all the others.)
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

    /**
     * The slots of a column's boxes, in the column's order.
     *
     * @param blocks one key per box in order; consecutive equal keys make a block
     * @param stacks how many stacks the column has
     */
    public static List<Slot> wrap(List<String> blocks, int stacks) {
        int count = blocks.size();
        int rows = rows(count, stacks);
        List<Slot> byStack = new ArrayList<>();
        boolean together = false;
        int stack = 0;
        int row = 0;
        for (int i = 0; i < count; ) {
            int end = i + 1;
            while (end < count && Objects.equals(blocks.get(end), blocks.get(i))) {
                end++;
            }
            together |= end - i > 1;
            if (row + (end - i) > rows) {
                stack++;
                row = 0;
            }
            if (end - i > rows || stack >= stacks) {
                byStack = null;
                break;
            }
            for (; i < end; i++) {
                byStack.add(new Slot(stack, row++));
            }
        }
        if (byStack != null && together) {
            return byStack;
        }
        List<Slot> byRow = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byRow.add(new Slot(i % stacks, i / stacks));
        }
        return byRow;
    }

    /**
     * The block key of a node: its group when it has one, else the names of its neighbours in other
     * columns (a group member counted as its group).
     */
    public static String blockOf(Topology topology, Topology.Placed node) {
        if (node.group() != null) {
            return "group " + node.group();
        }
        Set<String> neighbours = new TreeSet<>();
        for (Topology.Link link : topology.links()) {
            String other = link.from().equals(node.name()) ? link.to() : link.to().equals(node.name()) ? link.from() : null;
            Topology.Placed placed = other == null ? null : topology.find(other);
            if (placed != null && placed.column() != node.column()) {
                // A member of a replicated store stands for its store: the clients of cp-store-1 and of
                // cp-store-3 both talk to cp-store.
                neighbours.add(placed.group() != null ? placed.group() : other);
            }
        }
        return neighbours.isEmpty() ? "alone " + node.name() : String.join(",", neighbours);
    }
}
