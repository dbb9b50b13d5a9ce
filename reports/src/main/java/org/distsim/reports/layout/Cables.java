package org.distsim.reports.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.distsim.core.facts.NetworkLink;

/**
 * Where the network's links go in a laid-out topology. A link joins places (zones, or named
 * components), not boxes, so it is drawn between the two boxes of its ends nearest each other
 * whose straight connection, centre to centre, crosses no third box and leaves room for a cable
 * (two boxes one above the other in a tight column leave none); else the nearest that crosses no
 * box; else the nearest pair of all. A link whose ends share every box (the latency within one
 * zone) or of which an end has no box is not drawn: there is no cable to show. The live view and
 * the HTML report draw the same cables.
 */
public final class Cables {

    /** The least room between two boxes, in pixels at scale 1, that shows a cable and its ends. */
    static final double MIN_CABLE = 24;

    private Cables() {
    }

    /**
     * One cable per drawable link, in the links' order. A box holds an end when its component is
     * at the end, or, for a box that stands for several components ({@code tiers}: the live view's
     * "rr ×4"), when any of them is named by it.
     */
    public static List<Cable> of(Layout layout, Geometry geometry, Map<String, List<String>> tiers,
            List<NetworkLink> network) {
        List<Cable> cables = new ArrayList<>();
        for (NetworkLink link : network) {
            List<Layout.Box> a = boxesAt(layout, tiers, link.a());
            List<Layout.Box> b = boxesAt(layout, tiers, link.b());
            if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
                continue;
            }
            Layout.Box[] pair = nearest(layout, geometry, a, b);
            if (pair != null) {
                cables.add(new Cable(link, pair[0].name(), pair[1].name()));
            }
        }
        return List.copyOf(cables);
    }

    private static List<Layout.Box> boxesAt(Layout layout, Map<String, List<String>> tiers, NetworkLink.End end) {
        List<Layout.Box> boxes = new ArrayList<>();
        for (Layout.Box box : layout.boxes()) {
            // A tier's box stands for its members, which share its zone (Tiers groups by zone).
            List<String> members = tiers.getOrDefault(box.name(), List.of());
            if (end.holds(box.component()) || members.stream().anyMatch(end.actors()::contains)) {
                boxes.add(box);
            }
        }
        return boxes;
    }

    /**
     * The nearest pair joined without crossing a third box and with room for a cable between them,
     * else the nearest joined without crossing one, else the nearest of all; null when the two
     * lists share every pair.
     */
    private static Layout.Box[] nearest(Layout layout, Geometry g, List<Layout.Box> a, List<Layout.Box> b) {
        Layout.Box[][] best = new Layout.Box[3][];
        double[] distances = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (Layout.Box from : a) {
            for (Layout.Box to : b) {
                if (from == to) {
                    continue;
                }
                double dx = cx(g, to) - cx(g, from);
                double dy = cy(g, to) - cy(g, from);
                double distance = Math.hypot(dx, dy);
                boolean clear = crossesNone(layout, g, from, to);
                boolean roomy = clear && room(g, dx, dy) >= MIN_CABLE;
                boolean[] fits = {roomy, clear, true};
                for (int rank = 0; rank < 3; rank++) {
                    // Strictly nearer only: among equals the first in the layout's order wins.
                    if (fits[rank] && distance < distances[rank]) {
                        distances[rank] = distance;
                        best[rank] = new Layout.Box[] {from, to};
                    }
                }
            }
        }
        return best[0] != null ? best[0] : best[1] != null ? best[1] : best[2];
    }

    /** The length of the line between two boxes' centres that lies outside both, at scale 1. */
    private static double room(Geometry g, double dx, double dy) {
        double length = Math.hypot(dx, dy);
        double inside = Math.min(dx == 0 ? Double.MAX_VALUE : g.boxWidth() / 2 / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : g.boxHeight() / 2 / Math.abs(dy));
        return length * (1 - 2 * inside);
    }

    private static boolean crossesNone(Layout layout, Geometry g, Layout.Box from, Layout.Box to) {
        for (Layout.Box other : layout.boxes()) {
            if (other != from && other != to && crosses(g, other, cx(g, from), cy(g, from), cx(g, to), cy(g, to))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the segment runs through the box's inside (touching its edge does not count). */
    static boolean crosses(Geometry g, Layout.Box box, double x0, double y0, double x1, double y1) {
        return Clipping.inside(g.left(box.x()), g.top(box.y()), g.boxWidth(), g.boxHeight(), x0, y0, x1, y1) > 0;
    }

    private static double cx(Geometry g, Layout.Box box) {
        return g.left(box.x()) + g.boxWidth() / 2;
    }

    private static double cy(Geometry g, Layout.Box box) {
        return g.top(box.y()) + g.boxHeight() / 2;
    }
}
