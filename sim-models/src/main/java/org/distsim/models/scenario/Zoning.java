package org.distsim.models.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.distsim.core.net.LinkRule;

/**
 * The zones of a scenario's actors and its link rules, as {@link ZoneBinder} resolved them from
 * {@code zone:}, {@code zones:} and {@code network.links}.
 *
 * @param zoneOf  the zone of each actor that has one (nodes, group members, workloads), by name,
 *                in declaration order
 * @param rules   the link rules in file order, their places resolved to zones and actor names
 * @param interfaces  the bandwidth of each node's network interface that has one ({@code bandwidth:}),
 *                in bytes per second, by actor name (a group's front and each member), in
 *                declaration order
 */
public record Zoning(Map<String, String> zoneOf, List<LinkRule> rules, Map<String, Double> interfaces) {

    /** No zones, no link rules, no interface bandwidth: every message takes the network's latency. */
    public static final Zoning NONE = new Zoning(Map.of(), List.of(), Map.of());

    public Zoning {
        zoneOf = Collections.unmodifiableMap(new LinkedHashMap<>(zoneOf));
        rules = List.copyOf(rules);
        interfaces = Collections.unmodifiableMap(new LinkedHashMap<>(interfaces));
    }

    /** Zones and rules without interface bandwidths. */
    public Zoning(Map<String, String> zoneOf, List<LinkRule> rules) {
        this(zoneOf, rules, Map.of());
    }

    /** The zones, in the order of their first actor. */
    public List<String> zones() {
        return List.copyOf(new LinkedHashSet<>(zoneOf.values()));
    }

    /** The actors of a zone, in declaration order. */
    public List<String> actorsIn(String zone) {
        List<String> actors = new ArrayList<>();
        zoneOf.forEach((actor, z) -> {
            if (z.equals(zone)) {
                actors.add(actor);
            }
        });
        return actors;
    }

    /** The zone of an actor, or null. */
    public String zone(String actor) {
        return zoneOf.get(actor);
    }
}
