package org.distsim.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DistributionTest {

    private static final int DRAWS = 200_000;

    static Stream<Distribution> distributionsWithFiniteVariance() {
        return Stream.of(
                new Constant(3),
                new Exponential(2),
                new Uniform(1, 5),
                new Normal(5, 2),
                new Normal(1, 2), // truncation matters here: the mean must be the truncated one
                LogNormal.fromMedianAndP99(2, 20),
                new Pareto(1, 3.5),
                new Weibull(0.8, 2),
                new Empirical(new double[] {1, 2, 20, 50}, new double[] {0, 0.5, 0.99, 1}));
    }

    @ParameterizedTest
    @MethodSource("distributionsWithFiniteVariance")
    void theSampleMean_matchesTheExactMean_withinFourStandardErrors(Distribution distribution) {
        ContinuousSampler sampler = distribution.sampler(new RandomStreams(11, 0).stream("test", distribution.name()));
        SummaryStatistics stats = new SummaryStatistics();
        for (int i = 0; i < DRAWS; i++) {
            double x = sampler.sample();
            assertTrue(x >= 0, "negative draw " + x);
            stats.addValue(x);
        }
        double standardError = stats.getStandardDeviation() / Math.sqrt(DRAWS);
        assertEquals(distribution.mean(), stats.getMean(), 4 * standardError + 1e-12, distribution.toString());
    }

    /** Distributions whose fourth moment exists, so that the sample second moment has a standard error. */
    static Stream<Distribution> distributionsWithFiniteFourthMoment() {
        return Stream.of(
                new Constant(3),
                new Exponential(2),
                new Uniform(1, 5),
                new Normal(5, 2),
                new Normal(1, 2),
                LogNormal.fromMedianAndP99(2, 8),
                new Pareto(1, 9),
                new Weibull(0.8, 2),
                new Empirical(new double[] {1, 2, 20, 50}, new double[] {0, 0.5, 0.99, 1}));
    }

    @ParameterizedTest
    @MethodSource("distributionsWithFiniteFourthMoment")
    void theSampleSecondMoment_matchesTheExactOne_withinFourStandardErrors(Distribution distribution) {
        ContinuousSampler sampler = distribution.sampler(new RandomStreams(12, 0).stream("test", distribution.name()));
        SummaryStatistics squares = new SummaryStatistics();
        for (int i = 0; i < DRAWS; i++) {
            double x = sampler.sample();
            squares.addValue(x * x);
        }
        double standardError = squares.getStandardDeviation() / Math.sqrt(DRAWS);
        assertEquals(distribution.secondMoment(), squares.getMean(), 4 * standardError + 1e-12, distribution.toString());
    }

    @Test
    void secondMoments_haveTheTextbookValues() {
        assertEquals(9, new Constant(3).secondMoment(), 1e-12);
        assertEquals(8, new Exponential(2).secondMoment(), 1e-12);
        assertEquals(31.0 / 3, new Uniform(1, 5).secondMoment(), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, new Pareto(1, 2).secondMoment());
        assertEquals(3, new Pareto(1, 3).secondMoment(), 1e-12);
        // Far from zero the truncation is invisible: mu^2 + sd^2.
        assertEquals(1000 * 1000 + 4, new Normal(1000, 2).secondMoment(), 1e-6);
    }

    @Test
    void aLognormalFittedToMedianAndP99_hasThoseQuantiles() {
        ContinuousSampler sampler = LogNormal.fromMedianAndP99(2, 20).sampler(new RandomStreams(5, 0).stream("t", "t"));
        double[] draws = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = sampler.sample();
        }
        Arrays.sort(draws);
        // Order-statistic error: about sqrt(p(1-p)/n) in probability; 0.5 % of p is ample here.
        assertEquals(2, draws[DRAWS / 2], 0.05);
        assertEquals(20, draws[(int) (DRAWS * 0.99)], 1.0);
    }

    @Test
    void anEmpiricalDistribution_interpolatesBetweenItsPoints() {
        Empirical e = new Empirical(new double[] {0, 10, 100}, new double[] {0, 0.5, 1});
        assertEquals(5, e.quantile(0.25), 1e-12);
        assertEquals(10, e.quantile(0.5), 1e-12);
        assertEquals(55, e.quantile(0.75), 1e-12);
        assertEquals(30, e.mean(), 1e-12);
    }

    @Test
    void impossibleParameters_areRejectedWithTheParameterNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Exponential(-1));
        assertTrue(e.getMessage().contains("mean"));
        assertThrows(IllegalArgumentException.class, () -> new Uniform(3, 1));
        assertThrows(IllegalArgumentException.class, () -> LogNormal.fromMedianAndP99(5, 2));
        assertThrows(IllegalArgumentException.class, () -> new Empirical(new double[] {1, 2}, new double[] {0.1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new Normal(-100, 1));
    }

    @Test
    void aParetoWithShapeAtMostOne_hasAnInfiniteMean() {
        assertEquals(Double.POSITIVE_INFINITY, new Pareto(1, 1).mean());
        assertEquals(1.5, new Pareto(1, 3).mean(), 1e-12);
    }
}
