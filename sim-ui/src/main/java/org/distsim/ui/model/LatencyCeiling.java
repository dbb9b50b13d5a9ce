package org.distsim.ui.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.distsim.reports.chart.LatencyCut;
import org.distsim.reports.chart.NiceStep;

/**
 * Where the live latency chart cuts its axis: the HTML report's cut ({@link LatencyCut}), raised to
 * the next whole tick, so that the axis' top is labelled like every other tick (150, not 140.968).
 * A value between the cut and that tick is drawn; only one above the top is marked with its height.
 */
public final class LatencyCeiling {

    /** The latency axis has about this many steps from 0 to its top. */
    public static final int STEPS = 4;

    private LatencyCeiling() {
    }

    /**
     * The axis' top, or null to let the axis fit every value.
     *
     * @param values            the latencies drawn (null or non-finite ones are skipped)
     * @param highestObjective  the highest latency objective drawn, or 0 when there is none
     */
    public static Double of(List<Double> values, double highestObjective) {
        Double cut = LatencyCut.of(values, highestObjective);
        if (cut == null || !(cut > 0)) {
            return cut;
        }
        BigDecimal step = tickStep(cut);
        return BigDecimal.valueOf(cut).divide(step, 0, RoundingMode.CEILING).multiply(step).doubleValue();
    }

    /** The tick step of an axis from 0 to {@code top}: 1, 2 or 5 times a power of ten, at most {@link #STEPS} steps. */
    public static BigDecimal tickStep(double top) {
        return NiceStep.decimal(top / STEPS);
    }
}
