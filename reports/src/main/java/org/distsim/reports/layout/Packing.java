package org.distsim.reports.layout;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.Topology;

/**
 * Stacks the bands top to bottom, in as many side-by-side stacks as let the drawing fill an area
 * of the shape asked for at the largest scale: six designs of three columns each become two stacks
 * of three bands on a report page, three of two in a wide live view, instead of one column six
 * bands tall. Bands keep their order, down the first
 * stack and then down the next, and the stacks are balanced by height (the linear partition of the
 * band heights that makes the tallest stack lowest).
 */
final class Packing {

    /** The gap between two bands of a stack, in rows. */
    static final double BAND_GAP = 0.5;
    /** The gap between two stacks, in columns. */
    static final double STACK_GAP = 0.5;

    private Packing() {
    }

    static Layout pack(Layering.Bands bands, Topology topology, Geometry geometry, double aspect) {
        if (!(aspect > 0) || Double.isInfinite(aspect)) {
            throw new IllegalArgumentException("an aspect is a positive height / width: " + aspect);
        }
        List<Layering.Grid> grids = bands.grids();
        int n = grids.size();
        int bestStacks = 1;
        double bestScale = 0;
        for (int k = 1; k <= Math.max(1, n); k++) {
            double width = (k * bands.columns() + (k - 1) * STACK_GAP) * (geometry.boxWidth() + geometry.gapX());
            double height = tallest(grids, partition(grids, k)) * (geometry.boxHeight() + geometry.gapY());
            // The scale at which the drawing fills an area of that shape; fewer stacks win a tie.
            double scale = Math.min(1 / width, aspect / height);
            if (scale > bestScale * (1 + 1e-9)) {
                bestScale = scale;
                bestStacks = k;
            }
        }
        List<List<Integer>> stacks = partition(grids, bestStacks);
        List<Layout.Box> boxes = new ArrayList<>();
        List<Layout.Band> placed = new ArrayList<>();
        List<Layout.Heading> headings = new ArrayList<>();
        double bottom = 0;
        for (int s = 0; s < stacks.size(); s++) {
            double x = s * (bands.columns() + STACK_GAP);
            for (Layering.Label label : bands.labels()) {
                headings.add(new Layout.Heading(label.text(), x + label.column(), 0));
            }
            double y = 0;
            for (int b : stacks.get(s)) {
                Layering.Grid grid = grids.get(b);
                int index = placed.size();
                placed.add(new Layout.Band(x, y, bands.columns(), grid.rows()));
                for (Layering.Slot slot : grid.slots()) {
                    boxes.add(new Layout.Box(slot.component(), index, x + slot.column(), y + slot.row()));
                }
                y += grid.rows() + BAND_GAP;
            }
            bottom = Math.max(bottom, y - BAND_GAP);
        }
        // Boxes in the topology's order, whatever band or stack they ended in.
        List<String> order = topology.components().stream().map(c -> c.name()).toList();
        boxes.sort((a, b) -> Integer.compare(order.indexOf(a.name()), order.indexOf(b.name())));
        List<Layout.Arrow> arrows = new ArrayList<>();
        for (Link link : Layering.links(topology)) {
            arrows.add(new Layout.Arrow(link.from(), link.to(), link.kind(), link.via(), label(topology, link)));
        }
        double width = stacks.size() * bands.columns() + (stacks.size() - 1) * STACK_GAP;
        return new Layout(boxes, arrows, placed, headings, width, Math.max(bottom, 1));
    }

    /**
     * The words of the one arrow drawn for every link between the same two components: none when
     * one of those links takes every request, else each link's share or condition, joined
     * ({@code 90% + on failure of render}): the arrow of a route's share that also carries the
     * retries of another call said 90% alone.
     */
    private static String label(Topology topology, Link drawn) {
        List<String> labels = new ArrayList<>();
        for (Link link : topology.links()) {
            if (link.kind() == drawn.kind() && link.from().equals(drawn.from()) && link.to().equals(drawn.to())) {
                if (!link.branching()) {
                    return "";
                }
                if (!labels.contains(link.label())) {
                    labels.add(link.label());
                }
            }
        }
        return String.join(" + ", labels);
    }

    private static double tallest(List<Layering.Grid> grids, List<List<Integer>> stacks) {
        double tallest = 0;
        for (List<Integer> stack : stacks) {
            tallest = Math.max(tallest, height(grids, stack));
        }
        return tallest;
    }

    private static double height(List<Layering.Grid> grids, List<Integer> stack) {
        double height = 0;
        for (int b : stack) {
            height += grids.get(b).rows();
        }
        return height + Math.max(0, stack.size() - 1) * BAND_GAP;
    }

    /**
     * The bands cut into {@code k} runs in order so that the tallest run is as low as it can be
     * (dynamic programming over cut points; the first best cut wins, so the result is
     * deterministic). Fewer runs when there are fewer bands than {@code k}.
     */
    static List<List<Integer>> partition(List<Layering.Grid> grids, int k) {
        int n = grids.size();
        int runs = Math.max(1, Math.min(k, n));
        // best[j][i]: the lowest tallest run when the first i bands form j runs; cut[j][i] the
        // start of the last of those runs.
        double[][] best = new double[runs + 1][n + 1];
        int[][] cut = new int[runs + 1][n + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
        }
        best[0][0] = 0;
        for (int j = 1; j <= runs; j++) {
            for (int i = 1; i <= n; i++) {
                for (int start = j - 1; start < i; start++) {
                    if (best[j - 1][start] == Double.MAX_VALUE) {
                        continue;
                    }
                    double run = height(grids, range(start, i));
                    double tallest = Math.max(best[j - 1][start], run);
                    // On a tie the later cut wins: the earlier stacks take the extra band.
                    if (tallest <= best[j][i] + 1e-9) {
                        best[j][i] = tallest;
                        cut[j][i] = start;
                    }
                }
            }
        }
        List<List<Integer>> stacks = new ArrayList<>();
        int end = n;
        for (int j = runs; j >= 1; j--) {
            int start = cut[j][end];
            stacks.add(0, range(start, end));
            end = start;
        }
        if (n == 0) {
            return List.of(List.of());
        }
        return stacks;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> range = new ArrayList<>();
        for (int i = from; i < to; i++) {
            range.add(i);
        }
        return range;
    }
}
