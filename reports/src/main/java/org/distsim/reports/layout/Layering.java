package org.distsim.reports.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Layer;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.Pin;
import org.distsim.core.facts.Topology;

/**
 * Splits a topology into bands and gives each component a column. A component's column follows
 * the requests: it stands right of everything that calls it (the longest chain of calls that
 * leads to it, calls that close a cycle left out), and never left of where its layer begins
 * (clients, edge, services, caches, data, queues, in that order), so a load balancer in front of
 * caches stands after the services that call it, and the members of a group node right of their
 * group. Columns are shared by all bands, so that the first hops of parallel designs line up when
 * the bands are stacked; a column with more than {@link #MAX_ROWS} boxes (or the number asked for) in one band is wrapped
 * into side-by-side stacks. The rows within each band are {@link Ordering}'s.
 */
final class Layering {

    /** The most boxes one column of a band holds before it wraps into a second stack. */
    static final int MAX_ROWS = 12;

    /** One band's components with their columns and rows. */
    record Grid(List<Slot> slots, int rows) {
    }

    /** A component's place in its band. */
    record Slot(Component component, int column, int row) {
    }

    /** The label over a column: the layer of its components ("edge", or "edge / caches" when mixed). */
    record Label(String text, int column) {
    }

    /** The bands, the number of columns they share, and the labels over the columns. */
    record Bands(List<Grid> grids, int columns, List<Label> labels) {
    }

    private Layering() {
    }

