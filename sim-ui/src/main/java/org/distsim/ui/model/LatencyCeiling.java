package org.distsim.ui.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the live latency chart cuts its axis, by the HTML report's rule: at 1.5 times the typical
 * top of the lines (their 95th percentile) or of the highest objective, when the highest value goes
 * well above that (more than 1.3 times the cut). Without the cut one retry storm's spike squeezes
 * every other design's line onto the floor of the chart; values above it are marked with their
 * height instead of being drawn.
 */
public final class LatencyCeiling {

    static final double HEADROOM = 1.5;

    private LatencyCeiling() {
    }

    /**
     * The axis' top, or null to let the axis fit every value.
     *
     * @param values            the latencies drawn (null or non-finite ones are skipped)
     * @param highestObjective  the highest latency objective drawn, or 0 when there is none
     */
    public static Double of(List<Double> values, double highestObjective) {
        List<Double> finite = new ArrayList<>();
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                finite.add(v);
            }
        }
        if (finite.isEmpty()) {
            return null;
        }
        finite.sort(null);
        double max = finite.get(finite.size() - 1);
        double typical = Math.max(finite.get((int) Math.floor(0.95 * (finite.size() - 1))), highestObjective);
        double cut = typical * HEADROOM;
        return max > cut * 1.3 ? cut : null;
    }
}
