package org.distsim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryScaleTest {

    @Test
    void namesAreEvenlySpaced_withHalfAStepOfRoomAtEitherEnd() {
        CategoryScale scale = CategoryScale.of(List.of("round-robin", "random", "least-connections"));
        assertEquals(List.of("round-robin", "random", "least-connections"),
                scale.ticks().stream().map(Tick::label).toList());
        assertEquals(1.0 / 6, scale.fraction(0), 1e-15);
        assertEquals(0.5, scale.fraction(1), 1e-15);
        assertEquals(5.0 / 6, scale.fraction(2), 1e-15);
    }

    @Test
    void oneName_sitsInTheMiddle() {
        assertEquals(0.5, CategoryScale.of(List.of("only")).fraction(0), 1e-15);
    }
}
