package org.distsim.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Statistic;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;

/**
 * Reads a run's time series for the two things that make its summary figures meaningless:
 * <ul>
 *   <li><b>Overload.</b> A backlog gauge of a node (a gauge declared with the backlog role: a
 *       queue, a backlog, a replication lag, dirty entries) that grows steadily through the measured part of the run: the
 *       means of its four quarters increase one after the other and the last exceeds the first by
 *       a quarter of it (and by at least one, so a near-empty queue never trips it), and, when the
 *       node counts what it served (its headline count of the load role), the growth is at least 1 %
 *       of the served rate (slower growth is the random walk of a queue near rho = 1, which a longer
 *       run would see come back). Then arrivals exceed capacity,
 *       the backlog grows without bound and every mean depends on how long the run was. When the
 *       node counts what it served, the load is estimated as
 *       {@code rho ~ (served rate + growth rate) / served rate}: a saturated server serves at its
 *       capacity, and what it does not serve piles up. A workload with more than 5 % (and more
 *       than 100) of its requests still in flight at the end is named as well, for systems whose
 *       backlog no gauge shows.</li>
 *   <li><b>Warm-up.</b> When nothing is unstable, each workload's per-interval median latency and
 *       each backlog gauge after the warm-up go through {@link Mser5}; a truncation point in the
 *       second half means the series still drifts, and the warning proposes a warm-up.</li>
 * </ul>
 * Pure and deterministic: the same result gives the same findings, in scenario order.
 */
public final class Stability {

    private static final int MIN_INTERVALS = 8;
    private static final double IN_FLIGHT_SHARE = 0.05;
    private static final long IN_FLIGHT_MIN = 100;
    /** The last quarter's mean must exceed the first's by this fraction of it (and by at least one). */
    private static final double RISE = 0.25;
    /** Growth slower than this fraction of the served rate is a random walk near rho = 1, not overload. */
    private static final double MIN_EXCESS = 0.01;

    private Stability() {
    }

    /** The findings of a run without faults, unstable ones first. */
    public static List<Finding> analyse(RunResult result) {
        return analyse(result, Long.MAX_VALUE);
    }

    /**
     * The findings of a run, unstable ones first.
     *
     * @param firstFaultNanos  when the scenario's first fault strikes ({@link Long#MAX_VALUE} for
     *                         none): the warm-up check reads only the series before it, since a fault
     *                         changes the system on purpose and is no sign of a short warm-up
     */
    public static List<Finding> analyse(RunResult result, long firstFaultNanos) {
        List<Finding> unstable = new ArrayList<>();
        TimeSeries series = result.series();
        if (series != null && !series.startNanos().isEmpty()) {
            result.nodes().forEach((name, node) -> overload(unstable, result, series, name, node));
        }
        if (unstable.isEmpty()) {
            result.workloads().forEach((name, w) -> inFlight(unstable, name, w));
        }
        if (!unstable.isEmpty() || series == null || series.startNanos().isEmpty()) {
            return List.copyOf(unstable);
        }
        List<Finding> drifting = new ArrayList<>();
        for (String workload : result.workloads().keySet()) {
            stationarity(drifting, result, series, firstFaultNanos, "workload." + workload + ".p50_ms",
                    "the median latency of workload " + workload);
        }
        result.nodes().forEach((name, node) -> {
            for (String gauge : backlogGauges(node)) {
                stationarity(drifting, result, series, firstFaultNanos, "node." + name + "." + gauge,
                        "the " + gauge + " of node " + name);
            }
        });
        return List.copyOf(drifting);
    }

    private static void overload(List<Finding> out, RunResult result, TimeSeries series, String name, NodeResult node) {
        for (String gauge : backlogGauges(node)) {
            String column = "node." + name + "." + gauge;
            double[] values = measured(result, series, column);
            if (values.length < MIN_INTERVALS || !grows(values)) {
                continue;
            }
            double intervalSeconds = series.intervalNanos() / 1e9;
            double growthPerSecond = slope(values) / intervalSeconds;
            if (growthPerSecond <= 0) {
                continue;
            }
            String servedKey = served(node);
            double[] served = servedKey == null ? new double[0] : measured(result, series, "node." + name + "." + servedKey);
            String rho = "";
            if (served.length > 0) {
                double servedPerSecond = mean(served) / intervalSeconds;
                if (growthPerSecond < MIN_EXCESS * servedPerSecond) {
                    continue;
                }
                if (servedPerSecond > 0) {
                    rho = " (rho ~ " + Decimals.fixed((servedPerSecond + growthPerSecond) / servedPerSecond, 2) + ")";
                }
            }
            out.add(new Finding(Finding.UNSTABLE, column, "UNSTABLE: arrivals exceed capacity at node " + name + rho
                    + ": its " + gauge + " grows by about " + rate(growthPerSecond) + "/s without bound,"
                    + " so its means and the latencies depend on the run length, not on the system"));
            return;
        }
    }

