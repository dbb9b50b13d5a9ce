package org.distsim.reports;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.distsim.core.facts.Objective;
import org.distsim.core.facts.ObjectiveFigure;
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

    private static Double figure(WorkloadResult w, ObjectiveFigure figure) {
        LatencySummary latency = Missing.orEmpty(w.latency());
        return switch (figure) {
            case MEAN -> latency.mean();
            case P50 -> latency.p50();
            case P90 -> percentile(w.histogram(), 90);
            case P95 -> latency.p95();
            case P99 -> latency.p99();
            case P999 -> latency.p999();
            case MAX -> latency.max();
            case AVAILABILITY -> w.availability();
            case THROUGHPUT -> w.throughputRps();
        };
    }

    /**
     * The bound as its author wrote it, with no digits added: {@code p99 <= 25 ms}, {@code
     * availability >= 99.9%}, {@code throughput >= 90/s}.
     */
    public static String describe(Objective objective) {
        if (objective.isUpperBound()) {
            return objective.figure().key() + " <= " + Decimals.exact(objective.limit(), 0) + " ms";
        }
        if (objective.figure() == ObjectiveFigure.AVAILABILITY) {
            return "availability >= " + Decimals.exact(objective.limit(), 2) + "%";
        }
        return "throughput >= " + Decimals.exact(objective.limit(), 0) + "/s";
    }

    private static Double percentile(Histogram nanos, double percentile) {
        if (nanos == null || nanos.getTotalCount() == 0) {
            return null;
        }
        return nanos.getValueAtPercentile(percentile) / NANOS_PER_MILLI;
    }
}
