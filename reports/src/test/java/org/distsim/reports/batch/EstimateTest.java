package org.distsim.reports.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Means and Student-t half-widths against values computed by hand. */
class EstimateTest {

    @Test
    void fiveValues_giveTheTextbookInterval() {
        // mean 3, sd sqrt(2.5) = 1.5811, t(0.975, 4) = 2.7764: half-width 2.7764 * 1.5811 / sqrt(5) = 1.9632.
        Estimate e = Estimate.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0));
        assertEquals(5, e.n());
        assertEquals(3.0, e.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), e.sd(), 1e-12);
        assertEquals(1.9632, e.halfWidth(), 1e-4);
        assertEquals(3.0 - e.halfWidth(), e.low(), 1e-12);
        assertEquals(1.0, e.min());
        assertEquals(5.0, e.max());
    }

    @Test
    void tQuantiles_matchTheTables() {
        assertEquals(12.7062, Estimate.tQuantile(0.95, 1), 1e-4);
        assertEquals(2.2622, Estimate.tQuantile(0.95, 9), 1e-4);
        assertEquals(1.9600, Estimate.tQuantile(0.95, 100_000), 1e-3);
    }

    @Test
    void undefinedValues_areSkipped_andTooFewGiveNoInterval() {
        Estimate skipped = Estimate.of(Arrays.asList(2.0, null, Double.NaN, 4.0));
        assertEquals(2, skipped.n());
        assertEquals(3.0, skipped.mean(), 1e-12);
        Estimate one = Estimate.of(List.of(7.0));
        assertEquals(7.0, one.mean());
        assertNull(one.halfWidth());
        assertNull(one.low());
        Estimate none = Estimate.of(Arrays.asList((Double) null));
        assertEquals(0, none.n());
        assertNull(none.mean());
    }

    @Test
    void theSameValues_inTheSameOrder_giveTheSameBits() {
        List<Double> values = List.of(0.1, 0.2, 0.3, 1e-9, 12345.678);
        assertEquals(Estimate.of(values), Estimate.of(List.copyOf(values)));
    }
}
