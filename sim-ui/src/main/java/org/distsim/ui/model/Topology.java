package org.distsim.ui.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.models.scenario.ComponentSpec;
import org.distsim.models.scenario.Kind;
import org.distsim.models.scenario.Placement;
import org.distsim.models.scenario.Scenario;

/**
 * The scenario's components placed in tiers, and the links between them.
 *
 * <p>Links come from the configuration (a workload's {@code target}, a balancer's {@code backends},
 * a cache's {@code backing}, a service's calls: any knob whose value names another component) and
 * from the traffic seen while running. Each tier gets one column or more: a service that calls a
 * service of its own tier goes one column further right, so calls always go left to right. Within a
 * column, nodes are ordered by the mean height of their callers (the barycentre heuristic of layered
 * graph drawing, Sugiyama et al. 1981) to keep links from crossing, and otherwise by declaration.
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

    /** A component and where it goes. */
    /** A component and where it goes; {@code group} names the node whose member it is, or is null. */
    public record Placed(String name, String type, boolean workload, Tier tier, int column, double x, double y,
            int order, String group) {
    }

    /** A caller and a callee. */
    public record Link(String from, String to) {

        public boolean joins(String a, String b) {
            return from.equals(a) && to.equals(b) || from.equals(b) && to.equals(a);
        }
    }

    /**
     * What the layout needs of a component: its name, type and kind, in declaration order, and the
     * group node it belongs to (null for a component the scenario declares).
     */
    private record Entry(String name, String type, boolean workload, String group) {
    }

    public Topology {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        pinned = Collections.unmodifiableMap(new LinkedHashMap<>(pinned));
    }

    /** The layout of a scenario, from its configuration alone. */
    public static Topology of(Scenario scenario) {
        return of(scenario, List.of());
    }

    /**
     * The layout of a scenario and of the run's other actors: a node that expands into several
     * actors (a replica group's members) shows them too, in the tier of their type, linked as
     * traffic shows.
     *
     * @param actors every actor of the run as name and type (those the scenario declares are skipped)
     */
    public static Topology of(Scenario scenario, List<Map.Entry<String, String>> actors) {
        List<ComponentSpec> specs = new ArrayList<>(scenario.workloads().values());
        specs.addAll(scenario.nodes().values());
        Set<String> names = new LinkedHashSet<>();
        specs.forEach(spec -> names.add(spec.name()));
        List<Entry> entries = new ArrayList<>();
        specs.forEach(spec -> entries.add(new Entry(spec.name(), spec.type(), spec.kind() == Kind.WORKLOAD, null)));
        for (Map.Entry<String, String> actor : actors) {
            if (names.add(actor.getKey())) {
                entries.add(new Entry(actor.getKey(), actor.getValue(), false, groupOf(actor.getKey(), scenario)));
            }
        }
        List<Link> links = new ArrayList<>();
        for (ComponentSpec spec : specs) {
            Set<String> referenced = new LinkedHashSet<>();
            collectNames(spec.config(), names, referenced, 0);
            referenced.remove(spec.name());
            referenced.forEach(target -> addLink(links, new Link(spec.name(), target)));
        }
        return layout(entries, links, scenario.layout());
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
        return layout(declared.stream().map(n -> new Entry(n.name(), n.type(), n.workload(), n.group())).toList(), more, pinned);
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
        Map<String, Tier> tiers = new LinkedHashMap<>();
        specs.forEach(spec -> tiers.put(spec.name(), Tier.of(spec.type(), spec.workload())));
        Map<String, Integer> column = new LinkedHashMap<>();
        int next = 0;
        Map<String, String> groups = new LinkedHashMap<>();
        specs.stream().filter(spec -> spec.group() != null && tiers.containsKey(spec.group()))
                .forEach(spec -> groups.put(spec.name(), spec.group()));
        for (Tier tier : Tier.values()) {
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
        Map<String, Double> y = new LinkedHashMap<>();
        List<Placed> placed = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int col = c;
            List<Entry> members = new ArrayList<>(specs.stream().filter(s -> column.get(s.name()) == col).toList());
            Map<String, Integer> declared = new LinkedHashMap<>();
            for (int i = 0; i < members.size(); i++) {
                declared.put(members.get(i).name(), i);
            }
            Map<String, Double> barycentre = new LinkedHashMap<>();
            for (Entry member : members) {
                if (groups.containsKey(member.name()) && y.containsKey(groups.get(member.name()))) {
                    // Members stay together, in their order, at the height of their group.
                    barycentre.put(member.name(), y.get(groups.get(member.name())));
                    continue;
                }
                barycentre.put(member.name(), callers(member.name(), links).stream().filter(y::containsKey)
                        .mapToDouble(y::get).average().orElse(Double.NaN));
            }
            members.sort(Comparator.<Entry>comparingDouble(s -> {
                double b = barycentre.get(s.name());
                return Double.isNaN(b) ? 2 : b;
            }).thenComparing(s -> declared.get(s.name())));
            List<Entry> slots = rows(members, pinned);
            for (int i = 0; i < slots.size(); i++) {
                Entry spec = slots.get(i);
                if (spec == null) {
                    continue;
                }
                double height = (i + 0.5) / slots.size();
                y.put(spec.name(), height);
                placed.add(new Placed(spec.name(), spec.type(), spec.workload(), tiers.get(spec.name()), col,
                        (col + 0.5) / columns, height, specs.indexOf(spec), spec.group()));
            }
        }
        return new Topology(placed, links, columns, pinned);
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

    /** The declared node whose group member {@code actor} is ({@code <node>-<number>}), or null. */
    private static String groupOf(String actor, Scenario scenario) {
        int dash = actor.lastIndexOf('-');
        if (dash <= 0 || dash == actor.length() - 1 || !actor.substring(dash + 1).chars().allMatch(Character::isDigit)) {
            return null;
        }
        String front = actor.substring(0, dash);
        return scenario.nodes().containsKey(front) ? front : null;
    }

    private static List<String> callers(String name, List<Link> links) {
        return links.stream().filter(link -> link.to().equals(name)).map(Link::from).toList();
    }

    /** Every string in a configuration record (at any depth) that names a component. */
    private static void collectNames(Object value, Set<String> names, Set<String> found, int depth) {
        if (value == null || depth > 6) {
            return;
        }
        if (value instanceof String text) {
            if (names.contains(text)) {
                found.add(text);
            }
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collectNames(item, names, found, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> collectNames(key, names, found, depth + 1));
            map.values().forEach(item -> collectNames(item, names, found, depth + 1));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collectNames(component.getAccessor().invoke(record), names, found, depth + 1);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    // A component we cannot read names nothing we could draw.
                }
            }
        }
    }
}
