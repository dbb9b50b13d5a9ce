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
                + " flight), power-of-two-choices (the less busy of two drawn at random) or consistent-hash"
                + " (by the request's key, so a key sticks to a backend).", defaultValue = "round-robin")
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
        HealthCheckConfig healthCheck) implements Forecastable {

    public LoadBalancerConfig {
        backends = List.copyOf(backends);
        weights = weights == null ? null : List.copyOf(weights);
        routes = List.copyOf(routes);
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(overhead, "overhead");
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
