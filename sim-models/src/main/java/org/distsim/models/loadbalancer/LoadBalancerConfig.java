package org.distsim.models.loadbalancer;

import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.Forecastable;
import org.distsim.models.analytic.NodeForecast;
import org.distsim.models.analytic.Peers;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.Knob;
import org.distsim.models.service.RetryBudgetConfig;

/**
 * A load balancer: forwards each request to one of its backends, chosen by {@code algorithm}
 * among the healthy ones, and answers its caller with the backend's response.
 *
 * @param backends      the nodes it forwards to, at least one, no repeats
 * @param weights       relative weights in the order of {@code backends}, for weighted round robin only; null for none
 * @param algorithm     how a backend is chosen
 * @param virtualNodes  points per backend on the consistent-hash ring
 * @param routes        L7 routes by prefix of the request's route; empty for none
 * @param timeout       how long a forwarded request is waited for
 * @param overhead      the balancer's own processing time per request, in nanoseconds
 * @param healthCheck   active health checks; null for none
 * @param retries       how many times a request that a backend failed is sent to another backend
 * @param retryBudget   the limit on retries as a fraction of requests, null for {@link #DEFAULT_RETRY_BUDGET};
 *                      read only when {@code retries > 0}
 * @param outlierDetection passive ejection of backends that fail requests in a row; null for none
 */
