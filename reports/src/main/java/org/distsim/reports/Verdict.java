package org.distsim.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.distsim.core.result.WorkloadResult;

/**
 * The top of the run report, read before any chart: what the scenario is about (its description),
 * which objectives hold and which break, and, when the run has several workloads (several designs
 * side by side), which one does best and worst on tail latency and on availability.
 */
final class Verdict {

    private Verdict() {
    }

    static void render(StringBuilder out, RunReport report) {
        String description = report.result().facts().description().strip();
        if (!description.isEmpty()) {
            out.append("<p class=\"description\">").append(HtmlPage.escape(description)).append("</p>\n");
        }
        List<String> lines = lines(report);
        if (lines.isEmpty()) {
            return;
        }
        out.append("<div class=\"verdict\"><b>Verdict.</b>");
        for (String line : lines) {
            out.append(' ').append(HtmlPage.escape(line));
        }
        out.append("</div>\n");
    }

    /** The verdict's sentences; empty when there is nothing to judge. */
    static List<String> lines(RunReport report) {
        List<String> lines = new ArrayList<>();
        List<SloOutcome> slos = report.slos();
        if (!slos.isEmpty()) {
            List<String> broken = new ArrayList<>();
            for (SloOutcome o : slos) {
                if (!o.held()) {
                    broken.add(o.objective().workload() + " " + o.bound() + " (measured " + o.actualText() + ")");
                }
            }
            lines.add(broken.isEmpty() ? "All " + slos.size() + " objectives hold."
                    : (slos.size() - broken.size()) + " of " + slos.size() + " objectives hold; broken: "
                    + String.join("; ", broken) + ".");
        }
        Map<String, WorkloadResult> workloads = report.result().workloads();
        if (workloads.size() > 1) {
            best(lines, workloads, "p99 latency", w -> w.latency() == null ? null : w.latency().p99(), false,
                    v -> Decimals.sensible(v) + " ms");
            best(lines, workloads, "availability", WorkloadResult::availability, true,
                    v -> Decimals.percent(v, 3));
        }
        return lines;
    }

    /** "Best p99 latency: a (41.2 ms); worst: b (122 ms)." when the workloads differ on it. */
    private static void best(List<String> lines, Map<String, WorkloadResult> workloads, String what,
            Function<WorkloadResult, Double> figure, boolean higherIsBetter, Function<Double, String> format) {
        String best = null;
        String worst = null;
        double bestValue = 0;
        double worstValue = 0;
        for (Map.Entry<String, WorkloadResult> w : workloads.entrySet()) {
            Double v = figure.apply(w.getValue());
            if (v == null || !Double.isFinite(v)) {
                continue;
            }
            boolean better = higherIsBetter ? v > bestValue : v < bestValue;
            boolean worse = higherIsBetter ? v < worstValue : v > worstValue;
            if (best == null || better) {
                best = w.getKey();
                bestValue = v;
            }
            if (worst == null || worse) {
                worst = w.getKey();
                worstValue = v;
            }
        }
        if (best == null) {
            return;
        }
        if (format.apply(bestValue).equals(format.apply(worstValue))) {
            lines.add("Every workload has the same " + what + " (" + format.apply(bestValue) + ").");
            return;
        }
        lines.add("Best " + what + ": " + best + " (" + format.apply(bestValue) + "); worst: " + worst
                + " (" + format.apply(worstValue) + ").");
    }
}
