package org.distsim.models.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.Forecastable;
import org.distsim.models.analytic.LoadSource;
import org.distsim.models.analytic.NodeForecast;
import org.distsim.models.analytic.Peers;
import org.distsim.models.scenario.CallGraph;
import org.distsim.models.scenario.ComponentSpec;
import org.distsim.models.scenario.GroupMembers;
import org.distsim.models.scenario.Scenario;

/**
 * The static forecast of a loaded scenario, before any run: the requests each workload offers
 * followed through the call graph, each node's load, its closed-form queueing model where one
 * applies (or why none does), each workload's theoretical latency where its target is such a
 * station, and the predicted bottleneck. It describes the steady state without faults; a node
 * whose offered load cannot be counted (behind a closed loop, a load balancer that splits by
 * state, a component with no forecast) is marked unknown with the reason, and so is everything
 * only it sends requests to.
 *
 * <p>Nodes are visited in an order where every node comes after all that send it requests (the
 * loader has refused call cycles), ties in declaration order, so the forecast is deterministic.
 */
public final class Forecast {

    /**
     * One node.
     *
     * @param name      the node's name
     * @param type      its component type
     * @param forecast  what it forecasts of itself; null when its offered load is unknown
     * @param unknown   why the forecast is null; null otherwise
     */
    public record Node(String name, String type, NodeForecast forecast, String unknown) {
    }

    private final Scenario scenario;
    private final List<Node> nodes;
    private final List<WorkloadLatency> workloads;

    private Forecast(Scenario scenario, List<Node> nodes, List<WorkloadLatency> workloads) {
        this.scenario = scenario;
        this.nodes = List.copyOf(nodes);
        this.workloads = List.copyOf(workloads);
    }

    /**
     * The forecast of {@code scenario}. A call made on a cache's hit or miss needs the cache's hit
     * ratio, which the cache's forecast gives only after the caller's (a node is visited after every
     * node that sends it requests): the forecast is made again with the hit ratios of the last pass
     * until they no longer change. The call graph is acyclic, so that ends within as many passes as
     * there are nodes, the guard here; a scenario without caches takes one pass, one with caches
     * two.
     */
    public static Forecast of(Scenario scenario) {
        Map<String, Double> hitRatios = Map.of();
        Forecast forecast = pass(scenario, hitRatios);
        for (int pass = 1; pass <= scenario.nodes().size(); pass++) {
            Map<String, Double> found = forecast.hitRatios();
            if (found.equals(hitRatios)) {
                break;
            }
            hitRatios = found;
            forecast = pass(scenario, hitRatios);
        }
        return forecast;
    }

    /** The hit ratios this forecast estimates, by cache. */
    private Map<String, Double> hitRatios() {
        Map<String, Double> ratios = new LinkedHashMap<>();
        for (Node node : nodes) {
            Double ratio = node.forecast() == null ? null : node.forecast().figures().get(NodeForecast.HIT_RATIO);
            if (ratio != null) {
                ratios.put(node.name(), ratio);
            }
        }
        return ratios;
    }

    /** One pass over the nodes, asking the callers of caches for {@code hitRatios} where they need them. */
    private static Forecast pass(Scenario scenario, Map<String, Double> hitRatios) {
        Map<String, Flow> inflow = new LinkedHashMap<>();
        Map<String, String> unknown = new LinkedHashMap<>();
        Map<String, Flow> offered = new LinkedHashMap<>();
        Map<String, String> unknownRate = new LinkedHashMap<>();
        Map<String, String> groupOf = GroupMembers.of(scenario);
        for (ComponentSpec w : scenario.workloads().values()) {
            if (!(w.config() instanceof LoadSource source)) {
                unknownRate.put(w.name(), "workload type " + w.typeName() + " has no forecast");
                continue;
            }
            Flow flow = source.offered(w.name());
            // A workload may name one member of a group node; the group is the node that receives it.
            String target = groupOf.getOrDefault(source.target(), source.target());
            if (flow == null) {
                unknownRate.put(w.name(), source.unknownRate());
                unknown.putIfAbsent(target, "it receives workload " + w.name() + ", and " + source.unknownRate());
            } else {
                offered.put(w.name(), flow);
                inflow.merge(target, flow, Flow::merge);
            }
        }
        Map<String, List<String>> targets = targets(scenario);
        List<Node> nodes = new ArrayList<>();
        Peers peers = new Peers() {
            @Override
            public boolean alike(List<String> names) {
                return Forecast.alike(scenario, names);
            }

            @Override
            public Double hitRatio(String node) {
                return hitRatios.get(node);
            }
        };
        for (String name : order(scenario, targets)) {
            ComponentSpec spec = scenario.nodes().get(name);
            Node node = visit(spec, inflow.get(name), unknown.get(name), peers);
            nodes.add(node);
            if (node.forecast() != null) {
                node.forecast().outflows().forEach((to, flow) -> inflow.merge(to, flow, Flow::merge));
                node.forecast().unknownOutflows().forEach((to, why) -> unknown.putIfAbsent(to, name + ": " + why));
            } else if (!(spec.config() instanceof Forecastable)) {
                for (String to : targets.get(name)) {
                    unknown.putIfAbsent(to, "it receives requests from " + name + " (" + spec.typeName()
                            + "), which has no forecast");
                }
            } else if (inflow.containsKey(name) || unknown.containsKey(name)) {
                for (String to : targets.get(name)) {
                    unknown.putIfAbsent(to, "it receives requests from " + name + ", whose load is unknown");
                }
            }
        }
        List<WorkloadLatency> workloads = new ArrayList<>();
        Map<String, Node> byName = new LinkedHashMap<>();
        nodes.forEach(n -> byName.put(n.name(), n));
        for (ComponentSpec w : scenario.workloads().values()) {
            workloads.add(WorkloadLatency.of(scenario, w, offered.get(w.name()), unknownRate.get(w.name()), byName,
                    groupOf));
        }
        return new Forecast(scenario, nodes, workloads);
    }

