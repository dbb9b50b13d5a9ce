package org.distsim.reports;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadFigures;

/**
 * The stretches of a run in which a workload's requests finished and none succeeded. Its latency
 * line, drawn from successful requests only, has no point there; without a mark the line just
 * stops, or joins the points on either side, and a collapse reads as a quiet stretch.
 */
final class NoSuccess {

    /** What a stretch is called on a chart. */
    static final String LABEL = "no ok request";

    private NoSuccess() {
    }

    /** A stretch, in seconds of simulated time. */
    record Stretch(double fromSeconds, double toSeconds) {
    }

    /**
     * The workload's stretches over groups of {@code k} consecutive intervals (as its line is
     * drawn): a group belongs to one when requests finished in it (ok, failed or timed out) and none
     * was ok; neighbouring groups make one stretch.
     */
    static List<Stretch> of(TimeSeries series, String workload, int k) {
        String prefix = TimeSeries.Scope.WORKLOAD.prefix() + workload + ".";
        List<Double> ok = series.values(prefix + WorkloadFigures.OK.name());
        List<Double> failed = series.values(prefix + WorkloadFigures.FAILED.name());
        List<Double> unknown = series.values(prefix + WorkloadFigures.UNKNOWN.name());
        List<Stretch> stretches = new ArrayList<>();
        if (ok == null || failed == null || unknown == null) {
            return stretches;
        }
        int n = series.startNanos().size();
        double from = -1;
        double to = -1;
        for (int start = 0; start < n; start += k) {
            int end = Math.min(n, start + k);
            double oks = 0;
            double finished = 0;
            for (int i = start; i < end; i++) {
                oks += value(ok, i);
                finished += value(ok, i) + value(failed, i) + value(unknown, i);
            }
            double groupFrom = series.startNanos().get(start) / 1e9;
            double groupTo = (series.startNanos().get(end - 1) + series.intervalNanos()) / 1e9;
            if (finished > 0 && oks == 0) {
                if (from < 0) {
                    from = groupFrom;
                }
                to = groupTo;
            } else if (from >= 0) {
                stretches.add(new Stretch(from, to));
                from = -1;
            }
        }
        if (from >= 0) {
            stretches.add(new Stretch(from, to));
        }
        return stretches;
    }

    private static double value(List<Double> column, int i) {
        Double v = i < column.size() ? column.get(i) : null;
        return v == null || !Double.isFinite(v) ? 0 : v;
    }
}
