package org.distsim.reports.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Layer;
import org.distsim.core.facts.Link;

/**
 * The rank (column before stacking) of each component: at least the index of its layer among the
 * layers present, and one more than the rank of anything that calls it. Calls that close a cycle
 * (found by a depth-first search in the topology's order, so the choice is deterministic) are left
 * out, since a cycle has no left-to-right order.
 */
final class Ranks {

    private Ranks() {
    }

    static Map<String, Integer> of(List<Component> components, List<Link> links) {
        Map<Layer, Integer> base = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            if (components.stream().anyMatch(c -> c.layer() == layer)) {
                base.put(layer, base.size());
            }
        }
        Map<String, Integer> rank = new LinkedHashMap<>();
        components.forEach(c -> rank.put(c.name(), base.get(c.layer())));
        List<Link> forward = acyclic(components, links);
        for (int pass = 0; pass < components.size(); pass++) {
            boolean changed = false;
            for (Link link : forward) {
                int next = rank.get(link.from()) + 1;
                if (rank.get(link.to()) < next) {
                    rank.put(link.to(), next);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return rank;
    }

    /** The links without those that lead back to a component on the current search path. */
    private static List<Link> acyclic(List<Component> components, List<Link> links) {
        Map<String, List<Link>> out = new LinkedHashMap<>();
        components.forEach(c -> out.put(c.name(), new ArrayList<>()));
        links.forEach(l -> out.get(l.from()).add(l));
        Set<Link> back = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (Component start : components) {
            if (done.contains(start.name())) {
                continue;
            }
            // An explicit stack of (component, next link index), so a long chain cannot overflow the call stack.
            List<String> path = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            path.add(start.name());
            next.add(0);
            onPath.add(start.name());
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                String at = path.get(top);
                List<Link> edges = out.get(at);
                int i = next.get(top);
                if (i == edges.size()) {
                    path.remove(top);
                    next.remove(top);
                    onPath.remove(at);
                    done.add(at);
                    continue;
                }
                next.set(top, i + 1);
                Link link = edges.get(i);
                if (onPath.contains(link.to())) {
                    back.add(link);
                } else if (!done.contains(link.to())) {
                    path.add(link.to());
                    next.add(0);
                    onPath.add(link.to());
                }
            }
        }
        return links.stream().filter(l -> !back.contains(l)).toList();
    }
}
