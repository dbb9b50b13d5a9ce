package org.distsim.reports.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Component.ComponentRole;
import org.distsim.core.facts.Layer;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.Pin;
import org.distsim.core.facts.Topology;
import org.junit.jupiter.api.Test;

class LayoutTest {

    private static final Geometry G = new Geometry(160, 44, 64, 18, 12, 24);

    private static Layout layout(Topology topology) {
        return Layout.of(topology, G, 0.6);
    }

    private static Component node(String name, Layer layer) {
        return new Component(name, "t", ComponentRole.NODE, layer, null, "", List.of());
    }

    private static Component workload(String name) {
        return new Component(name, "open-loop", ComponentRole.WORKLOAD, Layer.CLIENTS, null, "", List.of());
    }

    private static Link calls(String from, String to) {
        return new Link(from, to, Link.Kind.REQUEST, "target");
    }

    /** Six designs, each a client, a balancer and four backends, as load-balancing has. */
    private static Topology sixDesigns() {
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            components.add(workload("clients-" + d));
        }
        for (int d = 0; d < 6; d++) {
            components.add(node("lb-" + d, Layer.EDGE));
            links.add(calls("clients-" + d, "lb-" + d));
            for (int b = 1; b <= 4; b++) {
                components.add(node("app-" + d + "-" + b, Layer.SERVICES));
                links.add(new Link("lb-" + d, "app-" + d + "-" + b, Link.Kind.REQUEST, "backends"));
            }
        }
        return new Topology(components, links);
    }

    @Test
    void designsThatShareNothing_standInBandsOfTheirOwn_packedIntoStacksOfAScreensShape() {
        Layout layout = layout(sixDesigns());
        assertEquals(6, layout.bands().size());
        assertEquals(36, layout.boxes().size(), "no box dropped");
        // One column of six bands would be 0.4 * 26.5 / 3 = 3.5 times as tall as wide; two stacks of three.
        assertEquals(6.5, layout.width(), 1e-9);
        assertEquals(13, layout.height(), 1e-9);
        for (int d = 0; d < 6; d++) {
            Layout.Box client = layout.box("clients-" + d);
            Layout.Box lb = layout.box("lb-" + d);
            assertEquals(client.band(), lb.band());
            assertEquals(client.x() + 1, lb.x(), 1e-9, "each design's client stands beside its own balancer");
            assertEquals(client.y(), lb.y(), 1e-9);
        }
        assertTrue(Drawing.overlaps(layout, G).isEmpty(), Drawing.overlaps(layout, G).toString());
        assertTrue(Drawing.arrowsThroughBoxes(layout, G).isEmpty(), Drawing.arrowsThroughBoxes(layout, G).toString());
        assertTrue(Drawing.slanted(layout, G).isEmpty());
    }

    @Test
    void aBalancerCalledByServices_standsRightOfThem_notInTheEdgeColumn() {
        Topology t = new Topology(List.of(workload("users"), node("lb", Layer.EDGE), node("app", Layer.SERVICES),
                node("ring", Layer.EDGE), node("cache", Layer.CACHES), node("db", Layer.DATA)),
                List.of(calls("users", "lb"), calls("lb", "app"), calls("app", "ring"), calls("ring", "cache"),
                        calls("cache", "db")));
        Layout layout = layout(t);
        double[] xs = t.components().stream().mapToDouble(c -> layout.box(c.name()).x()).toArray();
        for (int i = 1; i < xs.length; i++) {
            assertTrue(xs[i] > xs[i - 1], "each hop one column further right: " + java.util.Arrays.toString(xs));
        }
        assertEquals(List.of("clients", "edge", "services", "edge", "caches", "data"),
                layout.headings().stream().map(Layout.Heading::label).toList());
    }

    @Test
    void aCycleOfCalls_isDrawnWithoutLooping_andItsBackArrowAvoidsTheBoxes() {
        Topology t = new Topology(List.of(workload("u"), node("a", Layer.SERVICES), node("b", Layer.SERVICES),
                node("c", Layer.SERVICES), node("x", Layer.SERVICES)),
                List.of(calls("u", "a"), calls("a", "b"), calls("b", "c"), calls("c", "a"), calls("u", "x")));
        Layout layout = layout(t);
        assertTrue(layout.box("a").x() < layout.box("b").x() && layout.box("b").x() < layout.box("c").x());
        assertTrue(Drawing.arrowsThroughBoxes(layout, G).isEmpty(), Drawing.arrowsThroughBoxes(layout, G).toString());
        Router.Route back = Router.routes(layout, G).stream().filter(r -> r.arrow().from().equals("c")).findFirst()
                .orElseThrow();
        Router.Point end = back.points().get(back.points().size() - 1);
        assertEquals(G.left(layout.box("a").x()) + G.boxWidth(), end.x(), 1e-9, "a call back enters from the right");
    }

    @Test
    void membersStandInTheColumnRightOfTheirGroup_asOneBlock() {
        List<Component> components = new ArrayList<>(List.of(workload("users"), node("db", Layer.DATA)));
        List<Link> links = new ArrayList<>(List.of(calls("users", "db")));
        for (int i = 1; i <= 3; i++) {
            components.add(new Component("db-" + i, "replica", ComponentRole.MEMBER, Layer.DATA, "db", "", List.of()));
            links.add(new Link("db", "db-" + i, Link.Kind.MEMBER, "members"));
        }
        Layout layout = layout(new Topology(components, links));
        for (int i = 1; i <= 3; i++) {
            assertEquals(layout.box("db").x() + 1, layout.box("db-" + i).x(), 1e-9);
            assertEquals(i - 1, layout.box("db-" + i).y(), 1e-9, "members in member order");
        }
        // Traffic between members (the live view adds such arrows without moving a box) runs in the
        // gap right of the last column: inside the drawing.
        List<Layout.Arrow> arrows = new ArrayList<>(layout.arrows());
        arrows.add(new Layout.Arrow("db-1", "db-3", Link.Kind.REQUEST, "traffic"));
        Layout calling = layout.withArrows(arrows);
        assertEquals(List.of(), Drawing.outside(calling, G));
        assertEquals(List.of(), Drawing.arrowsThroughBoxes(calling, G));
    }

    @Test
    void aTallColumn_wrapsIntoStacks_ofAtMostTheRowLimit() {
        List<Component> components = new ArrayList<>(List.of(workload("users"), node("lb", Layer.EDGE)));
        List<Link> links = new ArrayList<>(List.of(calls("users", "lb")));
        for (int i = 1; i <= 30; i++) {
            components.add(node("app-" + i, Layer.SERVICES));
            links.add(calls("lb", "app-" + i));
        }
        Layout layout = layout(new Topology(components, links));
        assertEquals(30 + 2, layout.boxes().size());
        assertTrue(layout.height() <= Layering.MAX_ROWS, "rows " + layout.height());
        assertTrue(Drawing.overlaps(layout, G).isEmpty());
        assertTrue(Drawing.arrowsThroughBoxes(layout, G).isEmpty(), Drawing.arrowsThroughBoxes(layout, G).toString());
    }

    @Test
    void pinsFromTheScenariosLayout_win() {
        Topology t = new Topology(List.of(workload("users"), node("web", Layer.SERVICES), node("db", Layer.DATA)),
                List.of(calls("users", "web"), calls("web", "db")),
                Map.of("db", new Pin(5, 2)));
        Layout layout = layout(t);
        assertEquals(5, layout.box("db").x(), 1e-9);
        assertEquals(2, layout.box("db").y(), 1e-9);
        assertEquals(6, layout.width(), 1e-9);
    }

    @Test
    void theLayout_dependsOnlyOnTheTopology() {
        assertEquals(layout(sixDesigns()), layout(sixDesigns()));
        assertEquals(Router.routes(layout(sixDesigns()), G), Router.routes(layout(sixDesigns()), G));
    }

    @Test
    void aWidePane_getsMoreStacks_withTheSameBands() {
        Layout page = layout(sixDesigns());
        Layout wide = Layout.of(sixDesigns(), G, 0.1);
        assertTrue(wide.width() > page.width(), wide.width() + " columns against " + page.width());
        for (int d = 0; d < 6; d++) {
            String client = "clients-" + d;
            assertEquals(page.box(client).x() % 3.5, wide.box(client).x() % 3.5, 1e-9);
            assertEquals(page.box("app-" + d + "-3").y() - page.box(client).y(),
                    wide.box("app-" + d + "-3").y() - wide.box(client).y(), 1e-9, "the same picture of each design");
        }
    }

    @Test
    void anEmptyTopology_isAnEmptyLayout() {
        Layout layout = layout(Topology.NONE);
        assertTrue(layout.boxes().isEmpty());
        assertTrue(layout.arrows().isEmpty());
    }
}
