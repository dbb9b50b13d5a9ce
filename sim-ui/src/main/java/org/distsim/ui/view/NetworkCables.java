package org.distsim.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.distsim.core.facts.NetworkLink;
import org.distsim.reports.layout.Cable;
import org.distsim.ui.live.NodeState;
import org.distsim.ui.live.Snapshot;
import org.distsim.ui.model.NodeBadge;
import org.distsim.ui.model.Topology;

/**
 * The network's links on the topology, under the request arrows: each a cable between the boxes
 * {@link Topology#cables()} chose. A link with a bandwidth is two bars side by side, one per
 * direction, each filled from its sending end as far as the direction is busy (its utilisation over
 * the last closed interval) in the colour the boxes use for load; its words say the bandwidth and
 * each direction's utilisation ("100 Mbit/s → 40 % ← 91 %"), so the load reads without colour. A link
 * without a bandwidth is a plain double line with its mean latency. A partition that separates the
 * cable's two boxes draws it dashed in the cut colour.
 */
final class NetworkCables {

    /** The outline of a cable's bars. */
    private static final Color OUTLINE = Color.web("#546e7a");
    /** A link without a bandwidth. */
    private static final Color PLAIN = Color.web("#78909c");
    /** The room left between a cable's end and its box. */
    private static final double CLEARANCE = 3;

    /**
     * The words of one cable, for {@link TopologyLabels} to place.
     *
     * @param text   what it says
     * @param from   where the cable starts
     * @param to     where it ends
     * @param cable  the rectangle the cable's bars take, which no other cable's words may cover
     */
    record Words(String text, Point2D from, Point2D to, Rectangle2D cable) {
    }

    private NetworkCables() {
    }

    /**
     * Draws every cable and returns the words of each, in the cables' order.
     *
     * @param bounds  a box's place in pane coordinates by its name, or null when it is not drawn
     */
    static List<Words> draw(GraphicsContext g, Topology topology, Function<String, Rectangle2D> bounds,
            Snapshot snapshot, Map<String, List<List<String>>> partitions, double scale) {
        List<Words> words = new ArrayList<>();
        for (Cable cable : topology.cables()) {
            Rectangle2D from = bounds.apply(cable.from());
            Rectangle2D to = bounds.apply(cable.to());
            if (from == null || to == null) {
                continue;
            }
            Point2D[] ends = ends(from, to);
            if (ends == null) {
                continue;
            }
            boolean cut = Severed.by(partitions, members(topology, cable.from()), members(topology, cable.to())) != null;
            double thickness = Math.max(5, 6 * Math.min(1.4, scale));
            Rectangle2D area;
            String text;
            NetworkLink link = cable.link();
            if (link.limited()) {
                double forward = load(snapshot, link.direction(true));
                double back = load(snapshot, link.direction(false));
                area = bars(g, ends[0], ends[1], thickness, forward, back, cut);
                text = cable.bandwidth() + glyphs(ends[0], ends[1], link, forward, back);
            } else {
                area = plain(g, ends[0], ends[1], thickness, cut);
                text = cable.latency().isEmpty() ? "link" : "link " + cable.latency();
            }
            words.add(new Words(text, ends[0], ends[1], area));
        }
        return words;
    }

