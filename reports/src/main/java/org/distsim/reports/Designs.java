package org.distsim.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.Topology;

/**
 * Which design each component belongs to: the connected parts of the topology, numbered in the
 * order their first component appears. A scenario that compares designs side by side (six load
 * balancers, three retry policies) runs them as separate parts, and a chart that must split its
 * lines keeps each design's lines together.
 */
final class Designs {

    private Designs() {
    }

    /** The design number of every component of {@code topology}. */
    static Map<String, Integer> of(Topology topology) {
        Map<String, String> parent = new LinkedHashMap<>();
        for (Component c : topology.components()) {
            parent.put(c.name(), c.name());
        }
        for (Link link : topology.links()) {
            if (parent.containsKey(link.from()) && parent.containsKey(link.to())) {
                parent.put(root(parent, link.from()), root(parent, link.to()));
            }
        }
        for (Component c : topology.components()) {
            if (c.group() != null && parent.containsKey(c.group())) {
                parent.put(root(parent, c.name()), root(parent, c.group()));
            }
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Integer> design = new LinkedHashMap<>();
        for (String name : parent.keySet()) {
            design.put(name, numbers.computeIfAbsent(root(parent, name), r -> numbers.size()));
        }
        return design;
    }

    private static String root(Map<String, String> parent, String name) {
        String r = name;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
