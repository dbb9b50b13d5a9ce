package org.distsim.reports.batch;

import static org.distsim.reports.JsonDocument.number;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.reports.FigureCatalog;
import org.distsim.reports.JsonDocument;

/**
 * The JSON documents of replications ({@code "kind": "replications"}) and sweeps
 * ({@code "kind": "sweep"}), documented in {@code docs/batch-json.md} with the schema
 * {@code docs/schema/batch.schema.json}. Written like the run document (see
 * {@link org.distsim.reports.JsonReport}, by {@link JsonDocument}): a streaming generator fixes key
 * names and order, doubles go through Jackson's Schubfach writer so the bytes are the same on every
 * JDK, an undefined figure is {@code null}, lines end with {@code \n}.
 */
public final class BatchJson {

    /** Bumped only when a key is renamed or removed or its meaning changes; additions keep it. */
    public static final int SCHEMA_VERSION = 1;

    private BatchJson() {
    }

    /** The document of independent replications of one configuration. */
    public static String render(ReplicationSummary summary) {
        return render(summary, Theory.Set.NONE);
    }

    /** The document of independent replications, with what closed forms predict beside the estimates. */
    public static String render(ReplicationSummary summary, Theory.Set theory) {
        return write(g -> {
            g.writeStartObject();
            header(g, "replications", summary.partial(), summary.scenario(), summary.seed(), summary.planned());
            body(g, summary, theory);
            JsonDocument.catalog(g, catalog(List.of(summary)));
            g.writeEndObject();
        });
    }

    /** The document of a sweep. */
    public static String render(SweepResult sweep) {
        return write(g -> {
            g.writeStartObject();
            header(g, "sweep", sweep.partial(), sweep.scenario(), sweep.seed(), sweep.replications());
            g.writeArrayFieldStart("parameters");
            for (String parameter : sweep.parameters()) {
                g.writeString(parameter);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("points");
            for (SweepResult.Point point : sweep.points()) {
                g.writeStartObject();
                g.writeObjectFieldStart("values");
                for (int i = 0; i < sweep.parameters().size(); i++) {
                    g.writeStringField(sweep.parameters().get(i), point.values().get(i));
                }
                g.writeEndObject();
                body(g, point.summary(), point.theory());
                g.writeEndObject();
            }
            g.writeEndArray();
            JsonDocument.catalog(g, catalog(sweep.points().stream().map(SweepResult.Point::summary).toList()));
            g.writeEndObject();
        });
    }

    private static String write(JsonDocument.Content content) {
        return JsonDocument.render("batch result", 16384, content);
    }

    private static void header(JsonGenerator g, String kind, boolean partial, String scenario, long seed,
            int replications) throws IOException {
        g.writeNumberField("schema_version", SCHEMA_VERSION);
        g.writeStringField("kind", kind);
        g.writeBooleanField("partial", partial);
        g.writeNumberField("confidence", Estimate.CONFIDENCE);
        g.writeStringField("scenario", scenario);
        g.writeNumberField("seed", seed);
        g.writeNumberField("replications", replications);
    }

    private static void body(JsonGenerator g, ReplicationSummary s, Theory.Set theory) throws IOException {
        g.writeNumberField("completed", s.runs().size());
        g.writeNumberField("duration_s", s.durationNanos() / 1e9);
        g.writeNumberField("warmup_s", s.warmupNanos() / 1e9);
        g.writeArrayFieldStart("runs");
        for (ReplicationSummary.Run run : s.runs()) {
            g.writeStartObject();
            g.writeNumberField("replication", run.replication());
            g.writeNumberField("events", run.events());
            g.writeStringField("stop", JsonDocument.stopKind(run.stop()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("workloads");
        for (Map.Entry<String, ReplicationSummary.Workload> e : s.workloads().entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            g.writeStringField("type", e.getValue().type());
            estimates(g, e.getValue().figures());
            JsonDocument.latency(g, "pooled_latency_ms", e.getValue().pooledLatency());
            analytic(g, theory.workload(e.getKey()));
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("nodes");
        for (Map.Entry<String, ReplicationSummary.Node> e : s.nodes().entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            g.writeStringField("type", e.getValue().type());
            estimates(g, e.getValue().figures());
            analytic(g, theory.node(e.getKey()));
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The declarations of every figure of the summaries, per component type, as the run document has them. */
    static Map<String, Map<String, FigureSpec>> catalog(List<ReplicationSummary> summaries) {
        FigureCatalog.Builder catalog = new FigureCatalog.Builder();
        for (ReplicationSummary s : summaries) {
            s.workloads().values().forEach(w -> catalog.workload(w.type(), w.specs().values().stream()
                    .filter(spec -> !WorkloadFigures.SUMMARY.contains(spec) && !WorkloadFigures.LATENCY.contains(spec))
                    .toList()));
            s.nodes().values().forEach(n -> catalog.node(n.type(), n.specs().values()));
        }
        return catalog.build();
    }

    private static void estimates(JsonGenerator g, Map<String, Estimate> figures) throws IOException {
        g.writeObjectFieldStart("figures");
        for (Map.Entry<String, Estimate> e : figures.entrySet()) {
            Estimate x = e.getValue();
            g.writeObjectFieldStart(e.getKey());
            g.writeNumberField("n", x.n());
            number(g, "mean", x.mean());
            number(g, "half_width", x.halfWidth());
            number(g, "low", x.low());
            number(g, "high", x.high());
            number(g, "sd", x.sd());
            number(g, "min", x.min());
            number(g, "max", x.max());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * {@code "analytic"}: the model, or why there is none, the predicted figures (a dotted name
     * such as {@code latency_ms.p99} nests as {@code "latency_ms": {"p99": ...}}), and the
     * assumptions; nothing at all when there is no theory.
     */
    private static void analytic(JsonGenerator g, Theory theory) throws IOException {
        if (theory == null) {
            return;
        }
        g.writeObjectFieldStart("analytic");
        if (theory.model() != null) {
            g.writeStringField("model", theory.model());
        }
        if (theory.noClosedForm() != null) {
            g.writeStringField("no_closed_form", theory.noClosedForm());
        }
        Map<String, Map<String, Double>> nested = new LinkedHashMap<>();
        theory.figures().forEach((name, value) -> {
            int dot = name.indexOf('.');
            String group = dot < 0 ? name : name.substring(0, dot);
            nested.computeIfAbsent(group, k -> new LinkedHashMap<>()).put(dot < 0 ? "" : name.substring(dot + 1), value);
        });
        for (Map.Entry<String, Map<String, Double>> e : nested.entrySet()) {
            if (e.getValue().containsKey("")) {
                number(g, e.getKey(), e.getValue().get(""));
                continue;
            }
            g.writeObjectFieldStart(e.getKey());
            for (Map.Entry<String, Double> f : e.getValue().entrySet()) {
                number(g, f.getKey(), f.getValue());
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("assumptions");
        for (String assumption : theory.assumptions()) {
            g.writeString(assumption);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
