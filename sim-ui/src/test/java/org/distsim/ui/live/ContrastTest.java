package org.distsim.ui.live;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.figure.FigureKind;
import org.junit.jupiter.api.Test;

/** Whether a lesson figure tells anything apart: counts beyond their sampling error, levels when they differ. */
class ContrastTest {

    @Test
    void oneMarkedDownInEachOfTwoDesigns_orOneCoalescedReadAgainstNone_tellNothingApart() {
        assertFalse(Contrast.differ(FigureKind.COUNT, List.of(1.0, 1.0)));
        assertFalse(Contrast.differ(FigureKind.COUNT, List.of(0.0, 1.0)));
        // Two redeliveries in one group and none in two others: within three Poisson deviations.
        assertFalse(Contrast.differ(FigureKind.COUNT, List.of(2.0, 0.0, 0.0)));
    }

    @Test
    void twentyNineInconsistentOrdersAgainstNone_andMissesOf558Against228_differ() {
        assertTrue(Contrast.differ(FigureKind.COUNT, List.of(29.0, 0.0)));
        assertTrue(Contrast.differ(FigureKind.COUNT, List.of(558.0, 228.0)));
        // 3 sqrt(786) = 84.1: a difference of 84 is still sampling error, one of 85 is not.
        assertFalse(Contrast.differ(FigureKind.COUNT, List.of(435.0, 351.0)));
        assertTrue(Contrast.differ(FigureKind.COUNT, List.of(435.5, 350.0)));
    }

    @Test
    void levelsDifferWhenTheirValuesDo_andOneValueComparesNothing() {
        assertTrue(Contrast.differ(FigureKind.GAUGE, List.of(3.6, 2492.0, 1253.0)));
        assertFalse(Contrast.differ(FigureKind.QUOTIENT, List.of(1.0, 1.0)));
        assertFalse(Contrast.differ(FigureKind.GAUGE, List.of(2492.0)));
        assertFalse(Contrast.differ(FigureKind.COUNT, List.of()));
    }
}
