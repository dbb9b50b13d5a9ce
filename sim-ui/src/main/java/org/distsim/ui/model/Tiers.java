package org.distsim.ui.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Link;

/**
 * The tiers of a topology that the live view may draw as one box: three or more components of one
 * type behind one front (a load balancer's backends, a sharded store's shards, a replicated
 * store's members), called by that front alone, calling the same components, not calling each
 * other and every link into them taken by every request. Eight designs of four backends each
 * drawn box by box left the names two pixels tall at 1280x720; one box per tier, with a cell per
 * member, leaves each design a row a room can read.
 */
public final class Tiers {

    /** The fewest members a tier has: two boxes read well enough side by side. */
    static final int LEAST = 3;

    private Tiers() {
    }

    /**
     * The tiers of a topology: each tier's box name mapped to its members in the topology's order,
     * tiers in the order of their first member. A scenario's {@code layout:} pins boxes by hand, so
     * a pinned topology has none.
     */
    public static Map<String, List<String>> of(org.distsim.core.facts.Topology facts) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        if (!facts.pins().isEmpty()) {
            return Map.of();
        }
        for (Component c : facts.components()) {
            if (c.isWorkload()) {
                continue;
            }
            TreeSet<String> callers = new TreeSet<>();
            TreeSet<String> callees = new TreeSet<>();
            boolean plain = true;
            for (Link link : facts.links()) {
                if (link.to().equals(c.name()) && !link.from().equals(c.name())) {
                    callers.add(link.from());
                    plain &= !link.branching();
                }
                if (link.from().equals(c.name()) && !link.to().equals(c.name())) {
                    callees.add(link.to());
                }
            }
            if (callers.size() != 1 || !plain) {
                continue;
            }
            String key = c.type() + "\n" + c.group() + "\n" + callers + "\n" + callees + "\n" + c.zone();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c.name());
        }
        Map<String, List<String>> tiers = new LinkedHashMap<>();
        for (List<String> members : byKey.values()) {
            // Numbered siblings (rr-1 to rr-4, shard-a to shard-c) share a prefix; a payment, an
            // inventory and a shipping service called alike are different things, each its own box.
            if (members.size() >= LEAST && !callEachOther(facts, members) && !prefix(members).isEmpty()) {
                tiers.put(name(members), List.copyOf(members));
            }
        }
        return tiers;
    }

    private static boolean callEachOther(org.distsim.core.facts.Topology facts, List<String> members) {
        return facts.links().stream().anyMatch(l -> members.contains(l.from()) && members.contains(l.to()));
    }

    /**
     * A tier box's name: the members' common prefix without its trailing dash and the count
     * ({@code rr ×4}), or the first member's name and the count when they share none. The space
     * and the sign keep it apart from every component's name.
     */
    static String name(List<String> members) {
        String prefix = prefix(members);
        String base = prefix.isEmpty() ? members.get(0) : prefix;
        return base + " \u00d7" + members.size();
    }

    /** The members' common prefix without its trailing separators ({@code rr} of rr-1 to rr-4). */
    static String prefix(List<String> members) {
        return commonPrefix(members).replaceAll("[-_.]+$", "");
    }

    /** The members' common prefix as it is ({@code rr-} of rr-1 to rr-4): a cell shows what follows it. */
    public static String commonPrefix(List<String> members) {
        String prefix = members.get(0);
        for (String member : members) {
            int i = 0;
            while (i < prefix.length() && i < member.length() && prefix.charAt(i) == member.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        return prefix;
    }

    /**
     * The topology with each tier replaced by one component named as the tier, standing where its
     * first member stood, and its links merged: the links of the members become the tier's, once each.
     */
    static org.distsim.core.facts.Topology collapse(org.distsim.core.facts.Topology facts,
            Map<String, List<String>> tiers) {
        Map<String, String> boxOf = new LinkedHashMap<>();
        tiers.forEach((tier, members) -> members.forEach(m -> boxOf.put(m, tier)));
        List<Component> components = new ArrayList<>();
        for (Component c : facts.components()) {
            String tier = boxOf.get(c.name());
            if (tier == null) {
                components.add(c);
            } else if (tiers.get(tier).get(0).equals(c.name())) {
                components.add(new Component(tier, c.type(), c.role(), c.layer(), c.group(), c.description(), List.of(),
                        c.zone()));
            }
        }
        Map<String, Link> links = new LinkedHashMap<>();
        for (Link link : facts.links()) {
            String from = boxOf.getOrDefault(link.from(), link.from());
            String to = boxOf.getOrDefault(link.to(), link.to());
            links.putIfAbsent(from + "\n" + to, new Link(from, to, link.kind(), link.via(), link.share(), link.condition()));
        }
        return new org.distsim.core.facts.Topology(components, List.copyOf(links.values()), facts.pins(),
                facts.network());
    }
}
