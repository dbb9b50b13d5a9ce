package org.distsim.ui.model;

import java.util.Set;

/**
 * The columns of the topology, left to right, in the order a request crosses them: the layout a
 * system-design diagram uses (clients, edge, services, caches, data).
 */
public enum Tier {
    CLIENTS("clients"),
    EDGE("edge"),
    SERVICES("services"),
    CACHES("caches"),
    DATA("data & queues");

    private static final Set<String> EDGE_TYPES = Set.of("load-balancer", "rate-limiter", "shard-router");
    private static final Set<String> CACHE_TYPES = Set.of("cache");
    private static final Set<String> DATA_TYPES = Set.of("database", "queue");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The tier of a component type; unknown node types count as services. */
    public static Tier of(String type, boolean workload) {
        if (workload) {
            return CLIENTS;
        }
        if (EDGE_TYPES.contains(type)) {
            return EDGE;
        }
        if (CACHE_TYPES.contains(type)) {
            return CACHES;
        }
        if (DATA_TYPES.contains(type) || type.contains("database") || type.contains("replica")) {
            return DATA;
        }
        return SERVICES;
    }
}
