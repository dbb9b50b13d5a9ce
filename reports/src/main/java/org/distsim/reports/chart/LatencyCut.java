package org.distsim.reports.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a latency axis is cut: at {@value #HEADROOM} times the typical top of the lines (their 95th
 * percentile) or of the highest latency objective, whichever is higher, when the highest value goes
 * well above that (more than {@value #SPIKE} times the cut). Without the cut one retry storm's spike
 * squeezes every other design's line onto the floor of the chart; the values above it are marked
 * with their height instead of being drawn. The HTML report's charts and the live view's cut by
 * this one rule.
 */
public final class LatencyCut {

    /** The axis' top above the lines' typical top. */
    static final double HEADROOM = 1.5;
    /** How far above the cut the highest value must go before the axis is cut. */
    static final double SPIKE = 1.3;

    private LatencyCut() {
    }

    /**
     * The cut, or null when every value fits without squeezing the others (or there is none).
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
        return max > cut * SPIKE ? cut : null;
    }
}
