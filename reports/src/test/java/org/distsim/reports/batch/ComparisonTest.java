package org.distsim.reports.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Welch's test on replication summaries, against a value computed by hand. */
class ComparisonTest {

    @Test
    void welch_matchesAHandComputedExample() {
        // a: mean 10, sd 2, n 10; b: mean 12, sd 3, n 12. se = sqrt(0.4 + 0.75) = 1.0724, t = 1.8650,
        // Welch-Satterthwaite df = 1.3225 / (0.016 / 9 + 0.5625 / 11) = 19.10; two-sided p = 0.0776.
        Comparison.Row row = Comparison.row("x", new Comparison.Value(10.0, null, 2.0, 10),
                new Comparison.Value(12.0, null, 3.0, 12));
        assertEquals(2.0, row.difference(), 1e-12);
        assertEquals(0.2, row.relative(), 1e-12);
        assertEquals(0.0776, row.pValue(), 5e-4);
        assertFalse(row.significant());
    }

    @Test
    void aLargeDifference_isSignificant() {
        Comparison.Row row = Comparison.row("x", new Comparison.Value(10.0, null, 1.0, 10),
                new Comparison.Value(12.0, null, 1.0, 10));
        assertTrue(row.pValue() < 0.001, row.toString());
        assertTrue(row.significant());
    }

    @Test
    void singleValues_haveNoTest() {
        Comparison.Row row = Comparison.row("x", new Comparison.Value(10.0, null, null, null),
                new Comparison.Value(0.0, null, null, null));
        assertEquals(-10.0, row.difference());
        assertEquals(-1.0, row.relative());
        assertNull(row.significant());
    }

    @Test
    void noSpreadOnEitherSide_isSignificantExactlyWhenTheMeansDiffer() {
        assertFalse(Comparison.row("x", new Comparison.Value(1.0, 0.0, 0.0, 5), new Comparison.Value(1.0, 0.0, 0.0, 5))
                .significant());
        assertTrue(Comparison.row("x", new Comparison.Value(1.0, 0.0, 0.0, 5), new Comparison.Value(2.0, 0.0, 0.0, 5))
                .significant());
    }

    private static Comparison.Document doc(String name, java.util.Map<String, Comparison.Value> figures,
            java.util.Map<String, String> nodes) {
        return new Comparison.Document(name, name, "run", figures, nodes);
    }

    private static Comparison.Value v(double x) {
        return new Comparison.Value(x, null, null, null);
    }

    @Test
    void designs_matchByName_andNodesOfAnotherType_areLeftOut() {
        java.util.Map<String, Comparison.Value> a = new java.util.LinkedHashMap<>();
        a.put("workloads.web.latency_ms.p99", v(10));
        a.put("workloads.batch.latency_ms.p99", v(50));
        a.put("nodes.db.utilisation_mean", v(0.5));
        a.put("nodes.cache.hit_ratio", v(0.9));
        java.util.Map<String, Comparison.Value> b = new java.util.LinkedHashMap<>();
        b.put("workloads.web.latency_ms.p99", v(8));
        b.put("nodes.db.utilisation_mean", v(0.6));
        b.put("nodes.cache.utilisation_mean", v(0.2));
        Comparison.Matching m = Comparison.compare(doc("A", a, java.util.Map.of("db", "database", "cache", "cache")),
                doc("B", b, java.util.Map.of("db", "database", "cache", "service")));
        assertEquals(java.util.List.of("workloads.web.latency_ms.p99", "nodes.db.utilisation_mean"),
                m.rows().stream().map(Comparison.Row::figure).toList());
        assertEquals(java.util.List.of("workload batch only in A (A)", "node cache (a cache in A, a service in B)"),
                m.left());
    }

    @Test
    void notable_isTheTestsVerdict_orWithoutOneAChangeOfAtLeastTheThreshold() {
        assertTrue(Comparison.row("x", v(100), v(106)).notable(0.05));
        assertFalse(Comparison.row("x", v(100), v(104)).notable(0.05));
        assertTrue(Comparison.row("x", v(0), v(1)).notable(0.05), "any change from zero");
        assertFalse(Comparison.row("x", v(0), v(0)).notable(0));
        assertFalse(Comparison.row("x", new Comparison.Value(10.0, null, 3.0, 10), new Comparison.Value(12.0, null, 3.0,
                10)).notable(0.05), "tested and not significant, however large");
    }
}
