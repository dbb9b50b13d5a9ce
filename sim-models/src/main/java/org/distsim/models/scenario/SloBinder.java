package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the {@code slo:} list: each entry is a {@link Slo} whose {@code workload} must name a
 * declared workload (a node name is refused with its own message, a misspelling gets a
 * suggestion).
 */
final class SloBinder {

    private static final String EXPECTED = "a list of objectives like [{workload: clients, p99: 25ms, availability: 99.9%}]";

    private final Binder binder;
    private final Locations locations;
    private final Problems problems;
    private final References references;

    SloBinder(Binder binder, Locations locations, Problems problems, References references) {
        this.binder = binder;
        this.locations = locations;
        this.problems = problems;
        this.references = references;
    }

    /** @param node the value of {@code slo:}, or null when absent */
    List<Slo> bind(JsonNode node) {
        NodePath path = NodePath.ROOT.key("slo");
        List<Slo> slos = new ArrayList<>();
        if (node == null || Values.isEmpty(node)) {
            return slos;
        }
        if (!node.isArray()) {
            problems.add(locations.value(path), path, Values.describe(node) + " is not a list", EXPECTED, null);
            return slos;
        }
        for (int i = 0; i < node.size(); i++) {
            NodePath itemPath = path.index(i);
            Slo slo = binder.bindRecord(Slo.class, node.get(i), itemPath, List.of());
            if (slo != null && checkWorkload(slo.workload(), itemPath.key("workload"))) {
                slos.add(slo);
            }
        }
        return slos;
    }

    private boolean checkWorkload(String name, NodePath path) {
        List<String> workloads = references.workloads();
        if (workloads.contains(name)) {
            return true;
        }
        String expected = workloads.isEmpty() ? "the name of a workload, and there is none"
                : "a workload name, " + Suggestions.oneOf(workloads);
        if (references.nodes().contains(name)) {
            problems.add(locations.value(path), path, "\"" + name + "\" is a node, not a workload", expected, null);
        } else {
            problems.add(locations.value(path), path, "unknown workload " + Units.quote(name), expected,
                    Suggestions.closest(name, workloads));
        }
        return false;
    }
}