    private static void inFlight(List<Finding> out, String name, WorkloadResult w) {
        if (w.inFlight() > IN_FLIGHT_MIN && w.inFlight() > IN_FLIGHT_SHARE * w.requests()) {
            out.add(new Finding(Finding.UNSTABLE, "workload." + name + ".in_flight", "UNSTABLE: " + w.inFlight()
                    + " of " + w.requests() + " requests of workload " + name + " were still in flight at the end:"
                    + " arrivals exceed what the system completes"));
        }
    }

    private static void stationarity(List<Finding> out, RunResult result, TimeSeries series, long untilNanos,
            String column, String what) {
        double[] values = measured(result, series, column, untilNanos);
        int truncation = Mser5.truncation(values);
        if (truncation < 0 || Mser5.looksStationary(values)) {
            return;
        }
        long suggested = result.warmupNanos() + truncation * series.intervalNanos();
        out.add(new Finding(Finding.NOT_STATIONARY, column, "not stationary after warm-up: " + what
                + " still drifts (MSER-5 truncates at " + Decimals.seconds(suggested) + "); consider warm-up >= "
                + Decimals.seconds(roundUpToSecond(suggested)) + " and a longer run"));
    }

    /** The column keys of a node's gauges declared with the backlog role: work waiting to be done. */
    static List<String> backlogGauges(NodeResult node) {
        List<String> gauges = new ArrayList<>();
        for (Figure figure : node.figures()) {
            FigureSpec spec = figure.spec();
            if (spec.kind() == FigureKind.GAUGE && spec.role() == Role.BACKLOG && figure.statistic() == Statistic.MEAN) {
                gauges.add(spec.columnKey(figure.qualifier()));
            }
        }
        return gauges;
    }

    /** The column key of what a node served: its headline count of the load role, or null when it has none. */
    static String served(NodeResult node) {
        for (Figure figure : node.figures()) {
            FigureSpec spec = figure.spec();
            if (spec.kind() == FigureKind.COUNT && spec.role() == Role.LOAD && spec.headline() && !spec.isFamily()) {
                return spec.columnKey(figure.qualifier());
            }
        }
        return null;
    }

    /** A column's defined values in the intervals that start at or after the warm-up. */
    static double[] measured(RunResult result, TimeSeries series, String column) {
        return measured(result, series, column, Long.MAX_VALUE);
    }

    /** A column's defined values in the intervals after the warm-up that end by {@code untilNanos}. */
    static double[] measured(RunResult result, TimeSeries series, String column, long untilNanos) {
        List<Double> values = series.values(column);
        if (values == null) {
            return new double[0];
        }
        List<Long> starts = series.startNanos();
        double[] out = new double[values.size()];
        int n = 0;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            boolean inWindow = starts.get(i) >= result.warmupNanos()
                    && starts.get(i) + series.intervalNanos() <= untilNanos;
            if (inWindow && v != null && Double.isFinite(v)) {
                out[n++] = v;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Quarter means rise one after the other, and the last is well above the first. */
    static boolean grows(double[] values) {
        int quarter = values.length / 4;
        double[] q = new double[4];
        for (int k = 0; k < 4; k++) {
            int from = k * quarter;
            int to = k == 3 ? values.length : from + quarter;
            q[k] = mean(java.util.Arrays.copyOfRange(values, from, to));
        }
        return q[0] < q[1] && q[1] < q[2] && q[2] < q[3] && q[3] - q[0] >= Math.max(1, RISE * q[0]);
    }

    /** Least-squares slope per observation. */
    static double slope(double[] values) {
        int n = values.length;
        double meanX = (n - 1) / 2.0;
        double meanY = mean(values);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - meanX) * (values[i] - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        return sxx == 0 ? 0 : sxy / sxx;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    /** Three significant digits at most, never in scientific notation: 201, 3.17, 0.0452. */
    private static String rate(double value) {
        return new BigDecimal(value).round(new java.math.MathContext(3, RoundingMode.HALF_EVEN))
                .stripTrailingZeros().toPlainString();
    }

    private static long roundUpToSecond(long nanos) {
        long second = 1_000_000_000L;
        return (nanos + second - 1) / second * second;
    }
}
