package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.distsim.core.result.Curve;
import org.distsim.models.replication.ReplicationRuns.Run;
import org.junit.jupiter.api.Test;

/**
 * The staleness curve of a replicated database (probabilistically bounded staleness: the chance
 * that a read arriving Δt after a write's acknowledgement returns it or a newer version) against
 * cases whose curve can be computed.
 *
 * <p>The set-up: leader-follower, asynchronous commit, two members, reads from the follower, no
 * network delay, equal read and write times {@code s}, 64 workers per member at a low load (so
 * requests practically never queue), 20 keys of equal popularity. A write committed by the leader at {@code c}
 * is acknowledged at {@code c} (the front passes the answer on at once), shipped after a delay
 * {@code D} and applied by the follower in {@code s}; the follower makes entries visible in log
 * order, so entry {@code j} is visible at {@code max_{i ≤ j}(c_i + D_i) + s}. A read arriving at
 * {@code t = c_j + Δt} is served in {@code s} and returns what is visible at {@code t + s}; it is
 * fresh when that includes entry {@code j}: {@code max_{i ≤ j}(c_i + D_i) − c_j ≤ Δt}.
 * <ul>
 *   <li>Constant {@code D = d}: the maximum is {@code c_j + d}, so the curve is a step from 0 to 1
 *       at {@code Δt = d}.</li>
 *   <li>Exponential {@code D} of rate μ, commits a Poisson process of rate λ_w (all keys): entry
 *       {@code j} itself has arrived with probability {@code 1 − e^(−μΔt)}; an earlier commit at
 *       distance {@code u} has with probability {@code 1 − e^(−μ(Δt + u))}; over the Poisson
 *       process of earlier commits, all of them have with probability
 *       {@code exp(−λ_w ∫_0^∞ e^(−μ(Δt + u)) du) = exp(−(λ_w/μ) e^(−μΔt))}. So
 *       {@code P(fresh | Δt) = (1 − e^(−μΔt)) · exp(−(λ_w/μ) e^(−μΔt))}: PBS's
 *       {@code 1 − e^(−μΔt)} for one follower, lowered by the head-of-line blocking of ordered
 *       apply.</li>
 * </ul>
 * Each point of the curve estimates the mean of P(fresh) over the Δt of the reads in its bin.
 * A key is written at rate λ_k = λ_w / 20 (uniform keys), a Poisson process the reads sample at
 * random (PASTA), so the Δt of a read, the age of its key's last write, has density
 * λ_k e^(−λ_k Δt), and the expected point is the curve averaged over that density in the bin.
 * Reads of one key within a few replication delays share that key's last write, so their outcomes
 * are correlated and a binomial error would be too small; the error comes from independent
 * replications instead (seeds 1 to 8): the mean of the eight estimates of a bin must lie within
 * t(0.9995, 7) standard errors of the expected point (at least one read's worth, 1 / reads, for
 * bins where every replication agrees).
 */
class StalenessCurveTest {

    private static final double WRITES_PER_SECOND = 200;
    private static final double READS_PER_SECOND = 1800;

    private static final int REPLICATIONS = 8;
    private static final int KEYS = 20;

    private static Run run(String replicationDelay, int seed) {
        return ReplicationRuns.run("""
                name: staleness
                seed: %d
                duration: 22s
                warmup: 2s
                network:
                  latency: {dist: constant, value: 0ms}
                nodes:
                  db:
                    type: replicated-database
                    replicas: 2
                    commit: async
                    read-from: followers
                    workers: 64
                    read-time: 1ms
                    write-time: 1ms
                    replication-delay: %s
                workloads:
                  users:
                    type: open-loop
                    target: db
                    rate: %.0f/s
                    read-ratio: 90%%
                    keys: {count: %d, popularity: uniform}
                """.formatted(seed, replicationDelay, WRITES_PER_SECOND + READS_PER_SECOND, KEYS));
    }

    /** The mean of {@code f} over [from, to) weighted by the density of a write's age, λ_k e^(−λ_k x) (Simpson's rule). */
    private static double averageOverAges(DoubleUnaryOperator f, double from, double to) {
        double rate = WRITES_PER_SECOND / KEYS;
        int steps = 2000;
        double h = (to - from) / steps;
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i <= steps; i++) {
            double x = from + i * h;
            double simpson = i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2;
            double density = Math.exp(-rate * x);
            weighted += simpson * density * f.applyAsDouble(x);
            weights += simpson * density;
        }
        return weighted / weights;
    }

    private static Curve curve(Run run) {
        Curve curve = run.result().nodes().get("db").curves().get(0);
        assertEquals("fresh_read_after_write", curve.spec().name());
        return curve;
    }

    @Test
    void constantDelays_giveAStep_fromNeverFreshToAlwaysFresh_atTheShippingDelay() {
        Curve curve = curve(run("10ms", 1));
        long samples = 0;
        for (Curve.Point point : curve.points()) {
            samples += point.samples();
            if (point.toNanos() <= 10_000_000L) {
                assertEquals(0, point.hits(), "before the write can have arrived: " + point);
            } else {
                assertTrue(point.fromNanos() >= 10_000_000L, "no bin straddles the step at 10 ms: " + point);
                assertEquals(point.samples(), point.hits(), "after the write arrived: " + point);
            }
        }
        // About 36 000 reads after the warm-up, nearly all of keys written before.
        assertTrue(samples > 30_000, "reads measured: " + samples);
    }

    @Test
    void anExponentialShippingDelay_givesOneMinusExpTimesTheOrderedApplyFactor() {
        double mu = 1 / 0.010;
        // Commits form a Poisson process of rate λ_w; Δt in seconds.
        DoubleUnaryOperator exact = dt -> -Math.expm1(-mu * dt) * Math.exp(-(WRITES_PER_SECOND / mu) * Math.exp(-mu * dt));
        Map<Long, SummaryStatistics> bins = new TreeMap<>();
        Map<Long, Curve.Point> shapes = new TreeMap<>();
        for (int seed = 1; seed <= REPLICATIONS; seed++) {
            for (Curve.Point point : curve(run("{dist: exponential, mean: 10ms}", seed)).points()) {
                if (point.samples() >= 50) {
                    bins.computeIfAbsent(point.fromNanos(), from -> new SummaryStatistics()).addValue(point.probability());
                    shapes.put(point.fromNanos(), point);
                }
            }
        }
        double t = new TDistribution(null, REPLICATIONS - 1).inverseCumulativeProbability(0.9995);
        int checked = 0;
        for (Map.Entry<Long, SummaryStatistics> bin : bins.entrySet()) {
            SummaryStatistics estimates = bin.getValue();
            if (estimates.getN() < REPLICATIONS) {
                continue;
            }
            Curve.Point point = shapes.get(bin.getKey());
            double from = point.fromNanos() / 1e9;
            double to = point.unbounded() ? from + 100 : point.toNanos() / 1e9;
            double expected = averageOverAges(exact, from, to);
            double p = estimates.getMean();
            double standardError = Math.max(estimates.getStandardDeviation() / Math.sqrt(REPLICATIONS),
                    1.0 / (REPLICATIONS * point.samples()));
            String message = String.format(Locale.ROOT, "bin [%.1f, %.1f) ms: measured %.4f, expected %.4f (s.e. %.4f)",
                    from * 1e3, to * 1e3, p, expected, standardError);
            assertEquals(expected, p, t * standardError, message);
            checked++;
        }
        assertTrue(checked >= 8, "bins with enough reads in every replication: " + checked);
    }
}
