package org.distsim.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.core.result.WorkloadResult;

/**
 * The console report of one run, for a person at a terminal: a header, a table of workloads (and,
 * when some workload registered figures of its own, a table of those), one table of nodes per
 * component type, the network's message counts, a warning when a limit stopped
 * the run, and the command that reproduces it.
 *
 * <p>Latencies are in milliseconds with three significant digits, availability in percent with 3 decimals,
 * throughput in successful requests per simulated second with 1 decimal; undefined figures print
 * as {@code -}. The text is plain ASCII apart from the names the scenario chose, its lines end with
 * {@code \n}, and it is the same on every JDK and in every locale (see the package documentation).
 * Unlike the JSON document its layout is not a contract.
 */
public final class TextReport {

    /** Lines are kept within this many characters; wider tables are split (see {@link TextTable}). */
    public static final int MAX_WIDTH = 100;

    private static final int PERCENT_DECIMALS = 3;
    private static final int THROUGHPUT_DECIMALS = 1;
    private static final String INDENT = "  ";

    private TextReport() {
    }

    /**
     * Renders {@code result}.
     *
     * @param reproduceCommand the shell command that reruns this exact run, such as
     *                         {@code ./distsim run scenarios/cache.yaml --seed 42}; the report ends
     *                         with {@code reproduce with: <reproduceCommand>}
     */
    public static String render(RunResult result, String reproduceCommand) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reproduceCommand, "reproduceCommand");
        return render(RunReport.of(result, reproduceCommand), false);
    }

    /**
     * Renders a report with its objectives and findings.
     *
     * @param ansi  colour PASS, FAIL and UNSTABLE with ANSI escape codes: only for a terminal
     *              (the caller decides, and honours {@code NO_COLOR}); plain text otherwise
     */
    public static String render(RunReport report, boolean ansi) {
        RunResult result = report.result();
        StringBuilder out = new StringBuilder(4096);
        header(out, result);
        findings(out, report.findings(), ansi);
        out.append('\n');
        workloads(out, result);
        out.append('\n');
        nodes(out, result.nodes());
        network(out, result.network());
        slos(out, report.slos(), ansi);
        StopReason stop = Missing.orCompleted(result.stop());
        if (!stop.isCompleted()) {
            out.append('\n').append(warning(stop)).append('\n');
        }
        out.append('\n').append("reproduce with: ").append(report.reproduceCommand()).append('\n');
        return out.toString();
    }

    /** Overload first, so no mean below is read without it; then warm-up warnings. */
    private static void findings(StringBuilder out, List<Finding> findings, boolean ansi) {
        if (findings.isEmpty()) {
            return;
        }
        out.append('\n');
        for (Finding finding : findings) {
            String text = finding.isUnstable() ? finding.message() : "WARNING: " + finding.message();
            StringBuilder wrapped = new StringBuilder();
            wrapped(wrapped, "", List.of(text.split(" ")), " ");
            String line = wrapped.substring(0, wrapped.length() - 1);
            out.append(ansi ? colour(RED, line) : line).append('\n');
        }
    }

    /** One line per objective: PASS or FAIL, the workload, the bound and the figure measured. */
    private static void slos(StringBuilder out, List<SloOutcome> slos, boolean ansi) {
        if (slos.isEmpty()) {
            return;
        }
        long broken = slos.stream().filter(o -> !o.held()).count();
        out.append('\n').append("service-level objectives: ")
                .append(broken == 0 ? "all " + slos.size() + " held" : broken + " of " + slos.size() + " broken")
                .append('\n');
        int nameWidth = 0;
        int boundWidth = 0;
        for (SloOutcome o : slos) {
            nameWidth = Math.max(nameWidth, o.objective().workload().codePointCount(0, o.objective().workload().length()));
            boundWidth = Math.max(boundWidth, o.bound().length());
        }
        for (SloOutcome o : slos) {
            String verdict = o.held() ? "PASS" : "FAIL";
            String workload = o.objective().workload();
            out.append(INDENT).append(ansi ? colour(o.held() ? GREEN : RED, verdict) : verdict).append("  ")
                    .append(workload).append(" ".repeat(nameWidth - workload.codePointCount(0, workload.length()) + 2))
                    .append(o.bound())
                    .append(" ".repeat(boundWidth - o.bound().length() + 2))
                    .append("measured ").append(o.actualText()).append('\n');
        }
    }

    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[1;31m";

    private static String colour(String code, String text) {
        return code + text + "\u001b[0m";
    }

    /**
     * The one-line warning for a run that a limit stopped early, or {@code null} when it completed;
     * the CLI prints it to stderr as well, so it is seen even when stdout goes to a file.
     */
    public static String warning(StopReason stop) {
        if (stop == null || stop.isCompleted()) {
            return null;
        }
        return "WARNING: the run was stopped early (" + Missing.stopKind(stop.kind()) + "): " + stop.message()
                + "; every figure covers only the simulated time before the stop";
    }

    private static void header(StringBuilder out, RunResult result) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"scenario", result.scenario()});
        lines.add(new String[] {"seed", Long.toString(result.seed())});
        if (result.replication() != 0) {
            lines.add(new String[] {"replication", Integer.toString(result.replication())});
        }
        lines.add(new String[] {"simulated", Decimals.seconds(result.durationNanos())
                + " (warm-up " + Decimals.seconds(result.warmupNanos())
                + ", measured " + Decimals.seconds(result.measuredNanos()) + ")"});
        lines.add(new String[] {"events", Long.toString(result.events())});
        int width = 0;
        for (String[] line : lines) {
            width = Math.max(width, line[0].length());
        }
        for (String[] line : lines) {
            out.append(line[0]).append(" ".repeat(width - line[0].length() + 2)).append(line[1]).append('\n');
        }
    }

    private static void workloads(StringBuilder out, RunResult result) {
        Map<String, WorkloadResult> workloads = result.workloads();
        if (workloads.isEmpty()) {
            out.append("workloads: none\n");
            return;
        }
        out.append("workloads (issued after the warm-up; avail = ok / finished; latency of successful requests in ms)\n");
        TextTable table = new TextTable(List.of("workload", "requests", "ok", "failed", "unknown", "avail",
                "req/s", "mean", "p50", "p95", "p99", "p99.9", "max"));
        workloads.forEach((name, w) -> {
            List<String> row = new ArrayList<>(List.of(name, Long.toString(w.requests()), Long.toString(w.ok()),
                    Long.toString(w.failed()), Long.toString(w.unknown()),
                    Decimals.percent(w.availability(), PERCENT_DECIMALS),
                    Decimals.fixed(w.throughputRps(), THROUGHPUT_DECIMALS)));
            row.addAll(latencyCells(w.latency()));
            table.row(row);
        });
        table.appendTo(out, INDENT, MAX_WIDTH);
        failures(out, workloads);
        inFlight(out, workloads);
        workloadFigures(out, workloads);
    }

    /** mean, p50, p95, p99, p99.9 and max in ms; all {@code -} when no request succeeded. */
    private static List<String> latencyCells(LatencySummary summary) {
        LatencySummary latency = Missing.orEmpty(summary);
        return List.of(millis(latency.mean()), millis(latency.p50()), millis(latency.p95()),
                millis(latency.p99()), millis(latency.p999()), millis(latency.max()));
    }

    /** Three significant digits (whole milliseconds from 100 ms on): a tail read at a glance, and the table fits 100 columns. */
    private static String millis(Double value) {
        return Decimals.significant(value);
    }

    private static void failures(StringBuilder out, Map<String, WorkloadResult> workloads) {
        Map<String, String> lines = new LinkedHashMap<>();
        workloads.forEach((name, w) -> {
            if (!w.failedByReason().isEmpty()) {
                lines.put(name, counts(w.failedByReason()));
            }
        });
        if (lines.isEmpty()) {
            return;
        }
        out.append('\n').append("failures by reason\n");
        int width = lines.keySet().stream().mapToInt(name -> name.codePointCount(0, name.length())).max().orElse(0);
        lines.forEach((name, reasons) -> out.append(INDENT).append(name)
                .append(" ".repeat(width - name.codePointCount(0, name.length()) + 2)).append(reasons).append('\n'));
    }

    private static void inFlight(StringBuilder out, Map<String, WorkloadResult> workloads) {
        List<String> parts = new ArrayList<>();
        workloads.forEach((name, w) -> {
            if (w.inFlight() > 0) {
                parts.add(name + " " + w.inFlight());
            }
        });
        if (!parts.isEmpty()) {
            out.append('\n');
            wrapped(out, "still in flight at the end (not counted in availability): ", parts);
        }
    }

    /** {@code lead} and the parts joined by commas, wrapped within {@link #MAX_WIDTH}, continued indented. */
    private static void wrapped(StringBuilder out, String lead, List<String> parts) {
        wrapped(out, lead, parts, ",");
    }

    /** As {@link #wrapped(StringBuilder, String, List)}, with {@code separator} after every part but the last. */
    private static void wrapped(StringBuilder out, String lead, List<String> parts, String separator) {
        String sep = separator.strip();
        StringBuilder line = new StringBuilder(lead);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i) + (i < parts.size() - 1 ? sep : "");
            if (line.length() + 1 + part.length() > MAX_WIDTH && line.length() > lead.length()) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(INDENT).append(part);
            } else {
                line.append(line.length() == lead.length() ? "" : " ").append(part);
            }
        }
        out.append(line).append('\n');
    }

    /**
     * The figures workloads registered of their own (reads, stale reads...), compactly: only those
     * that are headlines or non-zero somewhere ({@link CompactFigures}); nothing when none is.
     */
    private static void workloadFigures(StringBuilder out, Map<String, WorkloadResult> workloads) {
        Map<String, FigureValues> byName = new LinkedHashMap<>();
        workloads.forEach((name, w) -> byName.put(name, w.figures()));
        CompactFigures.Table singles = CompactFigures.singles("workload", byName, CompactFigures::text);
        CompactFigures.Table families = CompactFigures.families("workload", byName, CompactFigures::text);
        if (singles.rows().isEmpty() && families.rows().isEmpty()) {
            return;
        }
        out.append('\n').append("workload figures (after the warm-up; only those not zero)\n");
        append(out, singles, families);
    }

    /**
     * Nodes grouped by component type, in order of first appearance: per type, a table of the
     * figures that are headlines or non-zero somewhere, and a table of the per-peer figures (calls
     * to each dependency, requests to each backend), one row per node and peer.
     */
    private static void nodes(StringBuilder out, Map<String, NodeResult> nodes) {
        if (nodes.isEmpty()) {
            out.append("nodes: none\n\n");
            return;
        }
        Map<String, Map<String, FigureValues>> byType = new LinkedHashMap<>();
        nodes.forEach((name, node) -> byType.computeIfAbsent(node.type(), t -> new LinkedHashMap<>())
                .put(name, node.figures()));
        byType.forEach((type, group) -> {
            out.append("nodes of type ").append(type).append('\n');
            CompactFigures.Table singles = CompactFigures.singles("node", group, CompactFigures::text);
            CompactFigures.Table families = CompactFigures.families("node", group, CompactFigures::text);
            if (singles.rows().isEmpty() && families.rows().isEmpty()) {
                out.append(INDENT).append("every figure is zero: ").append(String.join(", ", group.keySet())).append('\n');
            }
            append(out, singles, families);
            out.append('\n');
        });
    }

    /** The single figures' table, then, after an empty line, the per-peer one; each when it has rows. */
    private static void append(StringBuilder out, CompactFigures.Table singles, CompactFigures.Table families) {
        if (!singles.rows().isEmpty()) {
            table(singles).appendTo(out, INDENT, MAX_WIDTH);
        }
        if (!families.rows().isEmpty()) {
            if (!singles.rows().isEmpty()) {
                out.append('\n');
            }
            table(families).appendTo(out, INDENT, MAX_WIDTH);
        }
    }

    private static TextTable table(CompactFigures.Table compact) {
        TextTable table = new TextTable(compact.headers());
        compact.rows().forEach(table::row);
        return table;
    }

    private static void network(StringBuilder out, NetworkResult result) {
        NetworkResult network = Missing.orEmpty(result);
        out.append("network: sent ").append(network.sent())
                .append(", delivered ").append(network.delivered())
                .append(", dropped ").append(network.dropped());
        if (!network.droppedByReason().isEmpty()) {
            out.append(" (").append(counts(network.droppedByReason())).append(')');
        }
        out.append(", in flight ").append(network.inFlight()).append('\n');
    }

    /** {@code reason count, reason count}, in the map's (sorted) order; a reason prints as its key. */
    private static String counts(Map<?, Long> byReason) {
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, count) -> parts.add(reason + " " + count));
        return String.join(", ", parts);
    }
}
