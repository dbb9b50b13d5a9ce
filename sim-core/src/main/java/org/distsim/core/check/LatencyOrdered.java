package org.distsim.core.check;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadFigures;

/**
 * Latency percentiles are ordered: {@code p50 <= p95 <= p99 <= p99.9 <= max} and {@code mean <= max}
 * for each workload's summary, and {@code p50 <= p95 <= p99} in every interval of its time series.
 * Percentiles of one histogram cannot be otherwise.
 */
public final class LatencyOrdered implements RunCheck {

    @Override
    public String invariant() {
        return "latency percentiles ordered";
    }

    @Override
    public List<String> violations(RunResult result) {
        List<String> broken = new ArrayList<>();
        result.workloads().forEach((name, w) -> {
            LatencySummary l = w.latency();
            if (l != null) {
                String where = "workload " + name + ": latency_ms ";
                ordered(broken, where, new String[] {"p50", "p95", "p99", "p999", "max"},
                        new Double[] {l.p50(), l.p95(), l.p99(), l.p999(), l.max()});
                ordered(broken, where, new String[] {"mean", "max"}, new Double[] {l.mean(), l.max()});
            }
        });
        TimeSeries series = result.series();
        if (series != null) {
            for (TimeSeries.Column p50 : series.columns()) {
                if (p50.scope() != TimeSeries.Scope.WORKLOAD || p50.spec() != WorkloadFigures.P50_MS) {
                    continue;
                }
                String prefix = p50.scope().prefix() + p50.owner() + ".";
                List<Double> p95 = series.values(prefix + WorkloadFigures.P95_MS.name());
                List<Double> p99 = series.values(prefix + WorkloadFigures.P99_MS.name());
                if (p95 == null || p99 == null) {
                    continue;
                }
                for (int i = 0; i < p50.values().size(); i++) {
                    ordered(broken, "time series " + prefix + "* at interval " + i + ": ",
                            new String[] {"p50", "p95", "p99"},
                            new Double[] {p50.values().get(i), p95.get(i), p99.get(i)});
                }
            }
        }
        return broken;
    }

    private static void ordered(List<String> broken, String where, String[] names, Double[] values) {
        for (int i = 0; i + 1 < values.length; i++) {
            if (values[i] != null && values[i + 1] != null && values[i] > values[i + 1]) {
                broken.add(where + names[i] + " " + values[i] + " > " + names[i + 1] + " " + values[i + 1]);
            }
        }
    }
}
