package org.distsim.models.format;

/** Where a component is declared: under {@code nodes:} (servers of requests) or {@code workloads:} (sources of requests). */
public enum Kind {
    /** A node: a service, cache, database, ...; the target of requests and of faults. */
    NODE,
    /** A workload: a source of requests aimed at nodes. */
    WORKLOAD;

    /** The scenario section that declares components of this kind ({@code nodes}, {@code workloads}). */
    public String section() {
        return this == NODE ? "nodes" : "workloads";
    }

    /** The word for one component of this kind in messages ("node", "workload"). */
    public String noun() {
        return this == NODE ? "node" : "workload";
    }
}
