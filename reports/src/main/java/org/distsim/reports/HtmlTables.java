package org.distsim.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.core.facts.Marker;
import org.distsim.core.facts.MarkerKind;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;

/**
 * The HTML report's text parts: the run's header, the warnings, the objectives, the summary tables
 * (every figure of every workload and node, like the console report) and the timeline. Every name
 * and label is escaped; numbers go through {@link Decimals}, as in the console report.
 */
final class HtmlTables {

    private HtmlTables() {
    }

    static void meta(StringBuilder out, RunResult r) {
        StopReason stop = Missing.orCompleted(r.stop());
        out.append("<table class=\"meta\">\n");
        metaRow(out, "seed", Long.toString(r.seed()));
        if (r.replication() != 0) {
            metaRow(out, "replication", Integer.toString(r.replication()));
        }
        metaRow(out, "simulated", Decimals.seconds(r.durationNanos()) + " (warm-up " + Decimals.seconds(r.warmupNanos())
                + ", measured " + Decimals.seconds(r.measuredNanos()) + ")");
        metaRow(out, "events", Long.toString(r.events()));
        metaRow(out, "stop", Missing.stopKind(stop.kind()) + ": " + stop.message());
        out.append("</table>\n");
        String warning = TextReport.warning(stop);
        if (warning != null) {
            out.append("<div class=\"warn\">").append(Svg.escape(warning)).append("</div>\n");
        }
    }

    private static void metaRow(StringBuilder out, String key, String value) {
        out.append("<tr><td>").append(key).append("</td><td>").append(Svg.escape(value)).append("</td></tr>\n");
    }

    static void findings(StringBuilder out, RunReport report) {
        for (Finding f : report.findings()) {
            out.append("<div class=\"").append(f.isUnstable() ? "warn" : "note").append("\">")
                    .append(Svg.escape(f.isUnstable() ? f.message() : "Warning: " + f.message())).append("</div>\n");
        }
    }

