package org.distsim.core.result;

import java.util.Map;

/**
 * The figures one node recorded, by name, in the order the component registered them: counters as
 * {@code Long} totals after the warm-up; time-weighted gauges as {@code <name>_mean} and
 * {@code <name>_max}; derived figures (hit ratio, utilisation) as {@code Double}. Renderers treat
 * them generically and never need to know the component.
 */
public record NodeResult(String type, Map<String, Number> figures) {

    public NodeResult {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }
}
