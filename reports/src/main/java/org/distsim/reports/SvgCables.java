package org.distsim.reports;

import java.util.List;
import java.util.Map;
import org.distsim.core.facts.NetworkLink;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.NodeResult;
import org.distsim.reports.layout.Cable;
import org.distsim.reports.layout.Geometry;
import org.distsim.reports.layout.Layout;

/**
 * The network's links on the report's topology diagram, as the live view draws them: a cable
 * between the boxes {@link org.distsim.reports.layout.Cables} chose. A link with a bandwidth is two bars, one per direction,
 * each filled from its sending end as far as the direction was busy over the measured time (its
 * declared load figure, the run's utilisation), in the live view's load colours; its words give
 * the bandwidth and each direction's utilisation, on the cable when they fit and under its boxes
 * when not, and the cable's tooltip names the directions. A link without a bandwidth is a double line with its mean latency.
 */
final class SvgCables {

    private static final double THICKNESS = 6;
    private static final double CLEARANCE = 3;
    private static final double FONT = 10.5;
    /** The live view's load colours (TierBox): calm, warm from 0.6, hot from 0.85. */
    private static final double WARM = 0.6;
    private static final double HOT = 0.85;

    private SvgCables() {
    }

    /** The cables, drawn under the arrows and boxes. */
    static void cables(StringBuilder out, Layout layout, Geometry g, List<Cable> cables,
            Map<String, NodeResult> nodes) {
        for (Cable cable : cables) {
            double[] ends = ends(layout, g, cable);
            if (ends == null) {
                continue;
            }
            NetworkLink link = cable.link();
            out.append("<g><title>").append(Svg.escape(title(cable, nodes))).append("</title>");
            if (link.limited()) {
                bar(out, ends, -1, load(nodes, link.direction(true)));
                bar(out, new double[] {ends[2], ends[3], ends[0], ends[1]}, -1, load(nodes, link.direction(false)));
            } else {
                for (int side : new int[] {-1, 1}) {
                    double[] n = normal(ends, side * THICKNESS / 2);
                    out.append("<line x1=\"").append(Svg.num(ends[0] + n[0])).append("\" y1=\"")
                            .append(Svg.num(ends[1] + n[1])).append("\" x2=\"").append(Svg.num(ends[2] + n[0]))
                            .append("\" y2=\"").append(Svg.num(ends[3] + n[1]))
                            .append("\" stroke=\"#78909c\" stroke-width=\"1.5\"/>");
                }
            }
            out.append("</g>\n");
        }
    }

