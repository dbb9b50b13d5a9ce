package org.distsim.models.cache.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.random.RandomStreams;
import org.distsim.models.keys.KeyPopularity;
import org.distsim.models.keys.KeySampler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hit ratios of TTL caches under Zipf popularity against their exact values, for both
 * expire-after-write and expire-after-access.
 *
 * <p>The closed forms. Requests arrive as a Poisson process of rate λ and name key {@code i} with
 * probability {@code q_i} (the independent reference model), so the requests for key {@code i} are
 * a Poisson process of rate {@code λ q_i}; the capacity is the whole key space, so only the TTL
 * {@code T} removes entries.
 * <ul>
 *   <li>Expire-after-access: a request hits exactly when the previous request for its key came
 *       less than {@code T} earlier (every use restarts the TTL), and the gap is exponential, so
 *       {@code h_i = 1 − e^(−λ q_i T)}. This is Che's formula for LRU with the characteristic time
 *       set to {@code T}: an LRU cache behaves like an expire-after-access cache whose TTL is its
 *       characteristic time (Che, Tung and Wang, IEEE JSAC 2002; Fricker, Robert and Roberts, ITC
 *       2012; Martina, Garetto and Leonardi, INFOCOM 2014).</li>
 *   <li>Expire-after-write: a miss starts a window of length {@code T} in which every request for
 *       the key hits; the first request after it misses. By the renewal-reward theorem, with
 *       Poisson({@code λ q_i T}) hits per miss, {@code h_i = λ q_i T / (1 + λ q_i T)} (Jung, Berger
 *       and Balakrishnan, "Modeling TTL-based Internet caches", INFOCOM 2003; Fofack, Nain, Neglia
 *       and Towsley, "Analysis of TTL-based cache networks", VALUETOOLS 2012).</li>
 * </ul>
 * The overall hit ratio is {@code Σ_i q_i h_i}. Both are exact, not approximations, so the
 * tolerance is sampling error alone, plus the rounding of arrival times to whole nanoseconds
 * (relative error about 1e-9 here).
 *
 * <p>How the tolerance is derived: after a warm-up of 50 000 requests (many TTLs), 20 batches of
 * 100 000 requests each; a batch lasts hundreds of TTLs, so batch hit ratios are nearly independent,
 * and the standard error is their standard deviation over √20 (batch means). Allowed: 4 standard
 * errors.
 */
class TtlUnderZipfTest {

    private static final int KEYS = 10_000;
    private static final double RATE_PER_NANO = 1e-6;
    private static final int WARM_UP_REQUESTS = 50_000;
    private static final int BATCHES = 20;
    private static final int BATCH_REQUESTS = 100_000;

    static Stream<Arguments> workloads() {
        // (Zipf exponent, TTL as the mean number of requests to the whole cache during one TTL)
        return Stream.of(Arguments.of(0.8, 200), Arguments.of(0.8, 2_000), Arguments.of(1.0, 500));
    }

    @ParameterizedTest(name = "zipf s = {0}, ttl = {1} mean inter-arrival times")
    @MethodSource("workloads")
    void expireAfterAccess_hitRatio_isChesFormulaWithTheTtlAsCharacteristicTime(double exponent, int ttlRequests) {
        KeyPopularity popularity = KeyPopularity.zipf(KEYS, exponent);
        double lambdaT = ttlRequests;
        double exact = sum(popularity, q -> q * -Math.expm1(-q * lambdaT));
        double[] measured = measure(ExpireAfter.ACCESS, popularity, ttlRequests);
        assertEquals(exact, measured[0], 4 * measured[1], describe("after access", exact, measured));
    }

    @ParameterizedTest(name = "zipf s = {0}, ttl = {1} mean inter-arrival times")
    @MethodSource("workloads")
    void expireAfterWrite_hitRatio_isTheRenewalFormula(double exponent, int ttlRequests) {
        KeyPopularity popularity = KeyPopularity.zipf(KEYS, exponent);
        double lambdaT = ttlRequests;
        double exact = sum(popularity, q -> q * (q * lambdaT / (1 + q * lambdaT)));
        double[] measured = measure(ExpireAfter.WRITE, popularity, ttlRequests);
        assertEquals(exact, measured[0], 4 * measured[1], describe("after write", exact, measured));
    }

    /** The mean hit ratio of the batches and its standard error. */
    private static double[] measure(ExpireAfter expireAfter, KeyPopularity popularity, int ttlRequests) {
        RandomStreams streams = new RandomStreams(2003, 0);
        KeySampler keys = popularity.sampler(streams.stream("client", "keys"));
        UniformRandomProvider gaps = streams.stream("client", "arrivals");
        long ttlNanos = Math.round(ttlRequests / RATE_PER_NANO);
        EvictionPolicy policy = EvictionPolicy.of(Replacement.LRU, KEYS, ttlNanos, expireAfter, null);
        long[] now = {0};
        Runnable request = () -> {
            now[0] += Math.round(-Math.log1p(-gaps.nextDouble()) / RATE_PER_NANO);
            policy.access(keys.nextKey(), now[0]);
        };
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            request.run();
        }
        SummaryStatistics batches = new SummaryStatistics();
        for (int b = 0; b < BATCHES; b++) {
            long hitsBefore = policy.hits();
            for (int i = 0; i < BATCH_REQUESTS; i++) {
                request.run();
            }
            batches.addValue((double) (policy.hits() - hitsBefore) / BATCH_REQUESTS);
        }
        assertEquals(0, policy.evictions(), "the capacity holds every key: only the TTL removes entries");
        return new double[] {batches.getMean(), batches.getStandardDeviation() / Math.sqrt(BATCHES)};
    }

    private static double sum(KeyPopularity popularity, DoubleUnaryOperator term) {
        double total = 0;
        for (int i = KEYS - 1; i >= 0; i--) {
            total += term.applyAsDouble(popularity.probability(i));
        }
        return total;
    }

    private static String describe(String mode, double exact, double[] measured) {
        return String.format(Locale.ROOT, "expire %s: exact %.5f, measured %.5f ± %.5f (1 s.e.)", mode, exact,
                measured[0], measured[1]);
    }
}
