package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Mser5Test {

    /** AR(1) noise around a level: stationary, autocorrelated like a queue's per-interval mean. */
    private static double[] stationary(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double e = 0;
        for (int i = 0; i < n; i++) {
            e = 0.5 * e + random.nextGaussian();
            x[i] = 5 + e;
        }
        return x;
    }

    @Test
    void stationarySeries_isAcceptedForEverySeed() {
        for (long seed = 1; seed <= 50; seed++) {
            assertTrue(Mser5.looksStationary(stationary(270, seed)), "seed " + seed);
        }
    }

    @Test
    void initialTransient_isTruncatedEarlyAndAccepted() {
        double[] x = stationary(300, 3);
        for (int i = 0; i < 30; i++) {
            x[i] += 20 * (30 - i) / 30.0; // a cold start that decays within the first tenth
        }
        int d = Mser5.truncation(x);
        assertTrue(d >= 10 && d <= 60, "truncation " + d);
        assertTrue(Mser5.looksStationary(x));
    }

    @Test
    void ramp_isFlaggedAsNotStationary() {
        double[] x = stationary(270, 7);
        for (int i = 0; i < x.length; i++) {
            x[i] += 0.1 * i;
        }
        assertFalse(Mser5.looksStationary(x));
        assertTrue(Mser5.truncation(x) > 135);
    }

    @Test
    void constantSeries_truncatesAtZero() {
        assertEquals(0, Mser5.truncation(new double[200]));
    }

    @Test
    void shortSeries_getsNoVerdict() {
        assertEquals(-1, Mser5.truncation(new double[149]));
        assertTrue(Mser5.looksStationary(new double[149]));
    }
}
