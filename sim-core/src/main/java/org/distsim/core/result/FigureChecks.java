package org.distsim.core.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.figure.Statistic;
import org.distsim.core.figure.Unit;

/**
 * The invariants every figure of a run result must satisfy, whatever the scenario: a figure outside
 * its possible range is a bug in the engine or a component, never a result. Cheap (linear in the
 * size of the result) and pure, so they can run at the end of every run:
 * <ul>
 *   <li>{@value #IN_RANGE}: every value lies within its unit's range (a fraction in [0, 1], every
 *       other unit, counts included, non-negative), in the summary and in every time-series point;</li>
 *   <li>{@value #GAUGE_MEAN_WITHIN_MAX}: a gauge's time-weighted mean is at most its maximum;</li>
 *   <li>{@value #LATENCY_ORDERED}: latency percentiles are ordered, p50 &le; p95 &le; p99 &le; p99.9
 *       &le; max and mean &le; max, in the summary and in every interval;</li>
 *   <li>{@value #WITHIN_RUN}: no duration (latency, lag, delay) is longer than the run.</li>
 * </ul>
 */
public final class FigureChecks {

    /** The invariant that every value lies within its unit's range. */
    public static final String IN_RANGE = "figure-in-range";
    /** The invariant that a gauge's mean is at most its max. */
    public static final String GAUGE_MEAN_WITHIN_MAX = "gauge-mean-within-max";
    /** The invariant that latency percentiles are ordered. */
    public static final String LATENCY_ORDERED = "latency-percentiles-ordered";
    /** The invariant that no duration exceeds the run. */
    public static final String WITHIN_RUN = "duration-within-run";

    /**
     * HdrHistogram reports a value as the highest value equivalent to it at three significant
     * digits, up to 0.1 % above the value recorded; bounds on durations allow for that.
     */
    private static final double HISTOGRAM_PRECISION = 1e-3;

    /**
     * One broken invariant.
     *
     * @param invariant  which ({@link #IN_RANGE}, ...)
     * @param subject    where: {@code nodes.db.utilisation_mean}, {@code workloads.clients.latency_ms}
     * @param message    what is wrong, with the values
     */
    public record Violation(String invariant, String subject, String message) {

        public Violation {
            Objects.requireNonNull(invariant, "invariant");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return invariant + ": " + subject + ": " + message;
        }
    }

    private FigureChecks() {
    }

    /** Every broken invariant of {@code result}, in the order of the result; empty when all hold. */
    public static List<Violation> violations(RunResult result) {
        List<Violation> out = new ArrayList<>();
        double runMillis = result.durationNanos() / 1e6;
        result.workloads().forEach((name, w) -> workload(out, "workloads." + name, w, runMillis));
        result.nodes().forEach((name, node) -> figures(out, "nodes." + name, node.figures(), runMillis));
        if (result.series() != null) {
            series(out, result.series(), runMillis);
        }
        return out;
    }

    private static void workload(List<Violation> out, String where, WorkloadResult w, double runMillis) {
        count(out, where + ".requests", w.requests());
        count(out, where + ".ok", w.ok());
        count(out, where + ".failed", w.failed());
        count(out, where + ".unknown", w.unknown());
        count(out, where + ".in_flight", w.inFlight());
        for (Map.Entry<String, Long> reason : w.failedByReason().entrySet()) {
            count(out, where + ".failed_by_reason." + reason.getKey(), reason.getValue());
        }
        range(out, where + ".availability", WorkloadFigures.AVAILABILITY.unit(), w.availability());
        range(out, where + ".throughput_rps", WorkloadFigures.THROUGHPUT.unit(), w.throughputRps());
        LatencySummary l = w.latency();
        if (l != null) {
            count(out, where + ".latency_ms.count", l.count());
            Double[] values = {l.mean(), l.p50(), l.p95(), l.p99(), l.p999(), l.max()};
            for (int i = 0; i < values.length; i++) {
                FigureSpec spec = WorkloadFigures.LATENCY.get(i);
                duration(out, where + ".latency_ms." + spec.name(), spec.unit(), values[i], runMillis);
            }
            ordered(out, where + ".latency_ms", new String[] {"p50", "p95", "p99", "p999", "max"},
                    new Double[] {l.p50(), l.p95(), l.p99(), l.p999(), l.max()});
            ordered(out, where + ".latency_ms", new String[] {"mean", "max"}, new Double[] {l.mean(), l.max()});
        }
        figures(out, where + ".figures", w.figures(), runMillis);
    }

