package org.distsim.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.distsim.core.facts.Objective;
import org.distsim.core.facts.ObjectiveFigure;
import org.distsim.core.result.WorkloadResult;

/**
 * The top of the run report, read before any chart: what the scenario is about (its description),
 * which objectives hold and which break, and, when the run has several workloads (several designs
 * side by side), which one does best and worst on tail latency (among the designs that do not
 * fail) and on availability.
 */
final class Verdict {

    /** The availability below which a design with no availability objective is failing. */
    static final double SERVING = 0.99;

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
            latency(lines, workloads, report.result().facts().objectives());
            best(lines, workloads, "availability", WorkloadResult::availability, true,
                    v -> Decimals.against(v, 1, 2) + "%");
        }
        return lines;
    }

    /**
     * The verdict in a few words per design, for a card a projector shows whole: {@code best p99},
     * {@code worst p99}, {@code joint best p99}, {@code failing (below 99%)}, or nothing (a design in the middle, or a run
     * of one design). The same judgement as {@link #lines}: only designs that keep their
     * availability are ranked on p99.
     */
    static Map<String, String> tags(RunReport report) {
        Map<String, WorkloadResult> workloads = report.result().workloads();
        List<Objective> objectives = report.result().facts().objectives();
        Map<String, String> tags = new LinkedHashMap<>();
        workloads.keySet().forEach(name -> tags.put(name, ""));
        if (workloads.size() < 2) {
            return tags;
        }
        Map<String, Double> serving = new LinkedHashMap<>();
        for (Map.Entry<String, WorkloadResult> w : workloads.entrySet()) {
            double floor = floor(w.getKey(), objectives);
            Double availability = w.getValue().availability();
            if (availability == null || availability < floor) {
                tags.put(w.getKey(), "failing (below " + Decimals.exact(floor, 2) + "%)");
            } else {
                serving.put(w.getKey(), w.getValue().latency() == null ? null : w.getValue().latency().p99());
            }
        }
        if (serving.size() == 1) {
            tags.put(serving.keySet().iterator().next(), "the only one available enough");
            return tags;
        }
        String best = null;
        String worst = null;
        for (Map.Entry<String, Double> w : serving.entrySet()) {
            Double v = w.getValue();
            if (v == null || !Double.isFinite(v)) {
                continue;
            }
            if (best == null || v < serving.get(best)) {
                best = w.getKey();
            }
            if (worst == null || v > serving.get(worst)) {
                worst = w.getKey();
            }
        }
        if (best == null) {
            return tags;
        }
        // Compared as written, so two designs the card shows with the same p99 get the same words.
        String bestText = Decimals.sensible(serving.get(best));
        String worstText = Decimals.sensible(serving.get(worst));
        for (Map.Entry<String, Double> w : serving.entrySet()) {
            String text = w.getValue() == null ? null : Decimals.sensible(w.getValue());
            if (bestText.equals(worstText)) {
                tags.put(w.getKey(), "joint best p99");
            } else if (bestText.equals(text)) {
                tags.put(w.getKey(), "best p99");
            } else if (worstText.equals(text)) {
                tags.put(w.getKey(), "worst p99");
            }
        }
        return tags;
    }

    /**
     * The availability a design must keep for its p99 to be ranked: its strictest availability
     * objective, or {@link #SERVING} when it has none.
     */
    static double floor(String workload, List<Objective> objectives) {
        double floor = Double.NaN;
        for (Objective o : objectives) {
            if (o.workload().equals(workload) && o.figure() == ObjectiveFigure.AVAILABILITY) {
                floor = Double.isNaN(floor) ? o.limit() : Math.max(floor, o.limit());
            }
        }
        return Double.isNaN(floor) ? SERVING : floor;
    }

    /**
     * The latency sentence. A p99 of successful requests rewards a design that fails fast: a
     * design that refuses every slow request has a fine p99. So only designs that keep their
     * availability ({@link #floor}) are ranked on it, and the others are named as failing, with
     * their availability, instead of being called best.
     */
    private static void latency(List<String> lines, Map<String, WorkloadResult> workloads, List<Objective> objectives) {
        Map<String, WorkloadResult> serving = new LinkedHashMap<>();
        List<String> failing = new ArrayList<>();
        boolean anyObjective = objectives.stream().anyMatch(o -> o.figure() == ObjectiveFigure.AVAILABILITY);
        for (Map.Entry<String, WorkloadResult> w : workloads.entrySet()) {
            double floor = floor(w.getKey(), objectives);
            Double availability = w.getValue().availability();
            if (availability != null && availability >= floor) {
                serving.put(w.getKey(), w.getValue());
            } else {
                failing.add(w.getKey() + " (" + (availability == null ? "no request finished"
                        : Decimals.against(availability, floor, 2) + "% available, below " + Decimals.exact(floor, 2) + "%")
                        + ")");
            }
        }
        String among = anyObjective ? "designs that keep their availability objective (99% where none is set)"
                : "designs that answer at least 99% of requests";
        if (serving.isEmpty()) {
            lines.add("No design is ranked on p99 latency: every one fails, " + String.join(", ", failing) + ".");
            return;
        }
        if (serving.size() == 1) {
            Map.Entry<String, WorkloadResult> only = serving.entrySet().iterator().next();
            Double p99 = only.getValue().latency() == null ? null : only.getValue().latency().p99();
            lines.add("Only " + only.getKey() + " is among " + among + "; its p99 latency of successful requests is "
                    + Decimals.sensible(p99) + " ms.");
        } else {
            best(lines, serving, "p99 latency of successful requests, among " + among,
                    w -> w.latency() == null ? null : w.latency().p99(), false, v -> Decimals.sensible(v) + " ms");
        }
        if (!failing.isEmpty()) {
            lines.add("Failing, so not ranked on latency (their p99 counts only the requests that succeeded): "
                    + String.join(", ", failing) + ".");
        }
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
            // Named when few: the map may hold only the ranked designs, so "every workload" could be false.
            List<String> names = List.copyOf(workloads.keySet());
            String who = names.size() <= 3
                    ? String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1) + " have"
                    : "All " + names.size() + " designs have";
            lines.add(who + " the same " + what + " (" + format.apply(bestValue) + ").");
            return;
        }
        lines.add("Best " + what + ": " + best + " (" + format.apply(bestValue) + "); worst: " + worst
                + " (" + format.apply(worstValue) + ").");
    }
}
