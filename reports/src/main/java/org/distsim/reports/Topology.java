package org.distsim.reports;

import java.util.List;

/**
 * Who talks to whom, for the diagram of the HTML report: the scenario's nodes and workloads, and
 * an edge for every reference one makes to another (a workload's target, a load balancer's
 * backends, a service's dependencies, a cache's backing store...).
 *
 * @param vertices  nodes and workloads, in the scenario's order (workloads first)
 * @param edges     references, from the one that sends to the one it names, without duplicates
 */
public record Topology(List<Vertex> vertices, List<Edge> edges) {

    /** No diagram. */
    public static final Topology NONE = new Topology(List.of(), List.of());

    public Topology {
        vertices = List.copyOf(vertices);
        edges = List.copyOf(edges);
    }

    /**
     * @param name      the node's or workload's name
     * @param type      its component type ({@code service}, {@code open-loop})
     * @param workload  true for a workload
     */
    public record Vertex(String name, String type, boolean workload) {
    }

    /**
     * @param from   the one holding the reference
     * @param to     the one it names
     * @param label  the knob that holds it ({@code target}, {@code backends})
     */
    public record Edge(String from, String to, String label) {
    }
}
