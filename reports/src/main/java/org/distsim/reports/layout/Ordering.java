package org.distsim.reports.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.Pin;

/**
 * The rows of one band. Each column starts in declaration order, then sweeps left to right and
 * right to left in turn sort it by the mean height of its neighbours in the columns already swept
 * (the barycentre heuristic of layered graph drawing, Sugiyama, Tagawa and Toda 1981); the order
 * with the fewest crossings between adjacent columns is kept, the first of equals, so the result
 * is deterministic. A group node's members move as one block at their group's height. Rows the
 * scenario's {@code layout:} pins win over everything. Columns shorter than the band are centred
 * on whole rows, so the gaps between rows run straight across the band and arrows can use them.
 */
final class Ordering {

    /** Enough sweeps for the small graphs of a scenario to settle. */
    private static final int SWEEPS = 6;

    private Ordering() {
    }

    static Layering.Grid rows(List<Component> band, Map<String, Integer> column, List<Link> links,
            Map<String, Pin> pins) {
        Map<String, Integer> declared = new LinkedHashMap<>();
        for (int i = 0; i < band.size(); i++) {
            declared.put(band.get(i).name(), i);
        }
        List<Link> inside = links.stream()
                .filter(l -> declared.containsKey(l.from()) && declared.containsKey(l.to())).toList();
        TreeMap<Integer, List<Component>> byColumn = new TreeMap<>();
        for (Component c : band) {
            byColumn.computeIfAbsent(column.get(c.name()), k -> new ArrayList<>()).add(c);
        }
        List<Integer> columns = new ArrayList<>(byColumn.keySet());
        List<List<Component>> slots = new ArrayList<>();
        for (int c : columns) {
            slots.add(place(byColumn.get(c), pins));
        }
        List<List<Component>> best = slots;
        int fewest = crossings(slots, inside);
        for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
            boolean rightward = sweep % 2 == 0;
            slots = new ArrayList<>(slots);
            for (int step = 0; step < slots.size(); step++) {
                int c = rightward ? step : slots.size() - 1 - step;
                Map<String, Double> height = heights(slots);
                Map<String, Integer> at = indexes(slots);
                List<Component> members = new ArrayList<>(slots.get(c).stream().filter(e -> e != null).toList());
                Map<String, Double> key = new LinkedHashMap<>();
                for (Component member : members) {
                    String group = member.group();
                    if (group != null && height.containsKey(group)) {
                        key.put(member.name(), height.get(group));
                        continue;
                    }
                    key.put(member.name(), inside.stream()
                            .map(link -> link.from().equals(member.name()) ? link.to()
                                    : link.to().equals(member.name()) ? link.from() : null)
                            .filter(other -> other != null && (rightward ? at.get(other) < c : at.get(other) > c))
                            .mapToDouble(height::get).average().orElse(height.get(member.name())));
                }
                // A block of members must not be split by a node of the same key: order by key, then
                // members after the others, then declaration.
                members.sort(Comparator.<Component>comparingDouble(e -> key.get(e.name()))
                        .thenComparing(e -> e.group() != null ? e.group() : "")
                        .thenComparing(e -> declared.get(e.name())));
                slots.set(c, place(members, pins));
            }
            int count = crossings(slots, inside);
            if (count < fewest) {
                fewest = count;
                best = slots;
            }
        }
        int rows = best.stream().mapToInt(List::size).max().orElse(1);
        List<Layering.Slot> placed = new ArrayList<>();
        for (int i = 0; i < best.size(); i++) {
            List<Component> col = best.get(i);
            int offset = (rows - col.size()) / 2;
            for (int r = 0; r < col.size(); r++) {
                if (col.get(r) != null) {
                    placed.add(new Layering.Slot(col.get(r), columns.get(i), offset + r));
                }
            }
        }
        placed.sort(Comparator.comparingInt(s -> declared.get(s.component().name())));
        return new Layering.Grid(placed, Math.max(rows, 1));
    }

    /** Every placed component's height in its column, in [0, 1]. */
    private static Map<String, Double> heights(List<List<Component>> slots) {
        Map<String, Double> height = new LinkedHashMap<>();
        for (List<Component> col : slots) {
            for (int i = 0; i < col.size(); i++) {
                if (col.get(i) != null) {
                    height.put(col.get(i).name(), (i + 0.5) / col.size());
                }
            }
        }
        return height;
    }

    /** The index of each component's column among the band's columns. */
    private static Map<String, Integer> indexes(List<List<Component>> slots) {
        Map<String, Integer> at = new LinkedHashMap<>();
        for (int c = 0; c < slots.size(); c++) {
            for (Component e : slots.get(c)) {
                if (e != null) {
                    at.put(e.name(), c);
                }
            }
        }
        return at;
    }

    /** Crossings between links that join adjacent columns, counted from the components' heights. */
    static int crossings(List<List<Component>> slots, List<Link> links) {
        Map<String, Double> height = heights(slots);
        Map<String, Integer> col = indexes(slots);
        List<double[]> spans = new ArrayList<>();
        for (Link link : links) {
            Integer a = col.get(link.from());
            Integer b = col.get(link.to());
            if (a != null && b != null && Math.abs(a - b) == 1) {
                boolean forward = a < b;
                spans.add(new double[] {Math.min(a, b), height.get(forward ? link.from() : link.to()),
                    height.get(forward ? link.to() : link.from())});
            }
        }
        int count = 0;
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                double[] p = spans.get(i);
                double[] q = spans.get(j);
                if (p[0] == q[0] && (p[1] - q[1]) * (p[2] - q[2]) < 0) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The places of a column top to bottom (null for a gap): components with a pinned row first,
     * in the order of the scenario's {@code layout:} (a taken place moves one down to the next free
     * one), then the others in the given order in the places left.
     */
    private static List<Component> place(List<Component> ordered, Map<String, Pin> pins) {
        int size = ordered.size();
        for (Component c : ordered) {
            Pin pin = pins.get(c.name());
            if (pin != null && pin.row() != null) {
                size = Math.max(size, pin.row() + 1);
            }
        }
        List<Component> slots = new ArrayList<>(Collections.nCopies(size, (Component) null));
        for (Map.Entry<String, Pin> pin : pins.entrySet()) {
            for (Component c : ordered) {
                if (c.name().equals(pin.getKey()) && pin.getValue().row() != null) {
                    int row = pin.getValue().row();
                    while (row < slots.size() && slots.get(row) != null) {
                        row++;
                    }
                    if (row == slots.size()) {
                        slots.add(null);
                    }
                    slots.set(row, c);
                }
            }
        }
        List<Component> free = ordered.stream().filter(c -> !slots.contains(c)).toList();
        for (int i = 0, next = 0; i < slots.size() && next < free.size(); i++) {
            if (slots.get(i) == null) {
                slots.set(i, free.get(next++));
            }
        }
        return slots;
    }
}
