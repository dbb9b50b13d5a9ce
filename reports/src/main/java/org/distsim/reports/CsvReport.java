package org.distsim.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;

/**
 * Two CSV files (RFC 4180: a header row, comma separated, fields quoted when they hold a comma, a
 * quote or a line break, lines ending in CRLF as the RFC says) for spreadsheets and notebooks:
 * <ul>
 *   <li>{@link #timeSeries} — one row per report interval: {@code start_s}, {@code end_s},
 *       {@code warmup} (1 for an interval that starts before the warm-up ends), then every
 *       time-series column of the result under its JSON name ({@code workload.clients.p99_ms},
 *       {@code workload.clients.failed}, {@code node.server.queue}...), in the result's order;</li>
 *   <li>{@link #summary} — the summary in long form, one figure per row:
 *       {@code section,name,figure,value}, so that runs with different components share one
 *       layout: {@code run}, {@code workload}, {@code node}, {@code network}, {@code slo} and
 *       {@code warning} rows, in the order of the JSON document.</li>
 * </ul>
 * Doubles are written as the shortest decimal that reads back as the same double, in plain
 * notation ({@link Decimals#plain}); undefined values are empty fields. Column order is stable:
 * it follows the result, never a hash order.
 */
public final class CsvReport {

    private static final String EOL = "\r\n";

    private CsvReport() {
    }

    /** The time series, one row per interval; only a header row when the run recorded none. */
    public static String timeSeries(RunResult result) {
        StringBuilder out = new StringBuilder(16384);
        TimeSeries series = result.series();
        List<String> header = new ArrayList<>(List.of("start_s", "end_s", "warmup"));
        if (series != null) {
            header.addAll(series.columns().keySet());
        }
        row(out, header);
        if (series == null) {
            return out.toString();
        }
        List<Long> starts = series.startNanos();
        for (int i = 0; i < starts.size(); i++) {
            long start = starts.get(i);
            long end = Math.min(start + series.intervalNanos(), Math.max(start, result.durationNanos()));
            List<String> cells = new ArrayList<>(header.size());
            cells.add(seconds(start));
            cells.add(seconds(end));
            cells.add(start < result.warmupNanos() ? "1" : "0");
            for (List<Double> column : series.columns().values()) {
                cells.add(Decimals.plain(column.get(i)));
            }
            row(out, cells);
        }
        return out.toString();
    }

    /** The summary, one figure per row: {@code section,name,figure,value}. */
    public static String summary(RunReport report) {
        RunResult r = report.result();
        StringBuilder out = new StringBuilder(4096);
        row(out, List.of("section", "name", "figure", "value"));
        run(out, "scenario", r.scenario());
        run(out, "seed", Long.toString(r.seed()));
        run(out, "replication", Integer.toString(r.replication()));
        run(out, "duration_s", seconds(r.durationNanos()));
        run(out, "warmup_s", seconds(r.warmupNanos()));
        run(out, "events", Long.toString(r.events()));
        run(out, "stop", Missing.stopKind(Missing.orCompleted(r.stop()).kind()));
        run(out, "reproduce", report.reproduceCommand());
        r.workloads().forEach((name, w) -> workload(out, name, w));
        r.nodes().forEach((name, node) -> node(out, name, node));
        NetworkResult n = Missing.orEmpty(r.network());
        figure(out, "network", "", "sent", n.sent());
        figure(out, "network", "", "delivered", n.delivered());
        figure(out, "network", "", "dropped", n.dropped());
        n.droppedByReason().forEach((reason, count) -> figure(out, "network", "", "dropped_by_reason." + reason, count));
        figure(out, "network", "", "in_flight", n.inFlight());
        for (SloOutcome o : report.slos()) {
            String figure = o.objective().figure().key();
            String name = o.objective().workload();
            figure(out, "slo", name, figure + ".limit", o.objective().limit());
            figure(out, "slo", name, figure + ".actual", o.actual());
            row(out, List.of("slo", name, figure + ".held", Boolean.toString(o.held())));
        }
        for (Finding f : report.findings()) {
            row(out, List.of("warning", f.subject(), f.kind(), f.message()));
        }
        return out.toString();
    }

    private static void workload(StringBuilder out, String name, WorkloadResult w) {
        figure(out, "workload", name, "requests", w.requests());
        figure(out, "workload", name, "ok", w.ok());
        figure(out, "workload", name, "failed", w.failed());
        w.failedByReason().forEach((reason, count) -> figure(out, "workload", name, "failed_by_reason." + reason, count));
        figure(out, "workload", name, "unknown", w.unknown());
        figure(out, "workload", name, "in_flight", w.inFlight());
        figure(out, "workload", name, "errors", w.errors());
        figure(out, "workload", name, "availability", w.availability());
        figure(out, "workload", name, "throughput_rps", w.throughputRps());
        LatencySummary l = Missing.orEmpty(w.latency());
        figure(out, "workload", name, "latency_ms.count", l.count());
        figure(out, "workload", name, "latency_ms.mean", l.mean());
        figure(out, "workload", name, "latency_ms.p50", l.p50());
        figure(out, "workload", name, "latency_ms.p95", l.p95());
        figure(out, "workload", name, "latency_ms.p99", l.p99());
        figure(out, "workload", name, "latency_ms.p999", l.p999());
        figure(out, "workload", name, "latency_ms.max", l.max());
        w.figures().forEach((figure, value) -> figure(out, "workload", name, "figures." + figure, value));
    }

    private static void node(StringBuilder out, String name, NodeResult node) {
        row(out, List.of("node", name, "type", node.type()));
        node.figures().forEach((figure, value) -> figure(out, "node", name, figure, value));
    }

    private static void run(StringBuilder out, String figure, String value) {
        row(out, List.of("run", "", figure, value));
    }

    private static void figure(StringBuilder out, String section, String name, String figure, Number value) {
        row(out, List.of(section, name, figure, number(value)));
    }

    /** Integers exactly, floating-point values through {@link Decimals#plain}, null as an empty field. */
    static String number(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return Decimals.plain(value.doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static String seconds(long nanos) {
        BigDecimal seconds = BigDecimal.valueOf(nanos, 9).stripTrailingZeros();
        return seconds.signum() == 0 ? "0" : seconds.toPlainString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append(EOL);
    }

    /** A field, quoted (with quotes doubled) when it holds a comma, a quote, a line break or edge spaces. */
    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || (!value.isEmpty() && (value.charAt(0) == ' '
                        || value.charAt(value.length() - 1) == ' '));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
