package org.distsim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.models.analytic.MMc;
import org.distsim.models.analytic.NodeForecast;
import org.distsim.models.analytic.StationModel;
import org.distsim.models.forecast.Forecast;
import org.distsim.models.forecast.WorkloadLatency;
import org.distsim.models.scenario.Scenario;
import org.distsim.reports.batch.Theory;

/**
 * The static forecast of a scenario as the plain data the batch reports print beside their
 * estimates ({@link Theory}): the reports know nothing of scenarios or queueing models, so the
 * translation lives here, where both are at hand. A workload gets a prediction only where its
 * target has a closed form; a node wherever its offered load is known.
 */
final class Theories {

    private static final double MS = 1e3;

    private Theories() {
    }

    /** What closed forms predict for {@code scenario}. */
    static Theory.Set of(Scenario scenario) {
        Forecast forecast = Forecast.of(scenario);
        Map<String, Theory> workloads = new LinkedHashMap<>();
        for (WorkloadLatency w : forecast.workloads()) {
            if (w.model() == null) {
                continue;
            }
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("latency_ms.mean", w.meanMs());
            w.quantilesMs().forEach((p, ms) -> figures.put("latency_ms." + p, ms));
            figures.put("availability", w.availability());
            figures.put("throughput_rps", w.offered().rate() * w.availability());
            figures.put("offered_rps", w.offered().rate());
            workloads.put(w.name(), new Theory(w.model().name(), figures, w.assumptions(), null));
        }
        Map<String, Theory> nodes = new LinkedHashMap<>();
        for (Forecast.Node node : forecast.nodes()) {
            NodeForecast f = node.forecast();
            if (f != null) {
                nodes.put(node.name(), node(f));
            }
        }
        return new Theory.Set(workloads, nodes, forecast.bottleneck().map(Forecast.Node::name).orElse(null));
    }

    private static Theory node(NodeForecast f) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("offered_rps", f.offered().rate());
        if (f.load() != null) {
            figures.put(f.loadFloor() ? "offered_load_at_least" : "offered_load", f.load());
            if (!f.loadFloor()) {
                figures.put("utilisation", f.utilisation());
            }
        }
        List<String> assumptions = new ArrayList<>();
        StationModel m = f.station();
        if (m != null) {
            if (m instanceof MMc mmc) {
                figures.put("wait_probability", mmc.waitProbability());
            }
            figures.put("blocking", m.blocking());
            figures.put("latency_ms.mean", m.meanResponse() * MS);
            WorkloadLatency.PERCENTILES.forEach((label, p) -> m.responseQuantile(p)
                    .ifPresent(q -> figures.put("latency_ms." + label, q * MS)));
            assumptions.addAll(m.assumptions());
        }
        figures.putAll(f.figures());
        assumptions.addAll(f.assumptions());
        return new Theory(m == null ? null : m.name(), figures, assumptions, f.noClosedForm());
    }
}
