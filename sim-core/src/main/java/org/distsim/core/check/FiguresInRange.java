package org.distsim.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.core.result.WorkloadResult;

/**
 * Every figure lies within the range its declaration allows: its unit's range (a fraction such as
 * a utilisation, hit ratio or availability in [0, 1]; a count, rate, duration or level at least
 * zero), and no duration (a latency, a lag, a delay) is longer than the run. It covers every figure
 * a component declared, the workloads' availability, throughput and latency, and every point of the
 * time series. The workloads' built-in counts (requests and outcomes) are {@link
 * CountsNonNegative}'s, in-flight counts {@link InFlightNonNegative}'s.
 */
public final class FiguresInRange implements RunCheck {

    /**
     * HdrHistogram reports a value as the highest value equivalent to it at three significant
     * digits, up to 0.1 % above the value recorded; the bound on durations allows for that.
     */
    private static final double HISTOGRAM_PRECISION = 1e-3;

    @Override
    public String invariant() {
        return "figures within their range";
    }

    @Override
    public List<String> violations(RunResult result) {
        List<String> broken = new ArrayList<>();
        double runMillis = result.durationNanos() / 1e6;
        result.workloads().forEach((name, w) -> workload(broken, "workload " + name, w, runMillis));
        result.nodes().forEach((name, node) -> figures(broken, "node " + name, node.figures(), runMillis));
        if (result.series() != null) {
            for (TimeSeries.Column column : result.series().columns()) {
                List<Double> values = column.values();
                for (int i = 0; i < values.size(); i++) {
                    check(broken, "time series " + column.key() + " at interval " + i, column.spec(), values.get(i),
                            runMillis);
                }
            }
        }
        return broken;
    }

    private static void workload(List<String> broken, String where, WorkloadResult w, double runMillis) {
        check(broken, where + ": " + WorkloadFigures.AVAILABILITY.name(), WorkloadFigures.AVAILABILITY,
                w.availability(), runMillis);
        check(broken, where + ": " + WorkloadFigures.THROUGHPUT.name(), WorkloadFigures.THROUGHPUT, w.throughputRps(),
                runMillis);
        LatencySummary l = w.latency();
        if (l != null) {
            Double[] values = {l.mean(), l.p50(), l.p95(), l.p99(), l.p999(), l.max()};
            for (int i = 0; i < values.length; i++) {
                FigureSpec spec = WorkloadFigures.LATENCY.get(i);
                check(broken, where + ": latency_ms." + spec.name(), spec, values[i], runMillis);
            }
        }
        figures(broken, where, w.figures(), runMillis);
    }

    private static void figures(List<String> broken, String where, FigureValues figures, double runMillis) {
        for (Figure figure : figures) {
            check(broken, where + ": " + figure.key(), figure.spec(), figure.doubleValue(), runMillis);
        }
    }

    private static void check(List<String> broken, String what, FigureSpec spec, Double value, double runMillis) {
        if (value == null) {
            return;
        }
        Unit unit = spec.unit();
        if (!unit.admits(value)) {
            broken.add(what + " is " + value + ", outside [" + unit.min() + ", " + unit.max() + "], the range of "
                    + unit.name().toLowerCase(Locale.ROOT));
        } else if (spec.kind() == FigureKind.DURATION) {
            double millis = unit == Unit.MICROSECONDS ? value / 1e3 : value;
            if (millis > runMillis * (1 + HISTOGRAM_PRECISION)) {
                broken.add(what + " is " + millis + " ms, longer than the run (" + runMillis + " ms)");
            }
        }
    }
}
