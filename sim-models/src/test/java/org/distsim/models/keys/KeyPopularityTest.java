package org.distsim.models.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyPopularityTest {

    private static final int DRAWS = 1_000_000;

    @ParameterizedTest(name = "zipf s = {0}")
    @ValueSource(doubles = {0.6, 0.8, 1.0, 1.2})
    void theTopKeys_areDrawnWithTheirZipfProbabilities_withinBinomialError(double exponent) {
        KeyPopularity zipf = KeyPopularity.zipf(10_000, exponent);
        KeySampler sampler = zipf.sampler(new RandomStreams(99, 0).stream("client", "keys"));
        long[] counts = new long[10_000];
        for (int i = 0; i < DRAWS; i++) {
            long key = sampler.nextKey();
            assertTrue(key >= 0 && key < 10_000, "key out of range: " + key);
            counts[(int) key]++;
        }
        // 20 comparisons at 4.5 binomial standard deviations: a false alarm has odds below 1e-4.
        for (int key = 0; key < 20; key++) {
            double p = zipf.probability(key);
            double sd = Math.sqrt(DRAWS * p * (1 - p));
            assertEquals(DRAWS * p, counts[key], 4.5 * sd, "draws of key " + key);
        }
        double top100 = zipf.topProbability(100);
        long drawnTop100 = 0;
        for (int key = 0; key < 100; key++) {
            drawnTop100 += counts[key];
        }
        assertEquals(DRAWS * top100, drawnTop100, 4.5 * Math.sqrt(DRAWS * top100 * (1 - top100)));
    }

    @Test
    void uniformKeys_areDrawnEquallyOften_withinBinomialError() {
        KeyPopularity uniform = KeyPopularity.uniform(10);
        KeySampler sampler = uniform.sampler(new RandomStreams(4, 0).stream("client", "keys"));
        long[] counts = new long[10];
        for (int i = 0; i < DRAWS; i++) {
            counts[(int) sampler.nextKey()]++;
        }
        double sd = Math.sqrt(DRAWS * 0.1 * 0.9);
        for (int key = 0; key < 10; key++) {
            assertEquals(DRAWS / 10.0, counts[key], 4.5 * sd, "draws of key " + key);
            assertEquals(0.1, uniform.probability(key), 1e-15);
        }
    }

    @Test
    void theProbabilities_sumToOne_andFallWithRank() {
        KeyPopularity zipf = KeyPopularity.zipf(50_000, 0.9);
        double sum = 0;
        for (int key = 0; key < zipf.keyCount(); key++) {
            sum += zipf.probability(key);
            if (key > 0) {
                assertTrue(zipf.probability(key) < zipf.probability(key - 1));
            }
        }
        assertEquals(1, sum, 1e-12);
        assertEquals(1, zipf.topProbability(50_000), 1e-12);
        assertEquals(zipf.probability(0) + zipf.probability(1), zipf.topProbability(2), 1e-15);
        assertEquals(0, zipf.probability(-1));
        assertEquals(0, zipf.probability(50_000));
    }

    @Test
    void zipfProbabilities_followTheFormula_evenBeyondTheExactlySummedTerms() {
        // 3 000 000 keys: the normaliser's tail beyond a million terms comes from Euler–Maclaurin.
        KeyPopularity large = KeyPopularity.zipf(3_000_000, 1.0);
        double harmonic = 0;
        for (int n = 3_000_000; n >= 1; n--) {
            harmonic += 1.0 / n;
        }
        assertEquals(1 / harmonic, large.probability(0), 1e-15);
        assertEquals(1 / (10 * harmonic), large.probability(9), 1e-15);
    }

    @Test
    void exponentZero_isTheUniformLaw() {
        KeyPopularity flat = KeyPopularity.zipf(8, 0);
        assertTrue(flat.isUniform());
        assertEquals(0.125, flat.probability(3), 1e-15);
    }

    @Test
    void theSameStream_givesTheSameKeys() {
        KeySampler a = KeyPopularity.zipf(1000, 1).sampler(new RandomStreams(1, 0).stream("c", "keys"));
        KeySampler b = KeyPopularity.zipf(1000, 1).sampler(new RandomStreams(1, 0).stream("c", "keys"));
        for (int i = 0; i < 1000; i++) {
            assertEquals(a.nextKey(), b.nextKey());
        }
    }

    @Test
    void impossibleParameters_areRejected_namingTheParameter() {
        var count = assertThrows(IllegalArgumentException.class, () -> KeyPopularity.uniform(0));
        assertTrue(count.getMessage().contains("keyCount"), count.getMessage());
        var exponent = assertThrows(IllegalArgumentException.class, () -> KeyPopularity.zipf(10, -0.5));
        assertTrue(exponent.getMessage().contains("exponent"), exponent.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KeyPopularity.zipf(10, Double.NaN));
    }
}
