package org.distsim.ui.live;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One node or workload as the view shows it at a moment.
 *
 * @param name      as in the scenario
 * @param type      component type ({@code service}, {@code open-loop})
 * @param workload  declared under {@code workloads:}
 * @param up        false while crashed
 * @param slowdown  service-time factor (1 = normal)
 * @param figures   the last closed interval's figures (a gauge's mean, a counter's increase), in the
 *                  component's order; empty before the first interval closes
 */
public record NodeState(String name, String type, boolean workload, boolean up, double slowdown,
        Map<String, Double> figures) {

    public NodeState {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** A figure of the last interval, or null when the component has none of that name (or it was undefined). */
    public Double figure(String figure) {
        return figures.get(figure);
    }
}
