package org.distsim.reports.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KneeTest {

    private static final double[] XS = {500, 600, 700, 800, 900};

    @Test
    void aRisingCurve_crossesWhereTheStraightLineBetweenItsPointsDoes() {
        // 15 ms at 700, 25 ms at 800: 20 ms halfway.
        assertEquals(750, Knee.crossing(XS, Arrays.asList(5.0, 9.0, 15.0, 25.0, 60.0), 20, true), 1e-9);
    }

    @Test
    void aFallingCurve_crossesGoingDown() {
        assertEquals(650, Knee.crossing(XS, Arrays.asList(1.0, 0.999, 0.997, 0.99, 0.9), 0.998, false), 1e-6);
    }

    @Test
    void undefinedPoints_areSkipped() {
        assertEquals(700, Knee.crossing(XS, Arrays.asList(10.0, null, 20.0, 30.0, null), 20, true), 1e-9,
                "at the threshold exactly still holds; the crossing is at the last point that held");
    }

    @Test
    void noCrossing_whenItAlwaysHoldsOrNeverDid() {
        assertNull(Knee.crossing(XS, Arrays.asList(1.0, 2.0, 3.0, 4.0, 5.0), 20, true));
        assertNull(Knee.crossing(XS, Arrays.asList(30.0, 40.0, 50.0, 60.0, 70.0), 20, true), "broken from the start");
    }
}
