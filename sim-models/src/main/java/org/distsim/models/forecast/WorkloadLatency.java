package org.distsim.models.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.distsim.core.random.Constant;
import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.LoadSource;
import org.distsim.models.analytic.NodeForecast;
import org.distsim.models.analytic.StationModel;
import org.distsim.models.analytic.Texts;
import org.distsim.models.scenario.ComponentSpec;
import org.distsim.models.scenario.Scenario;

/**
 * A workload's forecast: the requests it offers and, when its target is a station with a closed
 * form that sends nothing on, the latency and availability theory predicts for it: the station's
 * response time plus the network's delay there and back, and the share of requests the station
 * does not reject. Where that does not apply, the reason.
 *
 * @param name          the workload
 * @param target        the node its requests go to
 * @param offered       its requests; null when the rate is unknown before the run
 * @param model         the target's closed-form model; null when none applies
 * @param meanMs        the mean latency of successful requests, ms; null without a model
 * @param quantilesMs   latency percentiles by name ({@code p50}, {@code p95}, {@code p99}), ms; empty when
 *                      the model has none in closed form
 * @param availability  the share of requests answered, in [0, 1]; null without a model
 * @param assumptions   what the numbers assume: the model's assumptions and the network's
 * @param noClosedForm  why there is no model; null when there is one
 */
public record WorkloadLatency(
        String name,
        String target,
        Flow offered,
        StationModel model,
        Double meanMs,
        Map<String, Double> quantilesMs,
        Double availability,
        List<String> assumptions,
        String noClosedForm) {

    /** The percentiles given when the model has them, by name. */
    public static final Map<String, Double> PERCENTILES = orderedPercentiles();

    /** A timed-out request is not a success; theory holds when this few would time out. */
    private static final double TIMEOUT_TAIL = 1e-6;
    private static final double MEANS_BEFORE_TIMEOUT = 1000;
    private static final double MS = 1e3;
    private static final double NANOS_PER_SECOND = 1e9;

    public WorkloadLatency {
        quantilesMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(quantilesMs));
        assumptions = List.copyOf(assumptions);
    }

    private static Map<String, Double> orderedPercentiles() {
        Map<String, Double> p = new java.util.LinkedHashMap<>();
        p.put("p50", 0.5);
        p.put("p95", 0.95);
        p.put("p99", 0.99);
        return java.util.Collections.unmodifiableMap(p);
    }

    static WorkloadLatency of(Scenario scenario, ComponentSpec workload, Flow offered, String unknownRate,
            Map<String, Forecast.Node> nodes, Map<String, String> groupOf) {
        String target = workload.config() instanceof LoadSource source ? source.target() : null;
        if (offered == null) {
            return without(workload.name(), target, null, unknownRate);
        }
        LoadSource source = (LoadSource) workload.config();
        String group = groupOf.get(target);
        Forecast.Node node = nodes.get(group != null ? group : target);
        NodeForecast f = node == null ? null : node.forecast();
        if (f == null) {
            return without(workload.name(), target, offered, "the load of " + (group != null ? group + " (of which "
                    + target + " is a member)" : target) + " is unknown: " + (node == null ? "it is not a node"
                    : node.unknown()));
        }
        if (f.station() == null) {
            return without(workload.name(), target, offered, target + ": " + f.noClosedForm());
        }
        if (!f.outflows().isEmpty() || !f.unknownOutflows().isEmpty()) {
            return without(workload.name(), target, offered, target + " sends requests on, so its response time is"
                    + " more than its own queue's");
        }
        if (scenario.network().loss() > 0) {
            return without(workload.name(), target, offered, "the network loses messages, which end as timeouts");
        }
        StationModel model = f.station();
        List<String> assumptions = new ArrayList<>(model.assumptions());
        assumptions.addAll(f.assumptions());
        boolean constantNetwork = scenario.network().latency() instanceof Constant;
        double roundTripSeconds = 2 * scenario.network().latency().mean() / NANOS_PER_SECOND;
        if (roundTripSeconds > 0) {
            assumptions.add(constantNetwork ? "a constant network delay of " + Texts.number(roundTripSeconds / 2 * MS)
                    + " ms each way" : "network delays add their mean there and back; percentiles would need the"
                    + " delay's whole distribution");
        }
        double timeoutSeconds = source.timeout().toNanos() / NANOS_PER_SECOND - roundTripSeconds;
        OptionalDouble tail = model.responseTail(Math.max(0, timeoutSeconds));
        // Without a closed-form tail, ask for a timeout a thousand times the mean response time.
        boolean cut = tail.isPresent() ? !(tail.getAsDouble() <= TIMEOUT_TAIL)
                : !(model.meanResponse() * MEANS_BEFORE_TIMEOUT <= timeoutSeconds);
        if (cut) {
            return without(workload.name(), target, offered, "the timeout (" + Texts.number(source.timeout().toNanos()
                    / 1e6) + " ms) would cut the response-time distribution, which theory does not");
        }
        if (source.retries() > 0 && model.blocking() > 0) {
            return without(workload.name(), target, offered, "rejected requests are retried, which adds load the model"
                    + " does not have");
        }
        assumptions.add(tail.isPresent() ? "the timeout is far above the response time (fewer than one request in a"
                + " million would reach it)" : "the timeout is over a thousand times the mean response time");
        Map<String, Double> quantiles = new java.util.LinkedHashMap<>();
        if (constantNetwork) {
            PERCENTILES.forEach((label, p) -> model.responseQuantile(p)
                    .ifPresent(q -> quantiles.put(label, (q + roundTripSeconds) * MS)));
        }
        return new WorkloadLatency(workload.name(), target, offered, model, (model.meanResponse() + roundTripSeconds) * MS,
                quantiles, 1 - model.blocking(), assumptions, null);
    }

    private static WorkloadLatency without(String name, String target, Flow offered, String why) {
        return new WorkloadLatency(name, target, offered, null, null, Map.of(), null, List.of(), why);
    }
}
