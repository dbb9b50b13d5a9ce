package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.net.LinkRule;
import org.distsim.core.net.Place;
import org.distsim.models.format.Kind;
import org.distsim.models.format.Names;

/**
 * Resolves where the actors run and how far apart they are: the {@code zone:} and {@code zones:}
 * of each node and workload, and the {@code network.links} rules, whose ends become zones or
 * actor names (a group node's front and members). Zone names follow the rule of node names;
 * {@code zones:} belongs to group nodes only; two links between the same two places are refused,
 * since only the first would ever count.
 */
final class ZoneBinder {

    private final Binder binder;
    private final Locations locations;
    private final Problems problems;

    ZoneBinder(Binder binder, Locations locations, Problems problems) {
        this.binder = binder;
        this.locations = locations;
        this.problems = problems;
    }

    /**
     * The zoning of the scenario; {@link Zoning#NONE} when it has no zones and no links. Components
     * that did not bind are skipped, their problems being reported already.
     */
    Zoning bind(JsonNode root, Map<String, ComponentSpec> nodes, Map<String, ComponentSpec> workloads,
            NetworkSpec network) {
        Map<String, String> zoneOf = new LinkedHashMap<>();
        Map<String, Double> interfaces = new LinkedHashMap<>();
        assign(root, Kind.NODE, nodes, zoneOf, interfaces);
        assign(root, Kind.WORKLOAD, workloads, zoneOf, interfaces);
        List<LinkRule> rules = network == null ? List.of() : rules(network, nodes);
        return zoneOf.isEmpty() && rules.isEmpty() && interfaces.isEmpty() ? Zoning.NONE
                : new Zoning(zoneOf, rules, interfaces);
    }