    /** The cables' words, drawn over everything: on the cable where they fit, else under its boxes. */
    static void words(StringBuilder out, Layout layout, Geometry g, List<Cable> cables,
            Map<String, NodeResult> nodes) {
        for (Cable cable : cables) {
            double[] ends = ends(layout, g, cable);
            if (ends == null) {
                continue;
            }
            double length = Math.hypot(ends[2] - ends[0], ends[3] - ends[1]);
            String text = text(cable, nodes, ends);
            double x = (ends[0] + ends[2]) / 2;
            double y = (ends[1] + ends[3]) / 2;
            double w = width(text) + 8;
            if (w > length) {
                // No room on the cable (two boxes side by side): under the lower of its boxes, in
                // the gap below its band, joined to the cable by a dotted line.
                double below = Math.max(layout.box(cable.from()).y(), layout.box(cable.to()).y());
                double top = g.top(below) + g.boxHeight() + 12;
                out.append("<line x1=\"").append(Svg.num(x)).append("\" y1=\"").append(Svg.num(y + THICKNESS + 1))
                        .append("\" x2=\"").append(Svg.num(x)).append("\" y2=\"").append(Svg.num(top))
                        .append("\" stroke=\"#37474f\" stroke-width=\"1\" stroke-dasharray=\"2 2\"/>\n");
                y = top + 8;
            }
            out.append("<rect x=\"").append(Svg.num(x - w / 2)).append("\" y=\"").append(Svg.num(y - 8))
                    .append("\" width=\"").append(Svg.num(w)).append("\" height=\"16\" rx=\"4\" fill=\"#fff\""
                            + " fill-opacity=\"0.92\" stroke=\"#37474f\" stroke-width=\"0.8\"/>\n");
            out.append("<text x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y + 3.8))
                    .append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#37474f\" font-size=\"")
                    .append(Svg.num(FONT)).append("\">").append(Svg.escape(text)).append("</text>\n");
        }
    }


    /** The words: the bandwidth and each direction's utilisation after its arrow; a plain link's latency. */
    private static String text(Cable cable, Map<String, NodeResult> nodes, double[] ends) {
        NetworkLink link = cable.link();
        if (!link.limited()) {
            return cable.latency().isEmpty() ? "link" : "link " + cable.latency();
        }
        String[] arrows = arrows(ends);
        StringBuilder out = new StringBuilder(cable.bandwidth());
        double forward = load(nodes, link.direction(true));
        double back = load(nodes, link.direction(false));
        if (forward >= 0) {
            out.append(out.length() == 0 ? "" : " ").append(arrows[0]).append(' ').append(Cable.percent(forward));
        }
        if (back >= 0) {
            out.append(out.length() == 0 ? "" : " ").append(arrows[1]).append(' ').append(Cable.percent(back));
        }
        return out.toString();
    }

    private static String title(Cable cable, Map<String, NodeResult> nodes) {
        NetworkLink link = cable.link();
        StringBuilder out = new StringBuilder("network link ").append(link.name()).append(": ");
        out.append(cable.latency().isEmpty() ? "latency without a mean" : cable.latency() + " mean latency");
        if (link.limited()) {
            out.append(", ").append(cable.bandwidth());
            for (NetworkLink.Direction direction : link.directions()) {
                double load = load(nodes, direction);
                out.append("; ").append(direction.name()).append(" utilisation ")
                        .append(load < 0 ? "undefined" : Cable.percent(load));
            }
        }
        return out.toString();
    }

    /** A direction's declared load fraction (its utilisation) over the measured time, or -1 when undefined. */
    static double load(Map<String, NodeResult> nodes, NetworkLink.Direction direction) {
        if (direction == null) {
            return -1;
        }
        NodeResult node = nodes.get(direction.name());
        if (node == null) {
            return -1;
        }
        for (FigureSpec spec : direction.figures()) {
            if (spec.role() == Role.LOAD && spec.unit() == Unit.FRACTION) {
                Number value = node.figures().get(spec.name());
                return value == null || !Double.isFinite(value.doubleValue()) ? -1 : value.doubleValue();
            }
        }
        return -1;
    }

    /** One direction's bar from (x0, y0) to (x1, y1), on the given side, filled from its start. */
    private static void bar(StringBuilder out, double[] ends, int side, double load) {
        double[] n = normal(ends, side * (THICKNESS / 2 + 1));
        double[] h = normal(ends, THICKNESS / 2);
        double x0 = ends[0] + n[0];
        double y0 = ends[1] + n[1];
        double x1 = ends[2] + n[0];
        double y1 = ends[3] + n[1];
        if (load > 0) {
            double f = Math.min(1, load);
            double fx = x0 + (x1 - x0) * f;
            double fy = y0 + (y1 - y0) * f;
            out.append("<polygon points=\"").append(points(x0, y0, fx, fy, h)).append("\" fill=\"")
                    .append(load >= HOT ? "#ff8a50" : load >= WARM ? "#ffcc80" : "#c8e6c9").append("\"/>");
        }
        out.append("<polygon points=\"").append(points(x0, y0, x1, y1, h))
                .append("\" fill=\"none\" stroke=\"#546e7a\" stroke-width=\"1\"/>");
    }

    private static String points(double x0, double y0, double x1, double y1, double[] h) {
        return Svg.num(x0 - h[0]) + "," + Svg.num(y0 - h[1]) + " " + Svg.num(x1 - h[0]) + "," + Svg.num(y1 - h[1]) + " "
                + Svg.num(x1 + h[0]) + "," + Svg.num(y1 + h[1]) + " " + Svg.num(x0 + h[0]) + "," + Svg.num(y0 + h[1]);
    }

    /** The unit normal of the cable times {@code length}. */
    private static double[] normal(double[] ends, double length) {
        double dx = ends[2] - ends[0];
        double dy = ends[3] - ends[1];
        double l = Math.max(1e-9, Math.hypot(dx, dy));
        return new double[] {-dy / l * length, dx / l * length};
    }

    /** → and ←, or ↓ and ↑: the ways the cable's forward and back directions run on the page. */
    private static String[] arrows(double[] ends) {
        double dx = ends[2] - ends[0];
        double dy = ends[3] - ends[1];
        if (Math.abs(dx) >= Math.abs(dy)) {
            return dx >= 0 ? new String[] {"\u2192", "\u2190"} : new String[] {"\u2190", "\u2192"};
        }
        return dy >= 0 ? new String[] {"\u2193", "\u2191"} : new String[] {"\u2191", "\u2193"};
    }

    /** The cable from the edge of its first box to the edge of its second, a little short of each; null when they touch. */
    private static double[] ends(Layout layout, Geometry g, Cable cable) {
        Layout.Box a = layout.box(cable.from());
        Layout.Box b = layout.box(cable.to());
        double ax = g.left(a.x()) + g.boxWidth() / 2;
        double ay = g.top(a.y()) + g.boxHeight() / 2;
        double bx = g.left(b.x()) + g.boxWidth() / 2;
        double by = g.top(b.y()) + g.boxHeight() / 2;
        double dx = bx - ax;
        double dy = by - ay;
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return null;
        }
        double inside = Math.min(dx == 0 ? Double.MAX_VALUE : g.boxWidth() / 2 / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : g.boxHeight() / 2 / Math.abs(dy)) + CLEARANCE / length;
        if (1 - 2 * inside <= 0) {
            return null;
        }
        return new double[] {ax + dx * inside, ay + dy * inside, bx - dx * inside, by - dy * inside};
    }

    /** The width of bold text at {@link #FONT}, estimated as the rest of the diagram estimates it. */
    private static double width(String text) {
        return text.length() * FONT * 0.62;
    }
}
