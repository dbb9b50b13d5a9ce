package org.distsim.ui.live;

import java.util.List;

/**
 * One node or workload as the view shows it at a moment.
 *
 * @param name      as in the scenario
 * @param type      component type ({@code service}, {@code open-loop})
 * @param workload  declared under {@code workloads:}
 * @param up        false while crashed
 * @param slowdown  service-time factor (1 = normal)
 * @param figures   the last closed interval's figures, each with its declaration, in the component's
 *                  order; empty before the first interval closes
 */
public record NodeState(String name, String type, boolean workload, boolean up, double slowdown,
        List<Reading> figures) {

    public NodeState {
        figures = List.copyOf(figures);
    }

    /** A figure of the last interval by key, or null when the component has none of that key (or it was undefined). */
    public Double figure(String key) {
        for (Reading reading : figures) {
            if (reading.key().equals(key)) {
                return reading.value();
            }
        }
        return null;
    }
}