    /** Whether the named nodes are all of one type with equal configurations. */
    private static boolean alike(Scenario scenario, List<String> names) {
        ComponentSpec first = names.isEmpty() ? null : scenario.nodes().get(names.get(0));
        return first != null && names.stream().map(scenario.nodes()::get).allMatch(s -> s != null
                && s.type().equals(first.type()) && s.config().equals(first.config()));
    }

    private static Node visit(ComponentSpec spec, Flow flow, String unknown, Peers peers) {
        if (unknown != null) {
            return new Node(spec.name(), spec.typeName(), null, unknown);
        }
        if (!(spec.config() instanceof Forecastable forecastable)) {
            return new Node(spec.name(), spec.typeName(), null, "the component type " + spec.typeName() + " has no forecast");
        }
        if (flow == null) {
            return new Node(spec.name(), spec.typeName(), null, "no workload's requests reach it");
        }
        return new Node(spec.name(), spec.typeName(), forecastable.forecast(flow, peers), null);
    }

    /** Each node's targets among the nodes, without repeats, in the order the references are written. */
    private static Map<String, List<String>> targets(Scenario scenario) {
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        scenario.nodes().keySet().forEach(n -> sets.put(n, new LinkedHashSet<>()));
        for (CallGraph.Edge edge : CallGraph.of(scenario).edges()) {
            if (sets.containsKey(edge.from()) && sets.containsKey(edge.to())) {
                sets.get(edge.from()).add(edge.to());
            }
        }
        Map<String, List<String>> targets = new LinkedHashMap<>();
        sets.forEach((n, s) -> targets.put(n, List.copyOf(s)));
        return targets;
    }

    /** Nodes so that each comes after every node that sends it requests; ties in declaration order. */
    private static List<String> order(Scenario scenario, Map<String, List<String>> targets) {
        Map<String, Integer> waiting = new LinkedHashMap<>();
        scenario.nodes().keySet().forEach(n -> waiting.put(n, 0));
        targets.values().forEach(ts -> ts.forEach(t -> waiting.merge(t, 1, Integer::sum)));
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (order.size() < waiting.size()) {
            String next = null;
            for (Map.Entry<String, Integer> e : waiting.entrySet()) {
                if (e.getValue() == 0 && !done.contains(e.getKey())) {
                    next = e.getKey();
                    break;
                }
            }
            if (next == null) {
                // A cycle, which the loader refuses; keep the rest in declaration order rather than loop.
                waiting.keySet().stream().filter(n -> !done.contains(n)).forEach(order::add);
                break;
            }
            done.add(next);
            order.add(next);
            for (String t : targets.get(next)) {
                waiting.merge(t, -1, Integer::sum);
            }
        }
        return order;
    }

    /** The scenario forecast. */
    public Scenario scenario() {
        return scenario;
    }

    /** Every node, each after all that send it requests. */
    public List<Node> nodes() {
        return nodes;
    }

    /** Every workload, in declaration order. */
    public List<WorkloadLatency> workloads() {
        return workloads;
    }

    /** The node called {@code name}, if the scenario has it. */
    public Optional<Node> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** The workload called {@code name}, if the scenario has it. */
    public Optional<WorkloadLatency> workload(String name) {
        return workloads.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /**
     * The node with the highest load among those whose load is known (a lower bound counts): the
     * first to saturate as the offered load grows; empty when no load is known.
     */
    public Optional<Node> bottleneck() {
        Node best = null;
        for (Node n : nodes) {
            if (n.forecast() != null && n.forecast().load() != null
                    && (best == null || n.forecast().load() > best.forecast().load())) {
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }
}
