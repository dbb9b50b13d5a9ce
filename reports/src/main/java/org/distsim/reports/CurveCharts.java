package org.distsim.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.figure.CurveSpec;
import org.distsim.core.result.Curve;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;

/**
 * The nodes' probability curves in the run report (a replicated store's chance of a fresh read Δt
 * after a write): one chart per curve name, one line per node that recorded it, probability on
 * [0, 1] against the delay on a log axis. What the axes say comes from the curve's declaration.
 */
final class CurveCharts {

    /** Where the first bin, which starts at 0, is drawn on a log axis: at half its upper edge. */
    private static final double FIRST_BIN_POSITION = 0.5;
    /** Where the last, unbounded bin is drawn: at twice its lower edge. */
    private static final double LAST_BIN_POSITION = 2;

    private CurveCharts() {
    }

    static void render(StringBuilder out, RunResult result) {
        Map<String, CurveSpec> specs = new LinkedHashMap<>();
        Map<String, List<SvgChart.Series>> lines = new LinkedHashMap<>();
        for (Map.Entry<String, NodeResult> node : result.nodes().entrySet()) {
            for (Curve curve : node.getValue().curves()) {
                if (curve.points().isEmpty()) {
                    continue;
                }
                specs.putIfAbsent(curve.spec().name(), curve.spec());
                lines.computeIfAbsent(curve.spec().name(), n -> new ArrayList<>()).add(line(node.getKey(), curve));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        out.append("<h2 id=\"curves\">Probability curves</h2>\n");
        for (Map.Entry<String, List<SvgChart.Series>> entry : lines.entrySet()) {
            CurveSpec spec = specs.get(entry.getKey());
            String title = ChartKit.capitalised(spec.label());
            ChartKit.smallMultiples(out, suffix -> new SvgChart(title + suffix, spec.xLabel() + " (ms, log scale)",
                    "P(" + spec.yLabel() + ")").logX(), entry.getValue(), 0.0, 1.0, ChartKit.capitalised(spec.doc())
                    + " Each point is one bin of delays (0 to 0.1 ms, then a 1-2-5 scale), drawn at the geometric"
                    + " middle of the bin; the JSON has each bin's bounds and sample count.");
        }
    }

    private static SvgChart.Series line(String node, Curve curve) {
        int n = curve.points().size();
        double[] xs = new double[n];
        Double[] ys = new Double[n];
        for (int i = 0; i < n; i++) {
            Curve.Point point = curve.points().get(i);
            double from = point.fromNanos() / 1e6;
            double to = point.toNanos() / 1e6;
            if (point.unbounded()) {
                xs[i] = from * LAST_BIN_POSITION;
            } else if (point.fromNanos() == 0) {
                xs[i] = to * FIRST_BIN_POSITION;
            } else {
                xs[i] = Math.sqrt(from * to);
            }
            ys[i] = point.probability();
        }
        return new SvgChart.Series(node, "", xs, ys, false, false);
    }
}
