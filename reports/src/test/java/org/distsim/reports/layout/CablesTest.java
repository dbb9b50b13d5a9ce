package org.distsim.reports.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Component.ComponentRole;
import org.distsim.core.facts.Layer;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.NetworkLink;
import org.distsim.core.facts.Topology;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.junit.jupiter.api.Test;

class CablesTest {

    private static final Geometry G = new Geometry(160, 44, 64, 18, 12, 24);
    private static final List<FigureSpec> FIGURES = List.of(FigureSpec.ratio("utilisation", Role.LOAD, "u", "d"));

    private static Component in(String name, Layer layer, String zone, boolean workload) {
        return new Component(name, workload ? "open-loop" : "t", workload ? ComponentRole.WORKLOAD : ComponentRole.NODE,
                layer, null, "", List.of(), zone);
    }

    private static NetworkLink between(String a, String b, double bytesPerSecond) {
        List<NetworkLink.Direction> directions = bytesPerSecond == 0 ? List.of()
                : List.of(new NetworkLink.Direction("link zone:" + a + ">zone:" + b, true, FIGURES),
                        new NetworkLink.Direction("link zone:" + b + ">zone:" + a, false, FIGURES));
        return new NetworkLink(new NetworkLink.End(a, List.of()), new NetworkLink.End(b, List.of()), 40_000_000L,
                bytesPerSecond, directions);
    }

    /** Europe's viewers and uploaders call a store in the US, through an edge cache in Europe. */
    private static Topology photos(List<NetworkLink> network) {
        List<Component> components = List.of(in("viewers", Layer.CLIENTS, "eu", true),
                in("uploads", Layer.CLIENTS, "eu", true), in("edge", Layer.CACHES, "eu", false),
                in("store", Layer.DATA, "us", false));
        List<Link> links = List.of(new Link("viewers", "edge", Link.Kind.REQUEST, "target"),
                new Link("uploads", "store", Link.Kind.REQUEST, "target"),
                new Link("edge", "store", Link.Kind.REQUEST, "backing"));
        return new Topology(components, links, Map.of(), network);
    }

    @Test
    void aLinkBetweenZonesIsACableBetweenTheNearestBoxesOfItsTwoEnds() {
        Topology topology = photos(List.of(between("eu", "us", 12_500_000)));
        Layout layout = Layout.of(topology, G, 0.6);
        List<Cable> cables = Cables.of(layout, G, Map.of(), topology.network());
        assertEquals(1, cables.size());
        assertEquals("store", cables.get(0).to());
        Layout.Box from = layout.box(cables.get(0).from());
        Layout.Box store = layout.box("store");
        // The cable starts in the column next to the store's: no box lies between them.
        assertEquals(store.x() - 1, from.x(), 1e-9, cables.get(0).toString());
        for (Layout.Box other : layout.boxes()) {
            if (other != from && other != store) {
                assertTrue(!Cables.crosses(G, other, G.left(from.x()) + 80, G.top(from.y()) + 22,
                        G.left(store.x()) + 80, G.top(store.y()) + 22), "the cable runs over " + other.name());
            }
        }
    }

    @Test
    void aLinkWithinOneZoneOrToAZoneWithoutBoxesIsNoCable() {
        Topology topology = photos(List.of(between("eu", "eu", 0), between("eu", "ap", 0)));
        Layout layout = Layout.of(topology, G, 0.6);
        assertTrue(Cables.of(layout, G, Map.of(), topology.network()).isEmpty());
    }

    @Test
    void aCableSaysItsBandwidthInBitsAndItsLatencyInMilliseconds() {
        Cable cable = new Cable(between("eu", "us", 12_500_000), "a", "b");
        assertEquals("100 Mbit/s", cable.bandwidth());
        assertEquals("40 ms", cable.latency());
        assertEquals("2.5 Gbit/s", new Cable(between("eu", "us", 312_500_000), "a", "b").bandwidth());
        assertEquals("", new Cable(between("eu", "us", 0), "a", "b").bandwidth());
        assertEquals("88 %", Cable.percent(0.8849));
        assertEquals("100 %", Cable.percent(1.0));
    }
}
