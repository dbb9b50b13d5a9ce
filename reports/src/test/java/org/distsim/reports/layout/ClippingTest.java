package org.distsim.reports.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClippingTest {

    // The rectangle from (10, 10) to (30, 20).
    private static double inside(double x0, double y0, double x1, double y1) {
        return Clipping.inside(10, 10, 20, 10, x0, y0, x1, y1);
    }

    @Test
    void aSegmentThroughTheRectangle_hasTheShareOfItsLengthInside() {
        assertEquals(0.5, inside(0, 15, 40, 15), 1e-12, "from x = 10 to 30 of 0 to 40");
        assertEquals(1.0, inside(12, 12, 28, 18), 1e-12, "wholly inside");
        assertEquals(0.5, inside(0, 5, 40, 25), 1e-12, "a diagonal through the middle");
    }

    @Test
    void aSegmentAlongAnEdgeOrThroughACorner_touches() {
        assertEquals(0.0, inside(0, 20, 20, 0), 1e-12, "across the corner (10, 10) only");
        assertTrue(inside(0, 10, 40, 10) >= 0, "along the top edge");
    }

    @Test
    void aSegmentBesideOrShortOfTheRectangle_misses() {
        assertTrue(inside(0, 25, 40, 25) < 0, "parallel, below it");
        assertTrue(inside(0, 15, 5, 15) < 0, "ends before it");
        assertTrue(inside(0, 0, 40, 2) < 0, "passes above it");
    }
}