    static Bands bands(Topology topology, int maxRows) {
        List<Component> components = topology.components();
        List<Link> links = links(topology);
        List<List<Component>> bands = topology.pins().isEmpty() ? connected(components, links)
                : List.of(components);
        Map<String, Integer> rank = Ranks.of(components, links);
        int ranks = rank.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        // Each rank is as many columns wide as its tallest band needs stacks.
        int[] width = new int[ranks];
        for (List<Component> band : bands) {
            for (int r = 0; r < ranks; r++) {
                width[r] = Math.max(width[r], stacks(inRank(band, rank, r).size(), maxRows));
            }
        }
        int[] first = new int[ranks];
        for (int r = 1; r < ranks; r++) {
            first[r] = first[r - 1] + width[r - 1];
        }
        int columns = first[ranks - 1] + width[ranks - 1];
        List<Map<String, Integer>> columnsOfBands = new ArrayList<>();
        for (List<Component> band : bands) {
            Map<String, Integer> column = new LinkedHashMap<>();
            for (int r = 0; r < ranks; r++) {
                List<Component> here = inRank(band, rank, r);
                int stacks = stacks(here.size(), maxRows);
                int perStack = Math.max(1, (here.size() + stacks - 1) / stacks);
                for (int i = 0; i < here.size(); i++) {
                    column.put(here.get(i).name(), first[r] + i / perStack);
                }
            }
            for (Map.Entry<String, Pin> pin : topology.pins().entrySet()) {
                if (column.containsKey(pin.getKey()) && pin.getValue().column() != null) {
                    column.put(pin.getKey(), pin.getValue().column());
                    columns = Math.max(columns, pin.getValue().column() + 1);
                }
            }
            columnsOfBands.add(column);
        }
        List<Grid> grids = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            grids.add(Ordering.rows(bands.get(b), columnsOfBands.get(b), links, topology.pins()));
        }
        return new Bands(grids, Math.max(columns, 1), labels(components, columnsOfBands, columns));
    }

    private static List<Component> inRank(List<Component> band, Map<String, Integer> rank, int r) {
        return band.stream().filter(c -> rank.get(c.name()) == r).toList();
    }

    private static int stacks(int boxes, int maxRows) {
        return Math.max(1, (boxes + maxRows - 1) / maxRows);
    }

    /**
     * A label over each column where the layers of its components change: the layer's name, or the
     * names of all its layers in layer order when a column mixes them.
     */
    private static List<Label> labels(List<Component> components, List<Map<String, Integer>> columnsOfBands,
            int columns) {
        List<java.util.EnumSet<Layer>> layers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            layers.add(java.util.EnumSet.noneOf(Layer.class));
        }
        for (Component component : components) {
            for (Map<String, Integer> column : columnsOfBands) {
                Integer c = column.get(component.name());
                if (c != null) {
                    layers.get(c).add(component.layer());
                }
            }
        }
        List<Label> labels = new ArrayList<>();
        String previous = null;
        for (int c = 0; c < columns; c++) {
            if (layers.get(c).isEmpty()) {
                continue;
            }
            String text = String.join(" / ", layers.get(c).stream().map(Layer::label).toList());
            if (!text.equals(previous)) {
                labels.add(new Label(text, c));
            }
            previous = text;
        }
        return labels;
    }

    /**
     * The components that are wired to each other, directly or not: each such set is a band,
     * ordered by its first component in the topology's order, and keeps that order inside.
     */
    static List<List<Component>> connected(List<Component> components, List<Link> links) {
        Map<String, String> parent = new LinkedHashMap<>();
        components.forEach(c -> parent.put(c.name(), c.name()));
        for (Link link : links) {
            String a = root(parent, link.from());
            String b = root(parent, link.to());
            if (!a.equals(b)) {
                // The root is always the earlier component, so a band is named by its first one.
                int ia = indexOf(components, a);
                int ib = indexOf(components, b);
                parent.put(ia < ib ? b : a, ia < ib ? a : b);
            }
        }
        Map<String, List<Component>> bands = new LinkedHashMap<>();
        for (Component c : components) {
            bands.computeIfAbsent(root(parent, c.name()), k -> new ArrayList<>()).add(c);
        }
        return List.copyOf(bands.values());
    }

    private static String root(Map<String, String> parent, String name) {
        String at = name;
        while (!parent.get(at).equals(at)) {
            at = parent.get(at);
        }
        return at;
    }

    private static int indexOf(List<Component> components, String name) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The links to draw: each (from, to) pair once, no self-links, in the topology's order. */
    static List<Link> links(Topology topology) {
        Map<String, Link> unique = new LinkedHashMap<>();
        for (Link link : topology.links()) {
            if (!link.from().equals(link.to()) && topology.component(link.from()) != null
                    && topology.component(link.to()) != null) {
                unique.putIfAbsent(link.from() + "\u0000" + link.to(), link);
            }
        }
        return List.copyOf(unique.values());
    }

    /**
     * Gives each component of one layer of a band its sub-column within the layer, and returns how
     * many sub-columns the layer takes in this band.
     */
    private static int subColumns(List<Component> inLayer, List<Link> links, Map<Component, int[]> place) {
        Map<String, Integer> depth = new LinkedHashMap<>();
        inLayer.forEach(c -> depth.put(c.name(), 0));
        // Calls within the layer push the callee one column right; as many passes as components, so
        // the longest chain settles and a cycle cannot loop.
        for (int pass = 0; pass < inLayer.size(); pass++) {
            boolean changed = false;
            for (Link link : links) {
                Integer from = depth.get(link.from());
                Integer to = depth.get(link.to());
                if (from != null && to != null && to < from + 1 && from + 1 < inLayer.size()) {
                    depth.put(link.to(), from + 1);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        int deepest = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int offset = 0;
        for (int d = 0; d <= deepest; d++) {
            int level = d;
            List<Component> column = inLayer.stream().filter(c -> depth.get(c.name()) == level).toList();
            int stacks = Math.max(1, (column.size() + MAX_ROWS - 1) / MAX_ROWS);
            int perStack = (column.size() + stacks - 1) / Math.max(1, stacks);
            for (int i = 0; i < column.size(); i++) {
                place.put(column.get(i), new int[] {offset + i / Math.max(1, perStack)});
            }
            offset += stacks;
        }
        return offset;
    }
}
