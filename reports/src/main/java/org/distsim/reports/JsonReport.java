package org.distsim.reports;

import static org.distsim.reports.JsonDocument.number;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.distsim.core.figure.Figure;
import org.distsim.core.result.Curve;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;

/**
 * The JSON document of one run: the stable, documented format for scripts and CI
 * ({@code docs/result-json.md}, schema in {@code docs/schema/result.schema.json}).
 *
 * <p>The document is written key by key with a streaming generator, so its key names and order
 * are fixed here and nowhere else. Counters are JSON integers; durations are seconds computed as
 * {@code nanos / 1e9}; latencies are milliseconds; a figure that is undefined (and any NaN or
 * infinite value) is {@code null}. How numbers and text are written (the same bytes on every JDK,
 * {@code \n} line ends, a final newline) is {@link JsonDocument}'s, shared with the batch documents.
 */
public final class JsonReport {

    /** Bumped only when a key is renamed or removed or its meaning changes; additions keep it. */
    public static final int SCHEMA_VERSION = 1;

    private JsonReport() {
    }

    /** Renders {@code result} as a pretty-printed JSON document ending with a newline. */
    public static String render(RunResult result) {
        Objects.requireNonNull(result, "result");
        return render(RunReport.of(result, ""));
    }

    /** Renders a report: the result, then its objectives checked and the warnings about it. */
    public static String render(RunReport report) {
        return JsonDocument.render("result", 8192, g -> document(g, report));
    }

