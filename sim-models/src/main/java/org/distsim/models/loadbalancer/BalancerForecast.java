package org.distsim.models.loadbalancer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.NodeForecast;
import org.distsim.models.analytic.Peers;

/**
 * What a load balancer is to the static forecast: a delay (its overhead) without a queue of its
 * own, and a split of its requests over the backends. Round robin and random give each backend
 * an equal share (random keeps Poisson arrivals Poisson, round robin does not), weighted round robin
 * a share by weight; least connections and two choices give alike backends equal shares by
 * symmetry, and otherwise split by the backends' state, which only the run decides, as the hashing
 * algorithms split by the requests' keys (or clients) and L7 routes by path. Retries and ejections
 * are left out: the forecast assumes every backend answers.
 */
final class BalancerForecast {

    private BalancerForecast() {
    }

    static NodeForecast of(LoadBalancerConfig config, Flow offered, Peers peers) {
        List<String> backends = config.backends();
        Map<String, Flow> sent = new LinkedHashMap<>();
        Map<String, String> unknown = new LinkedHashMap<>();
        List<String> assumptions = new java.util.ArrayList<>();
        assumptions.add("every backend stays healthy (no health check takes one out)");
        String why = null;
        if (!config.routes().isEmpty()) {
            why = "L7 routes split the requests by path";
        } else if (config.algorithm() == Algorithm.ROUND_ROBIN || config.algorithm() == Algorithm.RANDOM) {
            for (String backend : backends) {
                sent.put(backend, offered.share(1.0 / backends.size(), config.algorithm() == Algorithm.RANDOM));
            }
        } else if (config.algorithm() == Algorithm.WEIGHTED_ROUND_ROBIN) {
            double total = 0;
            for (int i = 0; i < backends.size(); i++) {
                total += weight(config, i);
            }
            for (int i = 0; i < backends.size(); i++) {
                sent.put(backends.get(i), offered.share(weight(config, i) / total, false));
            }
        } else if (!config.algorithm().hashes() && peers.alike(backends)) {
            // Least connections and two choices treat backends alike: alike backends get equal shares.
            for (String backend : backends) {
                sent.put(backend, offered.share(1.0 / backends.size(), false));
            }
            assumptions.add(name(config.algorithm()) + " over alike backends gives each an equal share (by symmetry)");
        } else {
            why = name(config.algorithm()) + (config.algorithm() == Algorithm.IP_HASH ? " splits by the requests' clients"
                    : config.algorithm().hashes() ? " splits by the requests' keys"
                    : " over backends that differ splits by their state")
                    + ", which only the run decides";
        }
        if (why != null) {
            for (String backend : backends) {
                unknown.put(backend, why);
            }
        }
        return new NodeForecast(offered, null, false, null, "a load balancer forwards after its overhead and does"
                + " not queue", assumptions, Map.of(), sent, unknown);
    }

    private static String name(Algorithm algorithm) {
        return algorithm.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static double weight(LoadBalancerConfig config, int i) {
        return config.weights() == null ? 1 : config.weights().get(i);
    }
}
