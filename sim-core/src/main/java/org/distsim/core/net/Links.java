package org.distsim.core.net;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.distsim.core.random.Distribution;

/**
 * The shape of the network: the zone of each actor, the link rules that give the latency between
 * places, and the latency of every message no rule matches. A network without zones or rules
 * ({@link #uniform}) has one latency for every message.
 *
 * <p>Which rule a message follows depends on the names and zones of its two ends only, so the
 * network resolves it once per pair of actors.
 *
 * @param fallback  the latency of a message no rule matches (and of every message without rules)
 * @param zoneOf    the zone of each actor that has one, by actor name, in declaration order
 * @param rules     the link rules in file order; among equally specific rules the first wins
 * @param metered   the actors whose messages into another zone are counted as a figure of theirs
 *                  ({@link NetworkFigures#CROSS_ZONE}); nodes, not workloads, which record no
 *                  node figures
 * @param interfaces  the bandwidth of the network interface of each node that has one, in bytes per
 *                  second, by actor name, in declaration order; each direction (out, in) is a pipe
 *                  of that bandwidth
 */
public record Links(Distribution fallback, Map<String, String> zoneOf, List<LinkRule> rules, Set<String> metered,
        Map<String, Double> interfaces) {

    public Links {
        Objects.requireNonNull(fallback, "fallback");
        zoneOf = Collections.unmodifiableMap(new LinkedHashMap<>(zoneOf));
        rules = List.copyOf(rules);
        metered = Collections.unmodifiableSet(new LinkedHashSet<>(metered));
        interfaces = Collections.unmodifiableMap(new LinkedHashMap<>(interfaces));
        interfaces.forEach((actor, bandwidth) -> {
            if (!(bandwidth > 0) || Double.isInfinite(bandwidth)) {
                throw new IllegalArgumentException("the bandwidth of " + actor + " must be a finite number of bytes"
                        + " per second > 0, got " + bandwidth);
            }
        });
    }

    /** Zones and rules, without interface bandwidths. */
    public Links(Distribution fallback, Map<String, String> zoneOf, List<LinkRule> rules, Set<String> metered) {
        this(fallback, zoneOf, rules, metered, Map.of());
    }

    /** One latency for every message: no zones, no rules. */
    public static Links uniform(Distribution latency) {
        return new Links(latency, Map.of(), List.of(), Set.of());
    }

    /** Whether any link or interface has a bandwidth, so that message sizes cost time. */
    public boolean limitsBandwidth() {
        return !interfaces.isEmpty() || rules.stream().anyMatch(LinkRule::limited);
    }

    /** Whether every message takes the fallback latency and nothing crosses a zone. */
    public boolean isUniform() {
        return zoneOf.isEmpty() && rules.isEmpty();
    }

    /** The zones in the order their first actor is declared. */
    public List<String> zones() {
        return List.copyOf(new LinkedHashSet<>(zoneOf.values()));
    }

    /** The zone of an actor, or null when it has none. */
    public String zone(String actor) {
        return zoneOf.get(actor);
    }

    /** Whether a message from {@code from} to {@code to} crosses rule {@code rule} from its first end to its second. */
    boolean forward(int rule, String from, String to) {
        return rules.get(rule).forward(from, zoneOf.get(from), to, zoneOf.get(to));
    }

    /**
     * The index in {@link #rules} of the rule a message from {@code from} to {@code to} follows:
     * the most specific that matches, the first among equals; -1 when none does.
     */
    public int ruleFor(String from, String to) {
        String fromZone = zoneOf.get(from);
        String toZone = zoneOf.get(to);
        int best = -1;
        for (int i = 0; i < rules.size(); i++) {
            LinkRule rule = rules.get(i);
            if (rule.matches(from, fromZone, to, toZone)
                    && (best < 0 || rule.specificity() > rules.get(best).specificity())) {
                best = i;
            }
        }
        return best;
    }
}
