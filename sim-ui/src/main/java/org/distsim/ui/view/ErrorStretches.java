package org.distsim.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.distsim.models.scenario.Slo;
import org.distsim.ui.live.ChartPoint;
import org.distsim.ui.live.WorkloadPoint;

/**
 * The stretches the latency chart marks because its lines cannot show them: a line of successful
 * requests' p99 stops where none succeeded, and stays low where most requests fail fast (the few
 * that succeed are quick), so a collapse would read as a quiet stretch or a recovery. A design's
 * interval is marked when requests finished in it and its availability fell below the design's
 * floor: its strictest availability objective, or 99% without one, the floor the report's verdict
 * ranks designs by.
 */
final class ErrorStretches {

    /** The availability a design without an availability objective is expected to keep. */
    static final double SERVING = 0.99;

    private ErrorStretches() {
    }

    /** Each design's availability floor, in the designs' order. */
    static double[] floors(List<String> designs, List<Slo> slos) {
        double[] floors = new double[designs.size()];
        for (int d = 0; d < designs.size(); d++) {
            double floor = Double.NaN;
            for (Slo slo : slos) {
                if (slo.workload().equals(designs.get(d)) && slo.availability() != null) {
                    floor = Double.isNaN(floor) ? slo.availability() : Math.max(floor, slo.availability());
                }
            }
            floors[d] = Double.isNaN(floor) ? SERVING : floor;
        }
        return floors;
    }

    /**
     * Each design's runs of consecutive marked intervals, from the start of the first to the end of
     * the last: {@code no ok request} when none succeeded anywhere in the run, otherwise
     * {@code errors up to 25%} with the highest share of finished requests that failed or timed out.
     */
    static List<MarkedChart.Stretch> of(List<ChartPoint> chart, double[] floors) {
        List<MarkedChart.Stretch> stretches = new ArrayList<>();
        for (int d = 0; d < floors.length; d++) {
            double from = -1;
            double previousEnd = 0;
            double worst = 0;
            boolean none = true;
            for (ChartPoint point : chart) {
                WorkloadPoint w = d < point.workloads().size() ? point.workloads().get(d) : null;
                boolean marked = w != null && w.finished() > 0 && w.availability() != null
                        && w.availability() < floors[d];
                double end = point.endNanos() / 1e9;
                if (marked) {
                    if (from < 0) {
                        from = previousEnd;
                        worst = 0;
                        none = true;
                    }
                    worst = Math.max(worst, 1 - w.availability());
                    none &= w.noSuccess();
                } else if (from >= 0) {
                    stretches.add(stretch(from, previousEnd, d, none, worst));
                    from = -1;
                }
                previousEnd = end;
            }
            if (from >= 0) {
                stretches.add(stretch(from, previousEnd, d, none, worst));
            }
        }
        return stretches;
    }

    /**
     * Each design's runs of intervals whose lesson figure is unbounded (a quotient with some of its
     * numerator and none of its denominator: calls offered, none succeeded), labelled
     * {@code no goodput}: a line has no point to draw there, and a gap would read as calm.
     */
    static List<MarkedChart.Stretch> unboundedLesson(List<ChartPoint> chart, int designs) {
        List<MarkedChart.Stretch> stretches = new ArrayList<>();
        for (int d = 0; d < designs; d++) {
            double from = -1;
            double previousEnd = 0;
            for (ChartPoint point : chart) {
                WorkloadPoint w = d < point.workloads().size() ? point.workloads().get(d) : null;
                boolean unbounded = w != null && w.lesson() != null && w.lesson().isInfinite();
                if (unbounded && from < 0) {
                    from = previousEnd;
                } else if (!unbounded && from >= 0) {
                    stretches.add(new MarkedChart.Stretch(from, previousEnd, d, "no goodput", true));
                    from = -1;
                }
                previousEnd = point.endNanos() / 1e9;
            }
            if (from >= 0) {
                stretches.add(new MarkedChart.Stretch(from, previousEnd, d, "no goodput", true));
            }
        }
        return stretches;
    }

    private static MarkedChart.Stretch stretch(double from, double to, int design, boolean none, double worst) {
        // Rounded up (1.2% reads as 2%, never as fine), but to 99% at most while some request of the
        // worst interval succeeded.
        int percent = Math.min(worst < 1 ? 99 : 100, (int) Math.ceil(worst * 100 - 1e-9));
        String label = none ? "no ok request" : String.format(Locale.ROOT, "errors up to %d%%", percent);
        return new MarkedChart.Stretch(from, to, design, label, none);
    }
}
