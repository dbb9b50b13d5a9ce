package org.distsim.models.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.core.facts.Layer;
import org.distsim.models.format.CrossChecked;
import org.distsim.models.format.Kind;

/**
 * Reports the problems of the bound nodes whose configuration relates knobs by name
 * ({@link CrossChecked}), each at the file position of the value at fault, with a "did you mean"
 * when the value is close to a valid name.
 */
final class CrossChecks {

    private final Locations locations;
    private final Problems problems;

    CrossChecks(Locations locations, Problems problems) {
        this.locations = locations;
        this.problems = problems;
    }

    void report(Map<String, ComponentSpec> nodes) {
        CrossChecked.Nodes known = new KnownNodes(nodes);
        for (ComponentSpec node : nodes.values()) {
            if (!(node.config() instanceof CrossChecked checked)) {
                continue;
            }
            for (CrossChecked.KnobProblem problem : checked.crossCheck(known)) {
                NodePath path = NodePath.ROOT.key(Kind.NODE.section()).key(node.name());
                for (Object step : problem.path()) {
                    path = step instanceof Integer index ? path.index(index) : path.key((String) step);
                }
                String suggestion = problem.input() == null ? null
                        : Suggestions.closest(problem.input(), problem.candidates());
                problems.add(locations.value(path), path, problem.message(), problem.expected(), suggestion);
            }
        }
    }

    /**
     * The scenario's nodes as the rules see them. A cache says hit or miss in its answers; an edge
     * node (load balancer, shard router, rate limiter) passes its backends' answers on unchanged,
     * so its answers say hit or miss when every node it sends to is such a node; any other node's
     * answers say neither.
     */
    private static final class KnownNodes implements CrossChecked.Nodes {

        private final Map<String, ComponentSpec> nodes;
        /** By node, the nodes it sends requests to, in the order written. */
        private final Map<String, List<String>> callees = new LinkedHashMap<>();

        KnownNodes(Map<String, ComponentSpec> nodes) {
            this.nodes = nodes;
            for (CallGraph.Edge edge : CallGraph.of(nodes.values()).edges()) {
                callees.computeIfAbsent(edge.from(), from -> new ArrayList<>()).add(edge.to());
            }
        }

        @Override
        public String typeOf(String name) {
            ComponentSpec node = nodes.get(name);
            return node == null ? null : node.type().name();
        }

        @Override
        public boolean answersHitOrMiss(String name) {
            return answers(name, new HashSet<>());
        }

        private boolean answers(String name, Set<String> seen) {
            ComponentSpec node = nodes.get(name);
            if (node == null || !seen.add(name)) {
                return true; // an unknown name or a cycle: both reported elsewhere
            }
            Layer layer = node.type().layer();
            if (layer == Layer.CACHES) {
                return true;
            }
            List<String> next = callees.getOrDefault(name, List.of());
            return layer == Layer.EDGE && !next.isEmpty() && next.stream().allMatch(callee -> answers(callee, seen));
        }
    }
}
