package org.distsim.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.HdrHistogram.Histogram;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class IntervalLatencyTest {

    private static final double[] PERCENTILES = {0, 0.1, 1, 10, 25, 50, 90, 95, 99, 99.9, 99.99, 100};

    @Test
    void everyPercentile_isExactlyWhatAThreeDigitHdrHistogramOfTheSameValuesReports() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(42L);
        int[] sizes = {1, 2, 3, 7, 100, 799, 800, 1001, 60_000};
        for (int size : sizes) {
            for (int shape = 0; shape < 4; shape++) {
                IntervalLatency rising = new IntervalLatency(3);
                IntervalLatency falling = new IntervalLatency(3);
                Histogram reference = new Histogram(3);
                for (int i = 0; i < size; i++) {
                    long value = draw(rng, shape);
                    rising.record(value);
                    falling.record(value);
                    reference.recordValue(value);
                }
                // Read in rising order from one and falling from the other, as each selection
                // narrows where the next one looks.
                for (int i = 0; i < PERCENTILES.length; i++) {
                    double up = PERCENTILES[i];
                    double down = PERCENTILES[PERCENTILES.length - 1 - i];
                    assertEquals(reference.getValueAtPercentile(up), rising.valueAtPercentile(up),
                            "rising p" + up + " of " + size + " values of shape " + shape);
                    assertEquals(reference.getValueAtPercentile(down), falling.valueAtPercentile(down),
                            "falling p" + down + " of " + size + " values of shape " + shape);
                }
            }
        }
    }

    @Test
    void anIntervalPastTheRawLimit_continuesInAHistogram_withTheSamePercentiles_andAResetStartsRawAgain() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(7L);
        IntervalLatency raw = new IntervalLatency(3);
        Histogram reference = new Histogram(3);
        for (int i = 0; i < IntervalLatency.RAW_LIMIT + 5_000; i++) {
            long value = draw(rng, 1);
            raw.record(value);
            reference.recordValue(value);
        }
        for (double p : PERCENTILES) {
            assertEquals(reference.getValueAtPercentile(p), raw.valueAtPercentile(p), "p" + p);
        }
        raw.reset();
        assertTrue(raw.isEmpty());
        raw.record(5_000_000);
        assertFalse(raw.isEmpty());
        Histogram one = new Histogram(3);
        one.recordValue(5_000_000);
        assertEquals(one.getValueAtPercentile(50), raw.valueAtPercentile(50));
    }

    @Test
    void selection_findsEveryRank_amongManyEqualValues() {
        long[] values = new long[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 3 == 0 ? 7 : 3;
        }
        for (int k = 0; k < values.length; k++) {
            long[] copy = values.clone();
            assertEquals(k < 666 ? 3 : 7, IntervalLatency.select(copy, 0, copy.length - 1, k), "rank " + k);
        }
    }

    /** Shapes: exponential around 5 ms; heavy-tailed; a few distinct values with zeros; wide uniform. */
    private static long draw(UniformRandomProvider rng, int shape) {
        return switch (shape) {
            case 0 -> (long) (-Math.log(1 - rng.nextDouble()) * 5_000_000);
            case 1 -> (long) (1_000 / Math.pow(1 - rng.nextDouble(), 1.5));
            case 2 -> rng.nextInt(4) * 1_000_000L;
            default -> rng.nextLong(10_000_000_000L);
        };
    }
}
