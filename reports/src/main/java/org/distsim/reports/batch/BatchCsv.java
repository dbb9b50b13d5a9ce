package org.distsim.reports.batch;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The estimates of replications or of a sweep as one CSV table, a row per figure (and per design
 * point): the swept parameters' values, then {@code scope,name,figure,n,mean,half_width,low,high,sd,min,max}.
 * {@code scope} is {@code workload}, {@code pooled} (the merged-histogram latency of a workload;
 * only {@code mean} is filled) or {@code node}. Numbers are written by Jackson's Schubfach writer,
 * the shortest text that reads back as the same double, identical on every JDK; undefined figures
 * are empty; {@code .} is the decimal point; lines end with {@code \n} (RFC 4180 quoting where needed).
 */
public final class BatchCsv {

    private static final List<String> COLUMNS =
            List.of("scope", "name", "figure", "n", "mean", "half_width", "low", "high", "sd", "min", "max");

    private BatchCsv() {
    }

    /** The CSV of replications of one configuration. */
    public static String render(ReplicationSummary summary) {
        StringBuilder out = new StringBuilder(4096);
        line(out, COLUMNS);
        rows(out, List.of(), summary);
        return out.toString();
    }

    /** The CSV of a sweep: one block of rows per design point, the parameters' values first. */
    public static String render(SweepResult sweep) {
        StringBuilder out = new StringBuilder(16384);
        List<String> header = new ArrayList<>(sweep.parameters());
        header.addAll(COLUMNS);
        line(out, header);
        for (SweepResult.Point point : sweep.points()) {
            rows(out, point.values(), point.summary());
        }
        return out.toString();
    }

    private static void rows(StringBuilder out, List<String> prefix, ReplicationSummary s) {
        for (Map.Entry<String, ReplicationSummary.Workload> w : s.workloads().entrySet()) {
            w.getValue().figures().forEach((figure, e) -> estimate(out, prefix, "workload", w.getKey(), figure, e));
            var pooled = w.getValue().pooledLatency();
            if (pooled != null && pooled.count() > 0) {
                Double[] values = {pooled.mean(), pooled.p50(), pooled.p95(), pooled.p99(), pooled.p999(), pooled.max()};
                for (int i = 0; i < values.length; i++) {
                    List<String> row = new ArrayList<>(prefix);
                    row.addAll(List.of("pooled", w.getKey(), "latency_ms." + RunFigures.LATENCY[i],
                            Long.toString(pooled.count()), number(values[i]), "", "", "", "", "", ""));
                    line(out, row);
                }
            }
        }
        for (Map.Entry<String, ReplicationSummary.Node> n : s.nodes().entrySet()) {
            n.getValue().figures().forEach((figure, e) -> estimate(out, prefix, "node", n.getKey(), figure, e));
        }
    }

    private static void estimate(StringBuilder out, List<String> prefix, String scope, String name, String figure,
            Estimate e) {
        List<String> row = new ArrayList<>(prefix);
        row.addAll(List.of(scope, name, figure, Integer.toString(e.n()), number(e.mean()), number(e.halfWidth()),
                number(e.low()), number(e.high()), number(e.sd()), number(e.min()), number(e.max())));
        line(out, row);
    }

    static String number(Double value) {
        return value == null || !Double.isFinite(value) ? "" : NumberOutput.toString(value, true);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append('\n');
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
