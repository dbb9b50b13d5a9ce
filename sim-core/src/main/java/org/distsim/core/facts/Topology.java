package org.distsim.core.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the run's components are and who sends to whom: computed once from the scenario's call graph
 * when it is loaded, carried with the run result, and drawn by the live view, the HTML report and
 * {@code distsim explain} alike.
 *
 * @param components  workloads, then nodes, in declaration order, each group node followed by its
 *                    members in member order
 * @param links       request paths in the order the references are written, then member links;
 *                    no duplicates, no self-links
 * @param pins        the places the scenario's {@code layout:} section gives, by component name,
 *                    in file order; empty when the automatic layout decides everything
 * @param network     the links of the network ({@code network: links:}) in file order: cables
 *                    between places that messages cross, not request paths; empty when it has none
 */
public record Topology(List<Component> components, List<Link> links, Map<String, Pin> pins,
        List<NetworkLink> network) {

    /** No components: a run built without a scenario (engine tests). */
    public static final Topology NONE = new Topology(List.of(), List.of());

    public Topology {
        components = List.copyOf(components);
        links = List.copyOf(links);
        pins = Collections.unmodifiableMap(new LinkedHashMap<>(pins));
        network = List.copyOf(network);
    }

    /** Components, links and pins, in a network without links of its own. */
    public Topology(List<Component> components, List<Link> links, Map<String, Pin> pins) {
        this(components, links, pins, List.of());
    }

    /** Components and links, laid out automatically. */
    public Topology(List<Component> components, List<Link> links) {
        this(components, links, Map.of(), List.of());
    }

    /** The component of the given name, or null. */
    public Component component(String name) {
        for (Component component : components) {
            if (component.name().equals(name)) {
                return component;
            }
        }
        return null;
    }

    /** The components at one end of a network link, in the topology's order. */
    public List<Component> at(NetworkLink.End end) {
        return components.stream().filter(end::holds).toList();
    }

    /** The members of a group node, in member order; empty for any other component. */
    public List<Component> members(String group) {
        return components.stream().filter(c -> group.equals(c.group())).toList();
    }
}
