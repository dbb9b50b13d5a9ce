package org.distsim.models.analytic;

import java.util.List;

/** What a component may ask about the other nodes of its scenario while it forecasts itself. */
@FunctionalInterface
public interface Peers {

    /**
     * True when every one of {@code nodes} is of the same type with an equal configuration, so
     * that a policy that treats them alike gives each the same long-run share (by symmetry).
     */
    boolean alike(List<String> nodes);

    /**
     * The hit ratio the forecast estimates for the cache {@code node}, of all the requests it
     * receives; null when none is known (not a cache, no closed form, or not forecast yet).
     */
    default Double hitRatio(String node) {
        return null;
    }

    /** A scenario where no two nodes are known to be alike. */
    Peers NONE = nodes -> false;
}