    private static void figures(List<Violation> out, String where, FigureValues figures, double runMillis) {
        for (Figure figure : figures) {
            Double value = figure.doubleValue();
            String subject = where + "." + figure.key();
            range(out, subject, figure.spec().unit(), value);
            if (figure.spec().kind() == FigureKind.DURATION) {
                duration(out, subject, figure.spec().unit(), value, runMillis);
            }
            if (figure.statistic() == Statistic.MEAN) {
                Number max = figures.get(figure.spec().key(figure.qualifier(), Statistic.MAX));
                if (value != null && max != null && value > max.doubleValue()) {
                    out.add(new Violation(GAUGE_MEAN_WITHIN_MAX, subject, "the time-weighted mean " + value
                            + " exceeds the maximum " + max));
                }
            }
        }
    }

    private static void series(List<Violation> out, TimeSeries series, double runMillis) {
        for (TimeSeries.Column column : series.columns()) {
            List<Double> values = column.values();
            for (int i = 0; i < values.size(); i++) {
                String subject = "timeseries.columns." + column.key() + "[" + i + "]";
                range(out, subject, column.spec().unit(), values.get(i));
                if (column.spec().kind() == FigureKind.DURATION) {
                    duration(out, subject, column.spec().unit(), values.get(i), runMillis);
                }
            }
        }
        for (TimeSeries.Column column : series.columns()) {
            if (column.scope() == TimeSeries.Scope.WORKLOAD && column.spec() == WorkloadFigures.P50_MS) {
                String prefix = column.scope().prefix() + column.owner() + ".";
                List<Double> p95 = series.values(prefix + WorkloadFigures.P95_MS.name());
                List<Double> p99 = series.values(prefix + WorkloadFigures.P99_MS.name());
                if (p95 == null || p99 == null) {
                    continue;
                }
                for (int i = 0; i < column.values().size(); i++) {
                    ordered(out, "timeseries.columns." + prefix + "p*_ms[" + i + "]", new String[] {"p50", "p95", "p99"},
                            new Double[] {column.values().get(i), p95.get(i), p99.get(i)});
                }
            }
        }
    }

    private static void count(List<Violation> out, String subject, long value) {
        if (value < 0) {
            out.add(new Violation(IN_RANGE, subject, "a count is " + value + ", below 0"));
        }
    }

    private static void range(List<Violation> out, String subject, Unit unit, Double value) {
        if (value != null && !unit.admits(value)) {
            out.add(new Violation(IN_RANGE, subject, "the value " + value + " lies outside [" + unit.min() + ", "
                    + unit.max() + "], the range of its unit (" + unit.name().toLowerCase(java.util.Locale.ROOT) + ")"));
        }
    }

    private static void duration(List<Violation> out, String subject, Unit unit, Double value, double runMillis) {
        if (value == null) {
            return;
        }
        double millis = unit == Unit.MICROSECONDS ? value / 1e3 : value;
        if (millis > runMillis * (1 + HISTOGRAM_PRECISION)) {
            out.add(new Violation(WITHIN_RUN, subject, "a duration of " + millis + " ms is longer than the run ("
                    + runMillis + " ms)"));
        }
    }

    private static void ordered(List<Violation> out, String subject, String[] names, Double[] values) {
        for (int i = 0; i + 1 < values.length; i++) {
            if (values[i] != null && values[i + 1] != null && values[i] > values[i + 1]) {
                out.add(new Violation(LATENCY_ORDERED, subject, names[i] + " (" + values[i] + ") exceeds " + names[i + 1]
                        + " (" + values[i + 1] + ")"));
            }
        }
    }
}
