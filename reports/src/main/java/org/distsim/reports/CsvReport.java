package org.distsim.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.core.result.WorkloadResult;

/**
 * Two CSV files (RFC 4180: a header row, comma separated, fields quoted when they hold a comma, a
 * quote or a line break, lines ending in CRLF as the RFC says) for spreadsheets and notebooks:
 * <ul>
 *   <li>{@link #timeSeries} — one row per report interval: {@code start_s}, {@code end_s},
 *       {@code warmup} (1 for an interval that starts before the warm-up ends), then every
 *       time-series column of the result under its JSON name ({@code workload.clients.p99_ms},
 *       {@code workload.clients.failed}, {@code node.server.queue}...), in the result's order. A
 *       column's unit and kind are those of its figure, as the summary's rows and the JSON
 *       result's catalog give them; the file itself stays one header row and numbers, so that a
 *       spreadsheet or a data frame reads every column as numbers;</li>
 *   <li>{@link #summary} — the summary in long form, one figure per row:
 *       {@code section,name,figure,value,unit,kind}, so that runs with different components share
 *       one layout: {@code run}, {@code workload}, {@code node}, {@code network}, {@code slo} and
 *       {@code warning} rows, in the order of the JSON document. {@code unit} and {@code kind} are
 *       the figure's declared unit and kind, empty for what is no figure (the seed, a warning).</li>
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
            for (TimeSeries.Column column : series.columns()) {
                header.add(column.key());
            }
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
            for (TimeSeries.Column column : series.columns()) {
                cells.add(Decimals.plain(column.values().get(i)));
            }
            row(out, cells);
        }
        return out.toString();
    }

    /** The summary, one figure per row: {@code section,name,figure,value}. */
    public static String summary(RunReport report) {
        RunResult r = report.result();
        StringBuilder out = new StringBuilder(4096);
        row(out, List.of("section", "name", "figure", "value", "unit", "kind"));
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
        count(out, "network", "", "sent", n.sent());
        count(out, "network", "", "delivered", n.delivered());
        count(out, "network", "", "dropped", n.dropped());
        n.droppedByReason().forEach((reason, count) -> count(out, "network", "", "dropped_by_reason." + reason, count));
        row(out, List.of("network", "", "in_flight", Long.toString(n.inFlight()), FigureCatalog.lower(Unit.ONE),
                FigureCatalog.lower(FigureKind.AMOUNT)));
        for (SloOutcome o : report.slos()) {
            String figure = o.objective().figure().key();
            String name = o.objective().workload();
            row(out, List.of("slo", name, figure + ".limit", number(o.objective().limit()), "", ""));
            row(out, List.of("slo", name, figure + ".actual", number(o.actual()), "", ""));
            row(out, List.of("slo", name, figure + ".held", Boolean.toString(o.held()), "", ""));
        }
        for (Finding f : report.findings()) {
            row(out, List.of("warning", f.subject(), f.kind(), f.message(), "", ""));
        }
        return out.toString();
    }

    private static void workload(StringBuilder out, String name, WorkloadResult w) {
        row(out, List.of("workload", name, "type", w.type(), "", ""));
        figure(out, "workload", name, WorkloadFigures.REQUESTS, "requests", w.requests());
        figure(out, "workload", name, WorkloadFigures.OK, "ok", w.ok());
        figure(out, "workload", name, WorkloadFigures.FAILED, "failed", w.failed());
        w.failedByReason().forEach((reason, count) ->
                figure(out, "workload", name, WorkloadFigures.FAILED, "failed_by_reason." + reason, count));
        figure(out, "workload", name, WorkloadFigures.UNKNOWN, "unknown", w.unknown());
        figure(out, "workload", name, WorkloadFigures.IN_FLIGHT, "in_flight", w.inFlight());
        figure(out, "workload", name, WorkloadFigures.ERRORS, "errors", w.errors());
        figure(out, "workload", name, WorkloadFigures.AVAILABILITY, "availability", w.availability());
        figure(out, "workload", name, WorkloadFigures.THROUGHPUT, "throughput_rps", w.throughputRps());
        LatencySummary l = Missing.orEmpty(w.latency());
        figure(out, "workload", name, WorkloadFigures.OK, "latency_ms.count", l.count());
        Double[] latency = {l.mean(), l.p50(), l.p95(), l.p99(), l.p999(), l.max()};
        for (int i = 0; i < latency.length; i++) {
            FigureSpec spec = WorkloadFigures.LATENCY.get(i);
            figure(out, "workload", name, spec, "latency_ms." + spec.name(), latency[i]);
        }
        for (Figure figure : w.figures()) {
            figure(out, "workload", name, figure.spec(), "figures." + figure.key(), figure.value());
        }
    }

    private static void node(StringBuilder out, String name, NodeResult node) {
        row(out, List.of("node", name, "type", node.type(), "", ""));
        for (Figure figure : node.figures()) {
            figure(out, "node", name, figure.spec(), figure.key(), figure.value());
        }
    }

    private static void run(StringBuilder out, String figure, String value) {
        row(out, List.of("run", "", figure, value, "", ""));
    }

    private static void figure(StringBuilder out, String section, String name, FigureSpec spec, String key,
            Number value) {
        row(out, List.of(section, name, key, number(value), FigureCatalog.lower(spec.unit()),
                FigureCatalog.lower(spec.kind())));
    }

    /** A message count of the network: a count of plain things. */
    private static void count(StringBuilder out, String section, String name, String key, long value) {
        row(out, List.of(section, name, key, Long.toString(value), FigureCatalog.lower(Unit.ONE),
                FigureCatalog.lower(FigureKind.COUNT)));
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
