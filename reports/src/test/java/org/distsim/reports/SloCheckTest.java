package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.facts.Objective;
import org.distsim.core.facts.ObjectiveFigure;
import org.junit.jupiter.api.Test;

class SloCheckTest {

    // The sample's readers: 900 requests of 1 ms and 100 of 10 ms; availability 1000/1001.

    @Test
    void latencyBound_holdsAtOrBelowTheLimitAndBreaksAbove() {
        List<SloOutcome> o = SloCheck.evaluate(Results.sample(), List.of(
                Objective.latency("readers", ObjectiveFigure.P50, 2_000_000),
                Objective.latency("readers", ObjectiveFigure.P99, 5_000_000),
                Objective.latency("readers", ObjectiveFigure.P90, 1_001_000)));
        assertTrue(o.get(0).held());
        assertFalse(o.get(1).held());
        assertEquals(10.002431, o.get(1).actual(), 1e-9);
        assertTrue(o.get(2).held(), "p90 is read from the histogram: " + o.get(2).actual());
        assertFalse(SloCheck.allHeld(o));
    }

    @Test
    void availabilityAndThroughput_areLowerBounds() {
        List<SloOutcome> o = SloCheck.evaluate(Results.sample(), List.of(
                new Objective("readers", ObjectiveFigure.AVAILABILITY, 0.999),
                new Objective("readers", ObjectiveFigure.AVAILABILITY, 0.9995),
                new Objective("readers", ObjectiveFigure.THROUGHPUT, 1.0),
                new Objective("readers", ObjectiveFigure.THROUGHPUT, 2.0)));
        assertEquals(List.of(true, false, true, false), o.stream().map(SloOutcome::held).toList());
        assertEquals("99.9001%", o.get(0).actualText(), "1000/1001 just above 99.9 %: digits enough to show it");
        assertEquals("99.9%", o.get(1).actualText(), "clearly below 99.95 %");
    }

    @Test
    void undefinedFigure_breaksTheObjective() {
        SloOutcome o = SloCheck.evaluate(Results.sample(), List.of(Objective.latency("writers", ObjectiveFigure.P99, 1))).get(0);
        assertNull(o.actual());
        assertFalse(o.held());
        assertEquals("-", o.actualText());
    }

    @Test
    void noObjectives_allHold() {
        assertTrue(SloCheck.allHeld(SloCheck.evaluate(Results.sample(), List.of())));
    }

    @Test
    void describe_saysTheBoundInItsUnit() {
        assertEquals("p99 <= 25 ms", SloCheck.describe(Objective.latency("w", ObjectiveFigure.P99, 25_000_000)));
        assertEquals("p99 <= 0.25 ms", SloCheck.describe(Objective.latency("w", ObjectiveFigure.P99, 250_000)));
        assertEquals("availability >= 99.9%", SloCheck.describe(new Objective("w", ObjectiveFigure.AVAILABILITY, 0.999)));
        assertEquals("availability >= 99.95%", SloCheck.describe(new Objective("w", ObjectiveFigure.AVAILABILITY, 0.9995)));
        assertEquals("throughput >= 90/s", SloCheck.describe(new Objective("w", ObjectiveFigure.THROUGHPUT, 90)));
    }
}
