package org.distsim.models.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.distsim.models.analytic.CheLru;
import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.KeyLaw;
import org.distsim.models.analytic.NodeForecast;
import org.distsim.models.analytic.Texts;
import org.distsim.models.cache.policy.Replacement;

/**
 * What a cache is to the static forecast: a delay (its lookup) without a queue, whose hit ratio
 * decides what reaches the backing node. Che's approximation ({@link CheLru}) gives the hit ratio
 * of LRU when requests name keys independently with Zipf or uniform popularity, entries never
 * expire and every request is a read (writes delete or update entries, which the approximation
 * does not model); the backing node then receives the misses, which are no longer Poisson.
 */
final class CacheForecast {

    private CacheForecast() {
    }

    static NodeForecast of(CacheConfig config, Flow offered) {
        String why = whyNoHitRatio(config, offered);
        List<String> assumptions = new ArrayList<>();
        if (why != null) {
            return new NodeForecast(offered, null, false, null, "a cache answers after its lookup and does not queue;"
                    + " no hit ratio: " + why, assumptions, Map.of(), Map.of(),
                    Map.of(config.backing(), "the cache's hit ratio is unknown: " + why));
        }
        KeyLaw keys = offered.keys();
        double hits = CheLru.hitRatio(keys.count(), keys.zipfExponent(), config.capacity());
        assumptions.add("hit ratio by Che's approximation for LRU: independent requests, Zipf(" + Texts.number(
                keys.zipfExponent()) + ") over " + keys.count() + " keys, " + config.capacity() + " held, no expiry,"
                + " reads only, after the cache has filled");
        Map<String, Flow> misses = hits >= 1 ? Map.of() : Map.of(config.backing(), offered.share(1 - hits, false));
        return new NodeForecast(offered, null, false, null, "a cache answers after its lookup and does not queue",
                assumptions, Map.of(NodeForecast.HIT_RATIO, hits), misses, Map.of());
    }

    private static String whyNoHitRatio(CacheConfig config, Flow offered) {
        if (config.eviction() != Replacement.LRU) {
            return "Che's approximation is for LRU, not " + config.eviction().configName();
        }
        if (config.ttl() != null) {
            return "entries expire (ttl)";
        }
        if (offered.readFraction() < 1) {
            return "some requests are writes";
        }
        if (offered.keys() == null) {
            return "the keys requests name are not known";
        }
        return null;
    }
}
