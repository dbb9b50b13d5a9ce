package org.distsim.reports.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a closed form predicts for one workload or node, as plain data handed in by the caller
 * (the reports know nothing of scenarios or queueing models): the model's name, the predicted
 * figures by name, what the formulas assume, and, for a node without a model, why none applies.
 * Figure names follow the batch document's ({@code latency_ms.mean}, {@code latency_ms.p99},
 * {@code availability}; for nodes {@code offered_rps}, {@code offered_load}, {@code utilisation},
 * {@code blocking}, {@code wait_probability}, {@code hit_ratio}); a dotted name nests in the JSON.
 *
 * @param model         Kendall's notation ({@code M/M/1}); null when no closed form applies
 * @param figures       the predictions by name, in the order to print them; only defined values
 * @param assumptions   what the numbers assume, one per entry
 * @param noClosedForm  why no model applies; null when one does
 */
public record Theory(String model, Map<String, Double> figures, List<String> assumptions, String noClosedForm) {

    public Theory {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        figures.forEach((name, value) -> {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("a theory figure must be a finite number: " + name + " = " + value);
            }
        });
        assumptions = List.copyOf(assumptions);
        if (model == null && noClosedForm == null) {
            throw new IllegalArgumentException("without a model, say why none applies");
        }
    }

    /** The predicted value of {@code figure}, or null. */
    public Double figure(String figure) {
        return figures.get(figure);
    }

    /**
     * The predictions for one configuration: per workload (where its target has a closed form)
     * and per node (where its offered load is known), and the node predicted to saturate first.
     *
     * @param workloads   by workload name, in scenario order
     * @param nodes       by node name, in scenario order
     * @param bottleneck  the node with the highest predicted load; null when no load is known
     */
    public record Set(Map<String, Theory> workloads, Map<String, Theory> nodes, String bottleneck) {

        /** No prediction at all. */
        public static final Set NONE = new Set(Map.of(), Map.of(), null);

        public Set {
            workloads = Collections.unmodifiableMap(new LinkedHashMap<>(workloads));
            nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        }

        /** A workload's prediction, or null. */
        public Theory workload(String name) {
            return workloads.get(name);
        }

        /** A node's prediction, or null. */
        public Theory node(String name) {
            return nodes.get(name);
        }

        /** The bottleneck's offered load (a fraction of its capacity), or null. */
        public Double bottleneckLoad() {
            Theory node = bottleneck == null ? null : nodes.get(bottleneck);
            return node == null ? null : node.figure("offered_load");
        }
    }
}
