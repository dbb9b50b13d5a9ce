package org.distsim.reports.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.distsim.core.figure.FigureSpec;

/** Replication summaries made by hand for the tests. */
final class Summaries {

    private Summaries() {
    }

    /** An open-loop workload with the given estimates of built-in figures, declared as a run declares them. */
    static ReplicationSummary.Workload workload(Map<String, Estimate> figures) {
        Map<String, FigureSpec> specs = new LinkedHashMap<>();
        figures.keySet().forEach(key -> {
            FigureSpec spec = RunFigures.builtIn(key);
            if (spec != null) {
                specs.put(key, spec);
            }
        });
        return new ReplicationSummary.Workload("open-loop", figures, specs, null);
    }

    /** A node of {@code type} with no figures. */
    static ReplicationSummary.Node node(String type) {
        return new ReplicationSummary.Node(type, Map.of(), Map.of());
    }
}