    /**
     * Where the cable runs: from the edge of the first box to the edge of the second along the line
     * between their centres, a little short of each; null when the boxes leave no room between them.
     */
    static Point2D[] ends(Rectangle2D from, Rectangle2D to) {
        Point2D a = new Point2D(from.getMinX() + from.getWidth() / 2, from.getMinY() + from.getHeight() / 2);
        Point2D b = new Point2D(to.getMinX() + to.getWidth() / 2, to.getMinY() + to.getHeight() / 2);
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return null;
        }
        double leaveA = exit(from, dx, dy) + CLEARANCE / length;
        double enterB = 1 - exit(to, dx, dy) - CLEARANCE / length;
        if (enterB - leaveA <= 0) {
            return null;
        }
        return new Point2D[] {a.add(dx * leaveA, dy * leaveA), a.add(dx * enterB, dy * enterB)};
    }

    /** The fraction of the centre-to-centre line inside a box, from its centre. */
    private static double exit(Rectangle2D box, double dx, double dy) {
        double x = dx == 0 ? Double.MAX_VALUE : box.getWidth() / 2 / Math.abs(dx);
        double y = dy == 0 ? Double.MAX_VALUE : box.getHeight() / 2 / Math.abs(dy);
        return Math.min(x, y);
    }

    /** A direction's utilisation over the last closed interval, or -1 before it has one. */
    private static double load(Snapshot snapshot, NetworkLink.Direction direction) {
        if (snapshot == null || direction == null) {
            return -1;
        }
        NodeState state = snapshot.node(direction.name());
        return state == null ? -1 : NodeBadge.load(state);
    }

    /**
     * Each direction's utilisation after an arrow pointing the way it runs on screen, the forward
     * direction first: " → 40 % ← 91 %"; empty before the first interval closes.
     */
    private static String glyphs(Point2D a, Point2D b, NetworkLink link, double forward, double back) {
        StringBuilder out = new StringBuilder();
        String[] arrows = arrows(a, b);
        if (link.direction(true) != null && forward >= 0) {
            out.append(' ').append(arrows[0]).append(' ').append(Cable.percent(forward));
        }
        if (link.direction(false) != null && back >= 0) {
            out.append(' ').append(arrows[1]).append(' ').append(Cable.percent(back));
        }
        return out.toString();
    }

    /** The arrows of the way from a to b on screen and back: → and ←, or ↓ and ↑ for a steep cable. */
    static String[] arrows(Point2D a, Point2D b) {
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        if (Math.abs(dx) >= Math.abs(dy)) {
            return dx >= 0 ? new String[] {"\u2192", "\u2190"} : new String[] {"\u2190", "\u2192"};
        }
        return dy >= 0 ? new String[] {"\u2193", "\u2191"} : new String[] {"\u2191", "\u2193"};
    }

    /**
     * Two bars side by side from a to b: the forward one filled from a, the other from b, each as
     * far as its direction is busy. Returns the rectangle the bars take.
     */
    private static Rectangle2D bars(GraphicsContext g, Point2D a, Point2D b, double thickness, double forward,
            double back, boolean cut) {
        Point2D along = b.subtract(a).normalize();
        Point2D normal = new Point2D(-along.getY(), along.getX());
        double offset = thickness / 2 + 1;
        Point2D[] forwardBar = bar(a.add(normal.multiply(-offset)), b.add(normal.multiply(-offset)), normal, thickness);
        Point2D[] backBar = bar(b.add(normal.multiply(offset)), a.add(normal.multiply(offset)), normal, thickness);
        fill(g, forwardBar, forward);
        fill(g, backBar, back);
        for (Point2D[] bar : List.of(forwardBar, backBar)) {
            g.setStroke(cut ? Palette.CUT : OUTLINE);
            g.setLineWidth(cut ? 2 : 1.2);
            g.setLineDashes(cut ? new double[] {6, 4} : null);
            g.strokePolygon(xs(bar), ys(bar), 4);
        }
        g.setLineDashes(null);
        return extent(forwardBar, backBar);
    }

    /** A bar's corners: start side, then end side, each the two edges across the line. */
    private static Point2D[] bar(Point2D start, Point2D end, Point2D normal, double thickness) {
        Point2D half = normal.multiply(thickness / 2);
        return new Point2D[] {start.subtract(half), end.subtract(half), end.add(half), start.add(half)};
    }

    /** Fills a bar from its start a fraction {@code load} of its length; nothing before the first reading. */
    private static void fill(GraphicsContext g, Point2D[] bar, double load) {
        g.setFill(Color.WHITE);
        g.fillPolygon(xs(bar), ys(bar), 4);
        if (load <= 0) {
            return;
        }
        double shown = Math.min(1, load);
        Point2D[] filled = {bar[0], bar[0].interpolate(bar[1], shown), bar[3].interpolate(bar[2], shown), bar[3]};
        g.setFill(Color.web(TierBox.loadColour(shown)));
        g.fillPolygon(xs(filled), ys(filled), 4);
    }

    /** A link without a bandwidth: two thin parallel lines. */
    private static Rectangle2D plain(GraphicsContext g, Point2D a, Point2D b, double thickness, boolean cut) {
        Point2D along = b.subtract(a).normalize();
        Point2D normal = new Point2D(-along.getY(), along.getX()).multiply(thickness / 2);
        g.setStroke(cut ? Palette.CUT : PLAIN);
        g.setLineWidth(cut ? 2 : 1.5);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineDashes(cut ? new double[] {6, 4} : null);
        Point2D[] lines = {a.subtract(normal), b.subtract(normal), b.add(normal), a.add(normal)};
        g.strokeLine(lines[0].getX(), lines[0].getY(), lines[1].getX(), lines[1].getY());
        g.strokeLine(lines[3].getX(), lines[3].getY(), lines[2].getX(), lines[2].getY());
        g.setLineDashes(null);
        return extent(lines);
    }

    private static Rectangle2D extent(Point2D[]... shapes) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point2D[] shape : shapes) {
            for (Point2D p : shape) {
                minX = Math.min(minX, p.getX());
                minY = Math.min(minY, p.getY());
                maxX = Math.max(maxX, p.getX());
                maxY = Math.max(maxY, p.getY());
            }
        }
        return new Rectangle2D(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    private static double[] xs(Point2D[] points) {
        double[] xs = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            xs[i] = points[i].getX();
        }
        return xs;
    }

    private static double[] ys(Point2D[] points) {
        double[] ys = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            ys[i] = points[i].getY();
        }
        return ys;
    }

    /** The components drawn in a box: a tier's members, or the one component. */
    private static List<String> members(Topology topology, String box) {
        return topology.tiers().getOrDefault(box, List.of(box));
    }
}
