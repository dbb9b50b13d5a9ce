package org.distsim.ui.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Layer;
import org.distsim.models.scenario.Placement;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioFacts;

/**
 * The scenario's components placed in columns by layer, and the links between them.
 *
 * <p>Components, their layers and their links come from the run's facts ({@link
 * org.distsim.core.facts.Topology}: a workload's {@code target}, a balancer's {@code backends}, a
 * cache's {@code backing}, a service's calls, a group node's members), plus the links traffic shows
 * while running (members replicating to each other). Each layer gets one column or more: a service
 * that calls a service of its own layer goes one column further right, so calls always go left to
 * right. Within a
 * column, nodes are ordered by the mean height of their neighbours in the adjacent columns, in sweeps
 * left to right and back (the barycentre heuristic of layered graph drawing, Sugiyama et al. 1981),
 * to keep links from crossing, and otherwise by declaration.
 *
 * <p>A group node's members ({@code db-1 .. db-N} of a replicated database) share one column just
 * right of the group's own box, however they call each other.
 *
 * <p>The scenario's optional {@code layout:} section overrides this: a node given a column goes in
 * that column (counted from 0 at the left, adding columns if needed), and a node given a row takes
 * that place in its column, the others filling the remaining places in the automatic order.
 *
 * @param nodes   every component with its position; x and y in [0, 1], the centre of its box
 * @param links   caller to callee, each pair once
 * @param columns how many columns the layout has
 * @param pinned  the places the scenario's {@code layout:} gives, by name
 */
public record Topology(List<Placed> nodes, List<Link> links, int columns, Map<String, Placement> pinned) {

    /** A component and where it goes; {@code group} names the node whose member it is, or is null. */
    public record Placed(String name, String type, boolean workload, Layer layer, int column, double x, double y,
            int order, String group) {
    }

    /** A caller and a callee. */
    public record Link(String from, String to) {

        public boolean joins(String a, String b) {
            return from.equals(a) && to.equals(b) || from.equals(b) && to.equals(a);
        }
    }

    /**
     * What the layout needs of a component: its name, type, kind and layer, in declaration order, and
     * the group node it belongs to (null for a component the scenario declares).
     */
    private record Entry(String name, String type, boolean workload, Layer layer, String group) {
    }

    public Topology {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        pinned = Collections.unmodifiableMap(new LinkedHashMap<>(pinned));
    }

    /** The layout of a scenario: its topology's components and links, placed where its {@code layout:} says. */
    public static Topology of(Scenario scenario) {
        return of(ScenarioFacts.topology(scenario), scenario.layout());
    }

    /** The layout of a run's topology, with the places a scenario's {@code layout:} pins. */
    public static Topology of(org.distsim.core.facts.Topology facts, Map<String, Placement> pinned) {
        List<Entry> entries = new ArrayList<>();
        for (Component c : facts.components()) {
            entries.add(new Entry(c.name(), c.type(), c.isWorkload(), c.layer(), c.group()));
        }
        List<Link> links = new ArrayList<>();
        for (org.distsim.core.facts.Link link : facts.links()) {
            if (!link.from().equals(link.to())) {
                addLink(links, new Link(link.from(), link.to()));
            }
        }
        return layout(entries, links, pinned);
    }

    /** This topology with one more link, or this one when the two are already linked. */
    public Topology withLink(String from, String to) {
        if (from.equals(to) || links.stream().anyMatch(link -> link.joins(from, to)) || find(from) == null || find(to) == null) {
            return this;
        }
        List<Link> more = new ArrayList<>(links);
        more.add(new Link(from, to));
        List<Placed> declared = new ArrayList<>(nodes);
        declared.sort(Comparator.comparingInt(Placed::order));
        return layout(declared.stream().map(n -> new Entry(n.name(), n.type(), n.workload(), n.layer(), n.group())).toList(),
                more, pinned);
    }

    public Placed find(String name) {
        for (Placed node : nodes) {
            if (node.name().equals(name)) {
                return node;
            }
        }
        return null;
    }

