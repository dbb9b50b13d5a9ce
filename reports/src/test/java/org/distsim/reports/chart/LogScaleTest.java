package org.distsim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogScaleTest {

    private static List<String> labels(Scale scale) {
        return scale.ticks().stream().map(Tick::label).toList();
    }

    @Test
    void spansTheWholeDecadesAroundTheData_withTwoAndFiveWhenFew() {
        LogScale scale = LogScale.of(0.3, 42);
        assertEquals(0.1, scale.min(), 1e-15);
        assertEquals(100, scale.max(), 1e-12);
        assertEquals(List.of("0.1", "0.2", "0.5", "1", "2", "5", "10", "20", "50", "100"), labels(scale));
    }

    @Test
    void manyDecades_areTickedAtPowersOfTenOnly() {
        assertEquals(List.of("0.01", "0.1", "1", "10", "100", "1000"), labels(LogScale.of(0.05, 900)));
    }

    @Test
    void aMaximumThatIsAPowerOfTen_endsThere() {
        assertEquals(1000, LogScale.of(1, 1000).max(), 1e-9);
    }

    @Test
    void oneValue_getsOneDecade() {
        LogScale scale = LogScale.of(3, 3);
        assertEquals(1, scale.min(), 1e-15);
        assertEquals(10, scale.max(), 1e-12);
    }

    @Test
    void fraction_isLogarithmic() {
        LogScale scale = LogScale.of(1, 100);
        assertEquals(0, scale.fraction(1), 1e-15);
        assertEquals(0.5, scale.fraction(10), 1e-15);
        assertEquals(1, scale.fraction(100), 1e-15);
    }

    @Test
    void zeroOrNegativeRanges_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> LogScale.of(0, 10));
        assertThrows(IllegalArgumentException.class, () -> LogScale.of(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> LogScale.of(10, 1));
    }
}
