package org.distsim.models.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.models.format.Branch;
import org.distsim.models.format.Knob;
import org.distsim.models.format.KnobSpec;

/**
 * Who sends requests to whom, read from the bound configuration: every knob of format
 * {@link Knob.Format#NODE_REF} inside a node's or workload's record (at any depth: a service's
 * {@code calls[i].target}, a cache's {@code backing}, a load balancer's {@code backends}, a queue's
 * {@code consumers}, ...) is an edge from the component to the node it names. Deriving the edges
 * from the format rather than from each component keeps the graph complete when components are
 * added: a new reference knob is a new edge without any change here.
 *
 * <p>A cycle among nodes (a service that calls a cache whose backing calls the service again) is
 * a request that never ends, or one that multiplies without bound; the loader refuses it.
 */
public final class CallGraph {

    /**
     * One reference from a component to a node.
     *
     * @param from      the component that sends requests
     * @param to        the node it names
     * @param path      where the name is written, dotted ({@code nodes.api.calls.0.target})
     * @param share     the expected fraction of the component's requests sent along it, in [0, 1]: below 1
     *                  for a call with a probability or one target of a weighted route ({@link Branch})
     * @param condition the outcome of another call on which the requests are sent ({@code on miss of
     *                  cache}), whose probability is unknown before the run; null when there is none
     */
    public record Edge(String from, String to, String path, double share, String condition) {

        /** An edge that every request the reference applies to follows. */
        public Edge(String from, String to, String path) {
            this(from, to, path, 1, null);
        }

        /** Whether only some requests follow the edge: a share below 1, or a condition. */
        public boolean branching() {
            return share < 1 || condition != null;
        }
    }

    private final List<Edge> edges;
    /** The same edges with their tree paths, for locating problems. */
    private final List<NodePath> paths;

    private CallGraph(List<Edge> edges, List<NodePath> paths) {
        this.edges = List.copyOf(edges);
        this.paths = List.copyOf(paths);
    }

    /** The edges of a loaded scenario: nodes first, then workloads, each in declaration order. */
    public static CallGraph of(Scenario scenario) {
        Map<String, ComponentSpec> all = new LinkedHashMap<>(scenario.nodes());
        all.putAll(scenario.workloads());
        return of(all.values());
    }

    static CallGraph of(Iterable<ComponentSpec> components) {
        List<Edge> edges = new ArrayList<>();
        List<NodePath> paths = new ArrayList<>();
        for (ComponentSpec component : components) {
            NodePath base = NodePath.ROOT.key(component.kind().section()).key(component.name());
            collect(component.name(), component.config(), base, Reach.ALWAYS, edges, paths);
        }
        return new CallGraph(edges, paths);
    }

    /** Every edge, in the order the references are written. */
    public List<Edge> edges() {
        return edges;
    }

    /**
     * Reports every cycle among the nodes, each once, at the reference that closes it, with the
     * path around it ({@code a -> b -> a}). The search visits nodes and edges in declaration
     * order, so the same file always gives the same report.
     */
    void reportCycles(Map<String, ComponentSpec> nodes, Locations locations, Problems problems) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (String node : nodes.keySet()) {
            out.put(node, new ArrayList<>());
        }
        for (int i = 0; i < edges.size(); i++) {
            Edge edge = edges.get(i);
            if (out.containsKey(edge.from()) && out.containsKey(edge.to())) {
                out.get(edge.from()).add(i);
            }
        }
        Map<String, Integer> state = new LinkedHashMap<>(); // absent: unseen, 1: on the stack, 2: done
        for (String node : out.keySet()) {
            if (!state.containsKey(node)) {
                visit(node, out, state, new ArrayList<>(), locations, problems);
            }
        }
    }

    private void visit(String node, Map<String, List<Integer>> out, Map<String, Integer> state, List<String> stack,
            Locations locations, Problems problems) {
        state.put(node, 1);
        stack.add(node);
        for (int index : out.get(node)) {
            Edge edge = edges.get(index);
            Integer seen = state.get(edge.to());
            if (seen == null) {
                visit(edge.to(), out, state, stack, locations, problems);
            } else if (seen == 1) {
                List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(edge.to()), stack.size()));
                cycle.add(edge.to());
                NodePath path = paths.get(index);
                problems.add(locations.value(path), path, "a call cycle: " + String.join(" -> ", cycle)
                        + "; a request would go around it for ever",
                        "requests that flow one way: no node may reach itself through its references", null);
            }
        }
        stack.remove(stack.size() - 1);
        state.put(node, 2);
    }

    private static void collect(String from, Object config, NodePath base, Reach reach, List<Edge> edges,
            List<NodePath> paths) {
        for (RecordComponent component : config.getClass().getRecordComponents()) {
            KnobSpec knob = KnobSpec.of(component);
            Object value = KnobSpec.read(component, config);
            if (value != null) {
                collectValue(from, knob, value, base.key(knob.key()), reach, edges, paths);
            }
        }
    }

    private static void collectValue(String from, KnobSpec knob, Object value, NodePath path, Reach reach,
            List<Edge> edges, List<NodePath> paths) {
        if (value instanceof List<?> list) {
            double weights = exclusiveWeights(list);
            for (int i = 0; i < list.size(); i++) {
                collectValue(from, knob, list.get(i), path.index(i), reach.within(weights), edges, paths);
            }
        } else if (value instanceof Record nested && KnobSpec.isKnobRecord(nested.getClass())) {
            collect(from, nested, path, nested instanceof Branch branch ? reach.through(branch) : reach, edges, paths);
        } else if (value instanceof String name && knob.format() == Knob.Format.NODE_REF) {
            edges.add(new Edge(from, name, path.dotted(), reach.share, reach.condition));
            paths.add(path);
        }
    }

    /** The sum of the weights of a list of exclusive branches (a route), of which one is chosen; 0 for any other list. */
    static double exclusiveWeights(List<?> list) {
        double sum = 0;
        for (Object element : list) {
            if (element instanceof Branch branch && branch.exclusive()) {
                sum += branch.share();
            }
        }
        return sum;
    }

    /**
     * The share of a component's requests that reach a point of its configuration, and the
     * condition they pass on the way.
     *
     * @param weights the sum of weights of the exclusive list being walked; 0 outside one
     */
    private record Reach(double share, String condition, double weights) {

        static final Reach ALWAYS = new Reach(1, null, 0);

        Reach within(double listWeights) {
            return new Reach(share, condition, listWeights);
        }

        Reach through(Branch branch) {
            double fraction = branch.exclusive() && weights > 0 ? branch.share() / weights : branch.share();
            String more = branch.condition();
            return new Reach(share * fraction, more == null ? condition : condition == null ? more
                    : condition + ", " + more, 0);
        }
    }
}