    private static void document(JsonGenerator g, RunReport report) throws IOException {
        RunResult r = report.result();
        g.writeStartObject();
        g.writeNumberField("schema_version", SCHEMA_VERSION);
        g.writeStringField("scenario", r.scenario());
        g.writeNumberField("seed", r.seed());
        g.writeNumberField("replication", r.replication());
        g.writeNumberField("duration_s", seconds(r.durationNanos()));
        g.writeNumberField("warmup_s", seconds(r.warmupNanos()));
        g.writeNumberField("events", r.events());
        stop(g, r.stop());
        g.writeObjectFieldStart("workloads");
        for (Map.Entry<String, WorkloadResult> e : r.workloads().entrySet()) {
            workload(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("nodes");
        for (Map.Entry<String, NodeResult> e : r.nodes().entrySet()) {
            node(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        curves(g, r.nodes());
        network(g, r.network());
        timeSeries(g, r.series());
        slos(g, report.slos());
        warnings(g, report.findings());
        JsonDocument.catalog(g, FigureCatalog.of(r));
        g.writeEndObject();
    }

    private static void slos(JsonGenerator g, List<SloOutcome> slos) throws IOException {
        g.writeArrayFieldStart("slo");
        for (SloOutcome o : slos) {
            g.writeStartObject();
            g.writeStringField("workload", o.objective().workload());
            g.writeStringField("figure", o.objective().figure().key());
            g.writeStringField("bound", o.objective().isUpperBound() ? "at_most" : "at_least");
            number(g, "limit", o.objective().limit());
            number(g, "actual", o.actual());
            g.writeBooleanField("held", o.held());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void warnings(JsonGenerator g, List<Finding> findings) throws IOException {
        g.writeArrayFieldStart("warnings");
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("kind", f.kind());
            g.writeStringField("subject", f.subject());
            g.writeStringField("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void stop(JsonGenerator g, StopReason stop) throws IOException {
        StopReason s = Missing.orCompleted(stop);
        g.writeObjectFieldStart("stop");
        g.writeStringField("kind", Missing.stopKind(s.kind()));
        g.writeStringField("message", s.message());
        g.writeEndObject();
    }

    private static void workload(JsonGenerator g, String name, WorkloadResult w) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("type", w.type());
        g.writeNumberField("requests", w.requests());
        g.writeNumberField("ok", w.ok());
        g.writeNumberField("failed", w.failed());
        counts(g, "failed_by_reason", w.failedByReason());
        g.writeNumberField("unknown", w.unknown());
        g.writeNumberField("in_flight", w.inFlight());
        g.writeNumberField("errors", w.errors());
        number(g, "availability", w.availability());
        number(g, "throughput_rps", w.throughputRps());
        JsonDocument.latency(g, "latency_ms", w.latency());
        g.writeObjectFieldStart("figures");
        for (Figure figure : w.figures()) {
            g.writeFieldName(figure.key());
            figure(g, figure.value());
        }
        g.writeEndObject();
        g.writeEndObject();
    }


    private static void node(JsonGenerator g, String name, NodeResult node) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("type", node.type());
        for (Figure figure : node.figures()) {
            if (figure.key().equals("type")) {
                throw new IllegalStateException("node '" + name + "' records a figure named 'type', a key the"
                        + " result JSON reserves for the component type; rename the figure in the component");
            }
            g.writeFieldName(figure.key());
            figure(g, figure.value());
        }
        g.writeEndObject();
    }

    /** The nodes' probability curves, by node in the scenario's order; only nodes that recorded one. */
    private static void curves(JsonGenerator g, Map<String, NodeResult> nodes) throws IOException {
        g.writeObjectFieldStart("curves");
        for (Map.Entry<String, NodeResult> e : nodes.entrySet()) {
            if (e.getValue().curves().isEmpty()) {
                continue;
            }
            g.writeObjectFieldStart(e.getKey());
            for (Curve curve : e.getValue().curves()) {
                g.writeObjectFieldStart(curve.spec().name());
                g.writeStringField("label", curve.spec().label());
                g.writeStringField("x", curve.spec().xLabel());
                g.writeStringField("y", curve.spec().yLabel());
                g.writeArrayFieldStart("points");
                for (Curve.Point point : curve.points()) {
                    g.writeStartObject();
                    number(g, "from_ms", point.fromNanos() / 1e6);
                    if (point.unbounded()) {
                        g.writeNullField("to_ms");
                    } else {
                        number(g, "to_ms", point.toNanos() / 1e6);
                    }
                    g.writeNumberField("samples", point.samples());
                    g.writeNumberField("hits", point.hits());
                    number(g, "probability", point.probability());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void network(JsonGenerator g, NetworkResult network) throws IOException {
        NetworkResult n = Missing.orEmpty(network);
        g.writeObjectFieldStart("network");
        g.writeNumberField("sent", n.sent());
        g.writeNumberField("delivered", n.delivered());
        g.writeNumberField("dropped", n.dropped());
        counts(g, "dropped_by_reason", n.droppedByReason());
        g.writeNumberField("in_flight", n.inFlight());
        g.writeEndObject();
    }

    private static void timeSeries(JsonGenerator g, TimeSeries series) throws IOException {
        if (series == null) {
            g.writeNullField("timeseries");
            return;
        }
        g.writeObjectFieldStart("timeseries");
        g.writeNumberField("interval_s", seconds(series.intervalNanos()));
        g.writeArrayFieldStart("start_s");
        for (Long start : series.startNanos()) {
            g.writeNumber(seconds(start));
        }
        g.writeEndArray();
        g.writeObjectFieldStart("columns");
        for (TimeSeries.Column column : series.columns()) {
            g.writeArrayFieldStart(column.key());
            for (Double value : column.values()) {
                number(g, value);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Counts by reason, in the map's order (the result records keep them sorted by reason). */
    private static void counts(JsonGenerator g, String field, Map<?, Long> byReason) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<?, Long> e : byReason.entrySet()) {
            g.writeNumberField(String.valueOf(e.getKey()), e.getValue());
        }
        g.writeEndObject();
    }

    /** A node or workload figure: a count (a {@code Long}) as a JSON integer, any other value as a double. */
    private static void figure(JsonGenerator g, Number value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Long count) {
            g.writeNumber(count.longValue());
        } else {
            number(g, value.doubleValue());
        }
    }

    /** Seconds from nanoseconds: {@code nanos / 1e9}, the double nearest the exact quotient. */
    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