    private static void addLink(List<Link> links, Link link) {
        if (links.stream().noneMatch(existing -> existing.joins(link.from(), link.to()))) {
            links.add(link);
        }
    }

    private static Topology layout(List<Entry> specs, List<Link> links, Map<String, Placement> pinned) {
        Map<String, Layer> tiers = new LinkedHashMap<>();
        specs.forEach(spec -> tiers.put(spec.name(), spec.layer()));
        Map<String, Integer> column = new LinkedHashMap<>();
        int next = 0;
        Map<String, String> groups = new LinkedHashMap<>();
        specs.stream().filter(spec -> spec.group() != null && tiers.containsKey(spec.group()))
                .forEach(spec -> groups.put(spec.name(), spec.group()));
        for (Layer tier : Layer.values()) {
            List<String> members = tiers.entrySet().stream()
                    .filter(e -> e.getValue() == tier && !groups.containsKey(e.getKey())).map(Map.Entry::getKey).toList();
            if (members.isEmpty()) {
                continue;
            }
            int first = next;
            members.forEach(name -> column.put(name, first));
            // Calls within a tier push the callee one column right; bounded passes, so a cycle cannot loop.
            for (int pass = 0; pass < members.size(); pass++) {
                for (Link link : links) {
                    if (tiers.get(link.from()) == tier && tiers.get(link.to()) == tier
                            && !groups.containsKey(link.from()) && !groups.containsKey(link.to())) {
                        column.put(link.to(), Math.max(column.get(link.to()), Math.min(first + members.size() - 1,
                                column.get(link.from()) + 1)));
                    }
                }
            }
            next = members.stream().mapToInt(column::get).max().orElse(first) + 1;
        }
        // A group's members (a replicated database's db-1..db-N) share one column right of their
        // front, whatever their traffic among themselves: they are one component, drawn opened up.
        for (Map.Entry<String, String> member : groups.entrySet()) {
            int memberColumn = column.get(member.getValue()) + 1;
            column.put(member.getKey(), memberColumn);
            next = Math.max(next, memberColumn + 1);
        }
        for (Entry spec : specs) {
            Placement place = pinned.get(spec.name());
            if (place != null && place.column() != null) {
                column.put(spec.name(), place.column());
                next = Math.max(next, place.column() + 1);
            }
        }
        int columns = Math.max(1, next);
        List<List<Entry>> slots = order(specs, column, columns, groups, links, pinned);
        List<Placed> placed = new ArrayList<>();
        for (int col = 0; col < columns; col++) {
            List<Entry> col0 = slots.get(col);
            for (int i = 0; i < col0.size(); i++) {
                Entry spec = col0.get(i);
                if (spec == null) {
                    continue;
                }
                double height = (i + 0.5) / col0.size();
                placed.add(new Placed(spec.name(), spec.type(), spec.workload(), tiers.get(spec.name()), col,
                        (col + 0.5) / columns, height, specs.indexOf(spec), spec.group()));
            }
        }
        return new Topology(placed, links, columns, pinned);
    }

    /** Sweeps of the barycentre heuristic: enough for the small graphs of a scenario to settle. */
    private static final int SWEEPS = 6;