public record LoadBalancerConfig(
        @Knob(doc = "The nodes requests are forwarded to, such as [web-1, web-2, web-3]; each at most once.",
                format = Knob.Format.NODE_REF)
        List<String> backends,
        @Knob(doc = "Relative weights, one per backend in the same order, such as [3, 1, 1]: numbers >= 0, not all 0."
                + " Only for algorithm: weighted-round-robin.", optional = true)
        List<Double> weights,
        @Knob(doc = "How a backend is chosen among the healthy ones: round-robin (in turn), weighted-round-robin"
                + " (in proportion to weights, interleaved), random, least-connections (fewest requests in"
                + " flight), power-of-two-choices (the less busy of two drawn at random), consistent-hash"
                + " (by the request's key on a ring, so a key sticks to a backend and only a failed backend's"
                + " keys move), hash-mod-n (the key's hash mod the number of healthy backends: when one fails or"
                + " returns almost every key moves, so use consistent-hash for caches and shards) or ip-hash"
                + " (by the client that sent the request, not its key, over all backends, as nginx's ip_hash:"
                + " session affinity; a backend going down moves only its own clients, but adding or removing a"
                + " backend moves almost all of them, where consistent-hash would move 1/n).",
                defaultValue = "round-robin")
        Algorithm algorithm,
        @Knob(doc = "Points per backend on the consistent-hash ring: more spread the keys more evenly (about"
                + " 1/sqrt of it as relative spread). Only read by consistent-hash.",
                defaultValue = "100", min = "1", max = "100000")
        int virtualNodes,
        @Knob(doc = "L7 routing: a list of {prefix: /api, backends: [web-1, web-2]}. A request goes to the"
                + " backends of the longest prefix its route starts with, or to all backends when none matches.",
                defaultValue = "[]")
        List<RouteConfig> routes,
        @Knob(doc = "How long the balancer waits for a backend's response. When it runs out the balancer stops"
                + " waiting and counts a timeout, but answers nothing: whether the backend acted is unknown,"
                + " so the caller's own timeout decides, and its outcome is unknown.",
                defaultValue = "10s", min = "0s", minExclusive = true)
        Duration timeout,
        @Knob(doc = "The balancer's own processing time per request before it forwards it: a distribution,"
                + " or a duration for a constant.", defaultValue = "0s")
        Distribution overhead,
        @Knob(doc = "Active health checks: {interval: 1s, timeout: 500ms, unhealthy-threshold: 2,"
                + " healthy-threshold: 2} ({} for these defaults). Leave it out for none: a crashed backend"
                + " then keeps receiving requests, which time out.", optional = true)
        HealthCheckConfig healthCheck,
        @Knob(doc = "How many times a request that a backend answered with a definite failure is sent again,"
                + " each time to a backend it has not been to yet when another is healthy; the caller gets the"
                + " last answer. A forwarded request that times out is not retried: the backend may have acted"
                + " on it. Each retry must fit the retry-budget.", defaultValue = "0", min = "0", max = "10")
        int retries,
        @Knob(doc = "Caps the retries so that a failing backend cannot cause a retry storm: {ratio: 0.2,"
                + " min-per-second: 10, window: 10s} allows, over any window, retries up to ratio × the requests"
                + " that came in plus min-per-second × window (Finagle's and Envoy's retry budget, the same as a"
                + " service call's). Leave it out for these defaults; read only with retries above 0.",
                optional = true)
        RetryBudgetConfig retryBudget,
        @Knob(doc = "Passive outlier detection, as Envoy's: {consecutive-errors: 5, base-ejection-time: 30s,"
                + " max-ejection-time: 300s, max-ejected: 10%} ({} for these defaults) ejects a backend that"
                + " fails that many forwarded requests in a row (definite failures and timeouts), for longer"
                + " each time. It catches a backend that answers its health probes but fails its requests."
                + " Leave it out for none.", optional = true)
        OutlierDetectionConfig outlierDetection) implements Forecastable {

    /** Finagle's retry budget: 20 % of the requests plus 10 retries per second, over 10 s. */
    public static final RetryBudgetConfig DEFAULT_RETRY_BUDGET = new RetryBudgetConfig(0.2, 10, Duration.ofSeconds(10));

    /** The retry budget in force: the one given, or {@link #DEFAULT_RETRY_BUDGET}. */
    public RetryBudgetConfig retryBudgetOrDefault() {
        return retryBudget == null ? DEFAULT_RETRY_BUDGET : retryBudget;
    }

    /** A balancer without retries or outlier detection. */
    public LoadBalancerConfig(List<String> backends, List<Double> weights, Algorithm algorithm, int virtualNodes,
            List<RouteConfig> routes, Duration timeout, Distribution overhead, HealthCheckConfig healthCheck) {
        this(backends, weights, algorithm, virtualNodes, routes, timeout, overhead, healthCheck, 0,
                null, null);
    }

    public LoadBalancerConfig {
        backends = List.copyOf(backends);
        weights = weights == null ? null : List.copyOf(weights);
        routes = List.copyOf(routes);
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(overhead, "overhead");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative, got " + retries);
        }
        if (retryBudget != null && retries == 0) {
            throw new IllegalArgumentException("retry-budget is read only with retries above 0; set retries: 1 (or"
                    + " more) or remove retry-budget");
        }
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("a load balancer needs at least one backend");
        }
        Set<String> seen = new HashSet<>();
        for (String backend : backends) {
            if (!seen.add(backend)) {
                throw new IllegalArgumentException("backend \"" + backend + "\" is listed twice in backends");
            }
        }
        checkWeights(weights, backends.size(), algorithm);
        Set<String> prefixes = new HashSet<>();
        for (RouteConfig route : routes) {
            if (!prefixes.add(route.prefix())) {
                throw new IllegalArgumentException("route prefix \"" + route.prefix() + "\" appears twice");
            }
            Set<String> inRoute = new HashSet<>();
            for (String backend : route.backends()) {
                if (!seen.contains(backend)) {
                    throw new IllegalArgumentException("route \"" + route.prefix() + "\" names \"" + backend
                            + "\", which is not one of the backends " + backends);
                }
                if (!inRoute.add(backend)) {
                    throw new IllegalArgumentException("route \"" + route.prefix() + "\" lists \"" + backend + "\" twice");
                }
            }
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (virtualNodes < 1) {
            throw new IllegalArgumentException("virtual-nodes must be at least 1, got " + virtualNodes);
        }
    }

    /** The weight of backend {@code index}: 1 when no weights are given. */
    public double weight(int index) {
        return weights == null ? 1 : weights.get(index);
    }

    private static void checkWeights(List<Double> weights, int backends, Algorithm algorithm) {
        if (weights == null) {
            return;
        }
        if (algorithm != Algorithm.WEIGHTED_ROUND_ROBIN) {
            throw new IllegalArgumentException("weights are read only by algorithm weighted-round-robin, not "
                    + algorithm.name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + "; set algorithm: weighted-round-robin or remove weights");
        }
        if (weights.size() != backends) {
            throw new IllegalArgumentException(backends + " backends need " + backends + " weights, one per backend"
                    + " in the same order; got " + weights.size());
        }
        double total = 0;
        for (double weight : weights) {
            if (!Double.isFinite(weight) || weight < 0) {
                throw new IllegalArgumentException("a weight must be a number >= 0, got " + weight);
            }
            total += weight;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("at least one weight must be above 0");
        }
    }

    @Override
    public NodeForecast forecast(Flow offered, Peers peers) {
        return BalancerForecast.of(this, offered, peers);
    }
}
