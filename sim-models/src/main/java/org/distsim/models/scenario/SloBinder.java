package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the {@code slo:} list: each entry is a {@link Slo}, whose {@code workload} the binder checks
 * as a reference to a declared workload.
 */
final class SloBinder {

    private static final String EXPECTED = "a list of objectives like [{workload: clients, p99: 25ms, availability: 99.9%}]";

    private final Binder binder;
    private final Locations locations;
    private final Problems problems;

    SloBinder(Binder binder, Locations locations, Problems problems) {
        this.binder = binder;
        this.locations = locations;
        this.problems = problems;
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
            if (slo != null) {
                slos.add(slo);
            }
        }
        return slos;
    }
}