    /**
     * Each column's places top to bottom (null for a gap). Starts from declaration order, then
     * sweeps left to right and right to left in turn (Sugiyama et al. 1981): each column is sorted
     * by the mean height of its neighbours in the columns already swept, a node with none keeping
     * its height, ties by declaration. A group's members move as one block at their group's height,
     * in member order; rows from the scenario's layout win over everything. The order with the
     * fewest crossings between adjacent columns is kept (the first of equals, so it is deterministic).
     */
    private static List<List<Entry>> order(List<Entry> specs, Map<String, Integer> column, int columns,
            Map<String, String> groups, List<Link> links, Map<String, Placement> pinned) {
        Map<String, Integer> declared = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            declared.put(specs.get(i).name(), i);
        }
        List<List<Entry>> slots = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int col = c;
            slots.add(rows(specs.stream().filter(s -> column.get(s.name()) == col).toList(), pinned));
        }
        List<List<Entry>> best = slots;
        int fewest = crossings(slots, links);
        for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
            boolean rightward = sweep % 2 == 0;
            slots = new ArrayList<>(slots);
            for (int step = 0; step < columns; step++) {
                int c = rightward ? step : columns - 1 - step;
                Map<String, Double> height = heights(slots);
                List<Entry> members = new ArrayList<>(slots.get(c).stream().filter(e -> e != null).toList());
                Map<String, Double> key = new LinkedHashMap<>();
                for (Entry member : members) {
                    String group = groups.get(member.name());
                    if (group != null && height.containsKey(group)) {
                        key.put(member.name(), height.get(group));
                        continue;
                    }
                    key.put(member.name(), links.stream()
                            .map(link -> link.from().equals(member.name()) ? link.to()
                                    : link.to().equals(member.name()) ? link.from() : null)
                            .filter(other -> other != null && column.containsKey(other)
                                    && (rightward ? column.get(other) < c : column.get(other) > c))
                            .mapToDouble(height::get).average().orElse(height.get(member.name())));
                }
                // Members sort by their group's key then declaration, but a block must not be split by a
                // node of the same key: order by key, then members after non-members, then declaration.
                members.sort(Comparator.<Entry>comparingDouble(e -> key.get(e.name()))
                        .thenComparing(e -> groups.containsKey(e.name()) ? groups.get(e.name()) : "")
                        .thenComparing(e -> declared.get(e.name())));
                slots.set(c, rows(members, pinned));
            }
            int count = crossings(slots, links);
            if (count < fewest) {
                fewest = count;
                best = slots;
            }
        }
        return best;
    }

    /** Every placed node's height in its column, in [0, 1]. */
    private static Map<String, Double> heights(List<List<Entry>> slots) {
        Map<String, Double> height = new LinkedHashMap<>();
        for (List<Entry> col : slots) {
            for (int i = 0; i < col.size(); i++) {
                if (col.get(i) != null) {
                    height.put(col.get(i).name(), (i + 0.5) / col.size());
                }
            }
        }
        return height;
    }

    /** Crossings between links that join adjacent columns, counted from the nodes' heights. */
    private static int crossings(List<List<Entry>> slots, List<Link> links) {
        Map<String, Double> height = heights(slots);
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int c = 0; c < slots.size(); c++) {
            for (Entry e : slots.get(c)) {
                if (e != null) {
                    col.put(e.name(), c);
                }
            }
        }
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
     * The places of a column top to bottom (null for a gap): nodes with a row from the scenario's
     * layout first, in file order (a taken place moves one down to the next free one), then the
     * others in their automatic order in the places left.
     */
    private static List<Entry> rows(List<Entry> ordered, Map<String, Placement> pinned) {
        int size = ordered.size();
        for (Entry entry : ordered) {
            Placement place = pinned.get(entry.name());
            if (place != null && place.row() != null) {
                size = Math.max(size, place.row() + 1);
            }
        }
        List<Entry> slots = new ArrayList<>(Collections.nCopies(size, (Entry) null));
        List<Entry> free = new ArrayList<>();
        for (String name : pinned.keySet()) {
            for (Entry entry : ordered) {
                Placement place = pinned.get(name);
                if (entry.name().equals(name) && place.row() != null) {
                    int row = place.row();
                    while (row < slots.size() && slots.get(row) != null) {
                        row++;
                    }
                    if (row == slots.size()) {
                        slots.add(null);
                    }
                    slots.set(row, entry);
                }
            }
        }
        for (Entry entry : ordered) {
            if (!slots.contains(entry)) {
                free.add(entry);
            }
        }
        for (int i = 0, next = 0; i < slots.size() && next < free.size(); i++) {
            if (slots.get(i) == null) {
                slots.set(i, free.get(next++));
            }
        }
        return slots;
    }
}