    /**
     * The zone names that nodes and workloads use, read from the raw tree in the order of first use
     * (only the well-formed ones; {@link #bind} reports the others), for the references of links
     * and partitions.
     */
    static List<String> declaredZones(JsonNode root) {
        List<String> zones = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            JsonNode section = root.get(kind.section());
            if (section == null || !section.isObject()) {
                continue;
            }
            for (Map.Entry<String, JsonNode> entry : section.properties()) {
                JsonNode zone = entry.getValue().path("zone");
                if (zone.isTextual()) {
                    addOnce(zones, zone.textValue());
                }
                for (JsonNode item : entry.getValue().path("zones")) {
                    if (item.isTextual()) {
                        addOnce(zones, item.textValue());
                    }
                }
            }
        }
        return zones;
    }

    private static void addOnce(List<String> zones, String zone) {
        if (!zones.contains(zone)) {
            zones.add(zone);
        }
    }

    private void assign(JsonNode root, Kind kind, Map<String, ComponentSpec> specs, Map<String, String> zoneOf,
            Map<String, Double> interfaces) {
        JsonNode section = root.get(kind.section());
        if (section == null || !section.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : section.properties()) {
            ComponentSpec spec = specs.get(entry.getKey());
            JsonNode node = entry.getValue();
            if (spec == null || !node.isObject() || ZoneKnobs.KEYS.stream().noneMatch(node::has)) {
                continue;
            }
            NodePath path = NodePath.ROOT.key(kind.section()).key(entry.getKey());
            ObjectNode keys = JsonNodeFactory.instance.objectNode();
            for (String key : ZoneKnobs.KEYS) {
                if (node.has(key)) {
                    keys.set(key, node.get(key));
                }
            }
            ZoneKnobs knobs = binder.bindRecord(ZoneKnobs.class, keys, path, List.of());
            if (knobs == null || !validNames(knobs, path)) {
                continue;
            }
            boolean group = spec.type().isGroup();
            if (knobs.zones() != null && !group) {
                NodePath zonesPath = path.key("zones");
                problems.add(locations.key(zonesPath), zonesPath, "only a group node or a template (count:) spreads"
                        + " over zones, and " + Units.quote(entry.getKey()) + " is one " + spec.typeName(),
                        "zone: " + knobs.zones().get(0) + ", or count: beside zones:", null);
                continue;
            }
            if (knobs.bandwidth() != null) {
                if (kind != Kind.NODE) {
                    NodePath bandwidthPath = path.key("bandwidth");
                    problems.add(locations.key(bandwidthPath), bandwidthPath, "a workload has no network interface"
                            + " of its own; bandwidth: belongs on a node or a link", "bandwidth: on the node it calls,"
                            + " or on a link in network.links", null);
                    continue;
                }
                interfaces.put(spec.name(), knobs.bandwidth().bytesPerSecond());
                if (group) {
                    spec.type().membersOf(spec.name(), spec.config()).members()
                            .forEach(member -> interfaces.put(member, knobs.bandwidth().bytesPerSecond()));
                }
            }
            if (knobs.zone() != null) {
                zoneOf.put(spec.name(), knobs.zone());
            }
            if (group && (knobs.zone() != null || knobs.zones() != null)) {
                List<String> members = spec.type().membersOf(spec.name(), spec.config()).members();
                for (int i = 0; i < members.size(); i++) {
                    zoneOf.put(members.get(i), knobs.zones() != null ? knobs.zones().get(i % knobs.zones().size())
                            : knobs.zone());
                }
            }
        }
    }

    private boolean validNames(ZoneKnobs knobs, NodePath path) {
        boolean valid = validName(knobs.zone(), path.key("zone"));
        if (knobs.zones() != null) {
            for (int i = 0; i < knobs.zones().size(); i++) {
                valid &= validName(knobs.zones().get(i), path.key("zones").index(i));
            }
        }
        return valid;
    }

    private boolean validName(String zone, NodePath path) {
        if (zone == null || Names.isValidName(zone)) {
            return true;
        }
        problems.add(locations.value(path), path, "invalid zone name " + Units.quote(zone), Names.NAME_RULE,
                Names.repairName(zone));
        return false;
    }

    private List<LinkRule> rules(NetworkSpec network, Map<String, ComponentSpec> nodes) {
        List<LinkRule> rules = new ArrayList<>();
        List<LinkSpec> links = network.links();
        for (int i = 0; i < links.size(); i++) {
            LinkSpec link = links.get(i);
            NodePath path = NodePath.ROOT.key("network").key("links").index(i).key("between");
            int clash = clash(links, i);
            if (clash >= 0) {
                problems.add(locations.value(path), path, "a second link between " + String.join(" and ", link.between())
                        + "; links." + clash + " already sets it, and only the first would count",
                        "one link per pair of places (two one-way links for two directions)", null);
                continue;
            }
            String a = link.between().get(0);
            String b = link.between().get(1);
            rules.add(new LinkRule(a + (link.oneWay() ? ">" : "~") + b, place(a, nodes), place(b, nodes),
                    link.latency(), link.oneWay(), link.bandwidth() == null ? LinkRule.UNLIMITED
                    : link.bandwidth().bytesPerSecond()));
        }
        return rules;
    }

    /** The index of an earlier link between the same two places, or -1; opposite one-way links do not clash. */
    private static int clash(List<LinkSpec> links, int index) {
        LinkSpec link = links.get(index);
        for (int j = 0; j < index; j++) {
            LinkSpec other = links.get(j);
            boolean same = other.between().equals(link.between());
            boolean reversed = other.between().equals(List.of(link.between().get(1), link.between().get(0)));
            boolean opposite = link.oneWay() && other.oneWay() && reversed && !same;
            if ((same || reversed) && !opposite) {
                return j;
            }
        }
        return -1;
    }

    private static Place place(String written, Map<String, ComponentSpec> nodes) {
        if (written.startsWith(References.ZONE_PREFIX)) {
            return Place.zone(written.substring(References.ZONE_PREFIX.length()));
        }
        ComponentSpec spec = nodes.get(written);
        if (spec == null || !spec.type().isGroup()) {
            return Place.actors(List.of(written));
        }
        List<String> actors = new ArrayList<>();
        actors.add(written);
        actors.addAll(spec.type().membersOf(spec.name(), spec.config()).members());
        return Place.actors(actors);
    }
}
