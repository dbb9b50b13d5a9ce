package org.distsim.models.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.MMc;
import org.distsim.models.analytic.NodeForecast;
import org.distsim.models.analytic.StationModel;
import org.distsim.models.analytic.Texts;

/**
 * The forecast as the last section of {@code distsim explain}: per node the requests offered, the
 * load, the closed-form model with its predictions and assumptions, or why there is none; per
 * workload the latency theory predicts; and the bottleneck. Written in the YAML-like style of the
 * rest of the explanation; numbers to four significant digits, the same on every JDK.
 */
public final class ForecastText {

    private static final String INDENT = "  ";
    private static final double MS = 1e3;

    private final StringBuilder out = new StringBuilder();

    private ForecastText() {
    }

    /** The section, ending in a newline. */
    public static String render(Forecast forecast) {
        return new ForecastText().document(forecast);
    }

    private String document(Forecast forecast) {
        out.append("# static forecast, before any run: the steady state without faults; closed forms only where\n")
                .append("# their assumptions hold (listed), \"unknown\" or \"no closed form\" with the reason elsewhere\n")
                .append("forecast:\n").append(INDENT).append("nodes:\n");
        for (Forecast.Node node : forecast.nodes()) {
            node(node);
        }
        out.append(INDENT).append("workloads:\n");
        for (WorkloadLatency w : forecast.workloads()) {
            workload(w);
        }
        out.append(INDENT).append("bottleneck: ");
        forecast.bottleneck().ifPresentOrElse(b -> out.append(b.name()).append(", the highest load: ")
                .append(load(b.forecast())).append('\n'), () -> out.append("unknown (no node's load is known)\n"));
        return out.toString();
    }

    private void node(Forecast.Node node) {
        String in = INDENT + INDENT + INDENT;
        out.append(INDENT).append(INDENT).append(node.name()).append(":  # ").append(node.type()).append('\n');
        NodeForecast f = node.forecast();
        if (f == null) {
            line(in, "unknown", node.unknown());
            return;
        }
        line(in, "offered", offered(f.offered()));
        if (f.load() != null && !(f.loadFloor() && f.load() == 0)) {
            line(in, "load", load(f));
        }
        f.figures().forEach((name, value) -> line(in, name.replace('_', ' '), Texts.number(value)));
        if (f.station() != null) {
            StationModel m = f.station();
            line(in, "model", m.name() + "  # " + m.source());
            line(in, "utilisation", Texts.percent(m.utilisation()));
            if (m instanceof MMc mmc) {
                line(in, "waits", Texts.percent(mmc.waitProbability()) + " of requests");
            }
            if (m.blocking() > 0) {
                line(in, "rejected", Texts.percent(m.blocking()) + " of requests");
            }
            line(in, "response", response(m));
        } else {
            line(in, "no closed form", f.noClosedForm());
        }
        List<String> assumptions = new ArrayList<>();
        if (f.station() != null) {
            assumptions.addAll(f.station().assumptions());
        }
        assumptions.addAll(f.assumptions());
        list(in, "assumes", assumptions);
        if (!f.outflows().isEmpty() || !f.unknownOutflows().isEmpty()) {
            out.append(in).append("sends:\n");
            f.outflows().forEach((to, flow) -> out.append(in).append(INDENT).append("- ").append(to).append(": ")
                    .append(Texts.number(flow.rate())).append("/s\n"));
            f.unknownOutflows().forEach((to, why) -> out.append(in).append(INDENT).append("- ").append(to)
                    .append(": unknown (").append(why).append(")\n"));
        }
    }

    private void workload(WorkloadLatency w) {
        String in = INDENT + INDENT + INDENT;
        out.append(INDENT).append(INDENT).append(w.name()).append(":\n");
        line(in, "offered", w.offered() == null ? "unknown (" + w.noClosedForm() + ")"
                : Texts.number(w.offered().rate()) + "/s to " + w.target());
        if (w.model() == null) {
            if (w.offered() != null) {
                line(in, "latency", "no closed form: " + w.noClosedForm());
            }
            return;
        }
        StringBuilder latency = new StringBuilder("mean ").append(Texts.number(w.meanMs())).append(" ms");
        w.quantilesMs().forEach((p, ms) -> latency.append(", ").append(p).append(' ').append(Texts.number(ms))
                .append(" ms"));
        line(in, "latency", latency + "  # " + w.model().name() + " at " + w.target());
        line(in, "availability", Texts.percent(w.availability()));
    }

    private static String offered(Flow flow) {
        StringBuilder text = new StringBuilder(Texts.number(flow.rate())).append("/s");
        if (!flow.steady()) {
            text.append(" at the peak of the schedule");
        }
        if (flow.rates().size() > 1) {
            text.append(" (");
            int i = 0;
            for (Map.Entry<String, Double> e : flow.rates().entrySet()) {
                text.append(i++ == 0 ? "" : ", ").append(e.getKey()).append(' ').append(Texts.number(e.getValue()))
                        .append("/s");
            }
            text.append(')');
        }
        text.append(flow.poisson() ? ", Poisson" : "");
        return text.toString();
    }

    private static String load(NodeForecast f) {
        String load = Texts.percent(f.load()) + " of each worker";
        if (f.loadFloor()) {
            return "at least " + load + " (its workers also wait for calls)";
        }
        return f.overloaded() ? load + " (overloaded: the queue grows without bound)" : load;
    }

    private static String response(StationModel m) {
        StringBuilder text = new StringBuilder("mean ").append(Texts.number(m.meanResponse() * MS)).append(" ms");
        WorkloadLatency.PERCENTILES.forEach((label, p) -> m.responseQuantile(p)
                .ifPresent(q -> text.append(", ").append(label).append(' ').append(Texts.number(q * MS)).append(" ms")));
        return text.toString();
    }

    private void line(String indent, String key, String value) {
        out.append(indent).append(key).append(": ").append(value).append('\n');
    }

    private void list(String indent, String key, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append(indent).append(key).append(":\n");
        for (String item : items) {
            out.append(indent).append(INDENT).append("- ").append(item).append('\n');
        }
    }
}
