package org.distsim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearScaleTest {

    private static List<String> labels(Scale scale) {
        return scale.ticks().stream().map(Tick::label).toList();
    }

    @Test
    void rounded_widensTheRangeToWholeStepsAroundTheData() {
        LinearScale scale = LinearScale.rounded(0, 23.7, 5);
        assertEquals(0, scale.min());
        assertEquals(25, scale.max());
        assertEquals(List.of("0", "5", "10", "15", "20", "25"), labels(scale));
    }

    @Test
    void rounded_labelsEveryTickWithTheSameDecimals() {
        assertEquals(List.of("0.0", "0.5", "1.0", "1.5", "2.0"), labels(LinearScale.rounded(0, 1.9, 4)));
        assertEquals(List.of("99.0", "99.2", "99.4", "99.6", "99.8", "100.0"), labels(LinearScale.rounded(99, 100, 5)));
    }

    @Test
    void rounded_aMaximumThatIsAMultipleUpToBinaryRounding_doesNotAddAStep() {
        // 0.1 + 0.2 is 0.30000000000000004, a hair above three steps of 0.1.
        LinearScale scale = LinearScale.rounded(0, 0.1 + 0.2, 6);
        assertEquals(0.3, scale.max(), 1e-15);
        assertEquals(List.of("0.0", "0.1", "0.2", "0.3"), labels(scale));
    }

    @Test
    void rounded_oneValue_getsOneStepAboveIt() {
        LinearScale scale = LinearScale.rounded(4, 4, 5);
        assertEquals(4, scale.min());
        assertEquals(5, scale.max());
    }

    @Test
    void rounded_negativeValues_areTickedBelowZero() {
        assertEquals(List.of("-10", "-5", "0", "5", "10"), labels(LinearScale.rounded(-7, 8, 4)));
    }

    @Test
    void exact_endsWhereTheDataEnd_notAtTheNextRoundNumber() {
        LinearScale scale = LinearScale.exact(500, 950, 6);
        assertEquals(500, scale.min());
        assertEquals(950, scale.max());
        assertEquals(List.of("500", "600", "700", "800", "900"), labels(scale));
        assertTrue(scale.ticks().stream().allMatch(t -> t.value() >= 500 && t.value() <= 950));
    }

    @Test
    void padded_leavesRoomAtBothEnds_butTicksOnlyTheData() {
        LinearScale scale = LinearScale.padded(500, 950, 6, 0.04);
        assertEquals(482, scale.min(), 1e-9);
        assertEquals(968, scale.max(), 1e-9);
        assertEquals(List.of("500", "600", "700", "800", "900"), labels(scale));
    }

    @Test
    void fraction_isZeroAtTheMinimumAndOneAtTheMaximum() {
        LinearScale scale = LinearScale.exact(10, 30, 4);
        assertEquals(0, scale.fraction(10));
        assertEquals(0.5, scale.fraction(20));
        assertEquals(1, scale.fraction(30));
        assertEquals(100, scale.position(20, 0, 200));
        assertEquals(30, scale.clamp(45));
    }

    @Test
    void relabel_keepsThePositions() {
        LinearScale scale = LinearScale.exact(0, 1, 2).relabel(v -> v == 0 ? "none" : "some");
        assertEquals(List.of("none", "some", "some"), labels(scale));
        assertEquals(0.5, scale.ticks().get(1).value());
    }

    @Test
    void aRangeThatIsEmptyOrNotFinite_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> LinearScale.exact(3, 3, 5));
        assertThrows(IllegalArgumentException.class, () -> LinearScale.rounded(5, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> LinearScale.rounded(0, Double.NaN, 5));
    }
}
