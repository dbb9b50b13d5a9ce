package org.distsim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyCutTest {

    private static List<Double> steadyWithSpike(double spike) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            values.add(40.0 + i % 10);
        }
        values.add(spike);
        return values;
    }

    @Test
    void aSpikeFarAboveTheLinesCutsTheAxisAtOneAndAHalfTimesTheirTypicalTop() {
        assertEquals(49 * 1.5, LatencyCut.of(steadyWithSpike(5_000.0), 0), 1e-9);
    }

    @Test
    void theHighestObjectiveRaisesTheCut() {
        assertEquals(100 * 1.5, LatencyCut.of(steadyWithSpike(5_000.0), 100), 1e-9);
    }

    @Test
    void noCutIsMadeWhenEveryValueFitsOrThereIsNone() {
        assertNull(LatencyCut.of(steadyWithSpike(80.0), 0), "80 is within 1.3 times the cut of 73.5");
        assertNull(LatencyCut.of(List.of(), 100));
        assertNull(LatencyCut.of(Arrays.asList(null, Double.NaN, Double.POSITIVE_INFINITY), 0));
    }

    @Test
    void valuesThatAreNotNumbersAreSkipped() {
        List<Double> values = steadyWithSpike(5_000.0);
        values.add(null);
        values.add(Double.POSITIVE_INFINITY);
        assertEquals(49 * 1.5, LatencyCut.of(values, 0), 1e-9);
    }
}
