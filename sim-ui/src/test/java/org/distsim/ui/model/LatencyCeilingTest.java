package org.distsim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyCeilingTest {

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
        assertEquals(49 * 1.5, LatencyCeiling.of(steadyWithSpike(5_000.0), 0), 1e-9);
    }

    @Test
    void theObjectiveRaisesTheCut_andNoCutIsMadeWhenEveryValueFits() {
        assertEquals(100 * 1.5, LatencyCeiling.of(steadyWithSpike(5_000.0), 100), 1e-9);
        assertNull(LatencyCeiling.of(steadyWithSpike(80.0), 0), "80 is within 1.3 times the cut of 73.5");
        assertNull(LatencyCeiling.of(List.of(), 100));
    }
}