    static void slos(StringBuilder out, List<SloOutcome> slos) {
        if (slos.isEmpty()) {
            return;
        }
        long broken = slos.stream().filter(o -> !o.held()).count();
        out.append("<h2>Service-level objectives: ").append(broken == 0 ? "all held" : broken + " of " + slos.size()
                + " broken").append("</h2>\n<table>\n<tr><th>result</th><th class=\"l\">workload</th><th class=\"l\">objective</th>"
                + "<th>measured</th></tr>\n");
        for (SloOutcome o : slos) {
            out.append("<tr><td class=\"").append(o.held() ? "pass\">PASS" : "fail\">FAIL").append("</td><td class=\"l\">")
                    .append(Svg.escape(o.objective().workload())).append("</td><td class=\"l\">")
                    .append(Svg.escape(o.bound())).append("</td><td>")
                    .append(Svg.escape(o.actualText())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    static void tables(StringBuilder out, RunReport report) {
        RunResult r = report.result();
        out.append("<h2 id=\"summary\">Summary</h2>\n");
        if (!r.workloads().isEmpty()) {
            out.append("<h3>Workloads (requests issued after the warm-up; latency of successful requests in ms)</h3>\n")
                    .append("<div class=\"scroll\"><table>\n<tr><th>workload</th><th>requests</th><th>ok</th>"
                            + "<th>failed</th><th>unknown</th><th>in flight</th><th>availability</th><th>req/s</th>"
                            + "<th>mean</th><th>p50</th><th>p95</th><th>p99</th><th>p99.9</th><th>max</th></tr>\n");
            r.workloads().forEach((name, w) -> {
                LatencySummary l = Missing.orEmpty(w.latency());
                row(out, List.of(name, Long.toString(w.requests()), Long.toString(w.ok()), Long.toString(w.failed()),
                        Long.toString(w.unknown()), Long.toString(w.inFlight()), Decimals.percent(w.availability(), 3),
                        Decimals.fixed(w.throughputRps(), 1), Decimals.significant(l.mean()),
                        Decimals.significant(l.p50()), Decimals.significant(l.p95()), Decimals.significant(l.p99()),
                        Decimals.significant(l.p999()), Decimals.significant(l.max())));
            });
            out.append("</table></div>\n");
            r.workloads().forEach((name, w) -> {
                if (!w.failedByReason().isEmpty()) {
                    List<String> parts = new ArrayList<>();
                    w.failedByReason().forEach((reason, count) -> parts.add(reason + " " + count));
                    out.append("<p>").append(Svg.escape(name)).append(" failures by reason: ")
                            .append(Svg.escape(String.join(", ", parts))).append("</p>\n");
                }
            });
            figureTable(out, "Workload figures", "workload", r.workloads().keySet(),
                    name -> r.workloads().get(name).figures());
        }
        Map<String, Map<String, NodeResult>> byType = new LinkedHashMap<>();
        r.nodes().forEach((name, node) -> byType.computeIfAbsent(node.type(), t -> new LinkedHashMap<>()).put(name, node));
        byType.forEach((type, group) -> figureTable(out, "Nodes of type " + type, "node", group.keySet(),
                name -> group.get(name).figures()));
        NetworkResult n = Missing.orEmpty(r.network());
        out.append("<h3>Network (whole run)</h3>\n<table>\n<tr><th>sent</th><th>delivered</th><th>dropped</th>"
                + "<th>in flight</th></tr>\n");
        List<String> cells = List.of(Long.toString(n.sent()), Long.toString(n.delivered()), Long.toString(n.dropped()),
                Long.toString(n.inFlight()));
        out.append("<tr>");
        for (String c : cells) {
            out.append("<td>").append(c).append("</td>");
        }
        out.append("</tr>\n</table>\n");
        if (!n.droppedByReason().isEmpty()) {
            List<String> parts = new ArrayList<>();
            n.droppedByReason().forEach((reason, count) -> parts.add(reason + " " + count));
            out.append("<p>dropped by reason: ").append(Svg.escape(String.join(", ", parts))).append("</p>\n");
        }
    }

    /**
     * The figures of a group as {@link CompactFigures} tables: single figures that are headlines or
     * non-zero somewhere, then the per-peer figures one row per name and peer; headers are human
     * labels with units, so a table fits the page instead of growing a column per peer.
     */
    private static void figureTable(StringBuilder out, String title, String first, Set<String> names,
            java.util.function.Function<String, FigureValues> figuresOf) {
        Map<String, FigureValues> byName = new LinkedHashMap<>();
        names.forEach(name -> byName.put(name, figuresOf.apply(name)));
        CompactFigures.Table singles = CompactFigures.singles(first, byName, CompactFigures::html);
        CompactFigures.Table families = CompactFigures.families(first, byName, CompactFigures::html);
        if (singles.rows().isEmpty() && families.rows().isEmpty()) {
            return;
        }
        out.append("<h3>").append(Svg.escape(title)).append(" (after the warm-up)</h3>\n");
        if (!singles.rows().isEmpty()) {
            HtmlPage.table(out, singles.headers(), singles.rows());
        }
        if (!families.rows().isEmpty()) {
            HtmlPage.table(out, families.headers(), families.rows());
        }
    }

    static void timeline(StringBuilder out, List<Marker> markers) {
        if (markers.isEmpty()) {
            return;
        }
        out.append("<h2 id=\"timeline\">Timeline</h2>\n<table>\n<tr><th>time</th><th class=\"l\">kind</th><th class=\"l\">what</th></tr>\n");
        for (Marker m : markers) {
            out.append("<tr><td>").append(Decimals.seconds(m.atNanos())).append("</td><td class=\"l\">")
                    .append(m.kind() == MarkerKind.FAULT ? "fault" : "note").append("</td><td class=\"l\">").append(Svg.escape(m.label())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append("<tr>");
        for (String c : cells) {
            out.append("<td>").append(Svg.escape(c)).append("</td>");
        }
        out.append("</tr>\n");
    }
}
