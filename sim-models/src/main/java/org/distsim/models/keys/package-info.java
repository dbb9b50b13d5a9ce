/**
 * Key popularity: which key a request names, drawn under the independent reference model (IRM),
 * where every request picks key {@code k} with a fixed probability {@code q_k}, independently of
 * all other requests.
 *
 * <p>Two laws are offered by {@link org.distsim.models.keys.KeyPopularity}. Under {@code
 * uniform(K)} every key of {@code 0 .. K-1} has probability {@code 1/K}. Under {@code zipf(K, s)}
 * key {@code k} has probability {@code (k+1)^-s / H(K, s)}, where {@code H(K, s) = Σ_{n=1..K}
 * n^-s} is the generalised harmonic number: key {@code 0} is the most popular and popularity falls
 * as a power of the rank. Web and CDN request streams fit Zipf laws with {@code s} between about
 * 0.6 and 1 (Breslau, Cao, Fan, Phillips and Shenker, "Web Caching and Zipf-like Distributions:
 * Evidence and Implications", INFOCOM 1999), which is why it is the standard workload for cache
 * studies; {@code s = 0} is the uniform law.
 *
 * <p>Sampling uses the rejection-inversion method of Hörmann and Derflinger ("Rejection-inversion
 * to generate variates from monotone discrete distributions", ACM TOMACS 6(3), 1996) as
 * implemented by commons-rng's {@code RejectionInversionZipfSampler}: constant expected time and
 * no table, so millions of keys cost nothing. Randomness comes only from the provider passed in.
 * {@link org.distsim.models.keys.KeyPopularity#probability(long)} gives the exact law, for tests
 * and for the closed-form cache approximations that tests compare against.
 */
package org.distsim.models.keys;
