package org.distsim.reports.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code analytic} part of the batch documents. */
class BatchJsonTest {

    private static ReplicationSummary summary() {
        Map<String, Estimate> figures = Map.of("latency_ms.mean", new Estimate(2, 5.1, 0.1, 0.9, 5.0, 5.2));
        return new ReplicationSummary("s", 1, 10, 0, 2, List.of(),
                Map.of("clients", Summaries.workload(figures)),
                Map.of("server", Summaries.node("service")));
    }

    @Test
    void theory_isWrittenBesideTheEstimates_withDottedNamesNested() throws Exception {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("latency_ms.mean", 5.0);
        w.put("latency_ms.p99", 23.0);
        w.put("availability", 1.0);
        Map<String, Double> n = new LinkedHashMap<>();
        n.put("offered_rps", 800.0);
        n.put("offered_load", 0.8);
        Theory.Set theory = new Theory.Set(Map.of("clients", new Theory("M/M/1", w, List.of("Poisson arrivals"), null)),
                Map.of("server", new Theory(null, n, List.of(), "calls")), "server");
        JsonNode root = new ObjectMapper().readTree(BatchJson.render(summary(), theory));
        JsonNode analytic = root.at("/workloads/clients/analytic");
        assertEquals("M/M/1", analytic.get("model").asText());
        assertEquals(23.0, analytic.at("/latency_ms/p99").doubleValue());
        assertEquals(1.0, analytic.get("availability").doubleValue());
        assertEquals("Poisson arrivals", analytic.at("/assumptions/0").asText());
        JsonNode node = root.at("/nodes/server/analytic");
        assertFalse(node.has("model"), "no model, so no key");
        assertEquals("calls", node.get("no_closed_form").asText());
        assertEquals(0.8, node.get("offered_load").doubleValue());
    }

    @Test
    void withoutTheory_thereIsNoAnalyticKey() {
        assertFalse(BatchJson.render(summary()).contains("analytic"));
        assertTrue(BatchJson.render(summary(), Theory.Set.NONE).equals(BatchJson.render(summary())));
    }

    @Test
    void theText_namesTheModelAndItsPredictions_underTheWorkload() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("latency_ms.mean", 1.589);
        w.put("availability", 0.85892);
        Theory.Set theory = new Theory.Set(Map.of("clients", new Theory("M/M/2/5", w, List.of(), null)), Map.of(), null);
        String text = BatchText.render(summary(), theory, "r");
        assertTrue(text.contains("\n  theory (M/M/2/5): mean 1.589 ms; availability 85.892%\n"), text);
        assertFalse(BatchText.render(summary(), "r").contains("theory"));
    }
}
