package org.distsim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyCeilingTest {

    /** A hundred points at 49 ms and one spike: the report's cut is 1.5 x 49 = 73.5 ms. */
    private static List<Double> steadyWithSpike(double spike) {
        List<Double> values = new ArrayList<>(Collections.nCopies(100, 49.0));
        values.add(spike);
        return values;
    }

    @Test
    void aSpikeFarAboveTheLinesCutsTheAxisAtTheTickAboveOneAndAHalfTimesTheirTypicalTop() {
        // 49 x 1.5 = 73.5, and the ticks of an axis to about 73.5 are 20 apart: the top is 80.
        assertEquals(80, LatencyCeiling.of(steadyWithSpike(5_000.0), 0), 1e-9);
    }

    @Test
    void theObjectiveRaisesTheCut_andNoCutIsMadeWhenEveryValueFits() {
        assertEquals(150, LatencyCeiling.of(steadyWithSpike(5_000.0), 100), 1e-9);
        assertNull(LatencyCeiling.of(steadyWithSpike(80.0), 0), "80 is within 1.3 times the cut of 73.5");
        assertNull(LatencyCeiling.of(List.of(), 100));
    }

    @Test
    void theTopIsAlwaysAWholeTickAtOrAboveTheCutAndAtMostOneStepAboveIt() {
        // load-balancing's live chart at 1920x1080 was labelled 140.968 at its top.
        for (double cut = 0.0013; cut < 2e6; cut *= 1.0173) {
            double top = LatencyCeiling.of(List.of(cut / 1.5, cut * 10), cut / 1.5);
            BigDecimal step = LatencyCeiling.tickStep(top);
            BigDecimal exact = new BigDecimal(Double.toString(top));
            assertEquals(0, exact.remainder(step).signum(), "top " + top + " is a multiple of the step " + step);
            assertTrue(top >= cut * (1 - 1e-12), "top " + top + " is not below the cut " + cut);
            assertTrue(top <= cut + step.doubleValue() * (1 + 1e-12), "top " + top + " is within a step of the cut " + cut);
        }
    }
}
