package org.distsim.core.facts;

/**
 * Where a component sits on a system-design diagram, left to right in the order a request crosses
 * them. A component type declares its layer once; the live view's columns and the report's
 * diagram are drawn from it.
 */
public enum Layer {
    /** Workloads: the users and clients that send requests. */
    CLIENTS("clients"),
    /** What requests meet first: load balancers, gateways, rate limiters, routers. */
    EDGE("edge"),
    /** Application services. */
    SERVICES("services"),
    /** Caches. */
    CACHES("caches"),
    /** Stores and their replicas. */
    DATA("data"),
    /** Queues and logs. */
    QUEUES("queues");

    private final String label;

    Layer(String label) {
        this.label = label;
    }

    /** The column heading ("data"). */
    public String label() {
        return label;
    }
}
