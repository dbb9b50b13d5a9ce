package org.distsim.reports;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;

/**
 * Checks service-level objectives against a run: the one place where "held" is decided, so the
 * console, JSON and HTML reports and the exit code of {@code distsim run} always agree.
 *
 * <p>Latency objectives read the same figures the reports print (the workload's latency summary,
 * from its HdrHistogram); {@code p90}, which the summary does not carry, is read from the
 * histogram the same way. An objective on a figure that is undefined (a percentile when no request
 * succeeded) is broken: nothing shows that it held.
 */
public final class SloCheck {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private SloCheck() {
    }

    /** Each objective, checked, in the given order. */
    public static List<SloOutcome> evaluate(RunResult result, List<Objective> objectives) {
        List<SloOutcome> outcomes = new ArrayList<>();
        for (Objective objective : objectives) {
            WorkloadResult workload = result.workloads().get(objective.workload());
            Double actual = workload == null ? null : figure(workload, objective.figure());
            boolean held = actual != null && Double.isFinite(actual)
                    && (objective.isUpperBound() ? actual <= objective.limit() : actual >= objective.limit());
            outcomes.add(new SloOutcome(objective, actual, held));
        }
        return List.copyOf(outcomes);
    }

    /** True when every objective held (and so when there are none). */
    public static boolean allHeld(List<SloOutcome> outcomes) {
        return outcomes.stream().allMatch(SloOutcome::held);
    }

    private static Double figure(WorkloadResult w, String figure) {
        LatencySummary latency = Missing.orEmpty(w.latency());
        // An if chain, not a switch on strings: that compiles to hashCode(), which the build bans.
        if (figure.equals("mean")) {
            return latency.mean();
        } else if (figure.equals("p50")) {
            return latency.p50();
        } else if (figure.equals("p90")) {
            return percentile(w.histogram(), 90);
        } else if (figure.equals("p95")) {
            return latency.p95();
        } else if (figure.equals("p99")) {
            return latency.p99();
        } else if (figure.equals("p999")) {
            return latency.p999();
        } else if (figure.equals("max")) {
            return latency.max();
        } else if (figure.equals(Objective.AVAILABILITY)) {
            return w.availability();
        } else if (figure.equals(Objective.THROUGHPUT)) {
            return w.throughputRps();
        }
        throw new IllegalArgumentException("unknown figure " + figure);
    }

    private static Double percentile(Histogram nanos, double percentile) {
        if (nanos == null || nanos.getTotalCount() == 0) {
            return null;
        }
        return nanos.getValueAtPercentile(percentile) / NANOS_PER_MILLI;
    }
}
