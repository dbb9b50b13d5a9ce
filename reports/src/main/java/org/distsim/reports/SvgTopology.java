package org.distsim.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.Topology;
import org.distsim.core.result.NodeResult;
import org.distsim.reports.layout.Cable;
import org.distsim.reports.layout.Cables;
import org.distsim.reports.layout.Geometry;
import org.distsim.reports.layout.Layout;
import org.distsim.reports.layout.Router;

/**
 * The topology diagram: the {@link Layout} the live view also draws, as SVG. Every component is a
 * box (a group node's members too, in the column right of their group), every link an arrow that
 * runs through the gaps between boxes, every link of the network a cable with its load
 * ({@link SvgCables}); designs that share nothing stand in bands of their own.
 * The drawing scales down to the width of the page (and of a printed page) instead of being cut,
 * and its bytes depend only on the topology.
 */
final class SvgTopology {

    private static final Geometry GEOMETRY = new Geometry(160, 44, 64, 18, 12, 24);
    private static final double NAME_SIZE = 12.5;
    private static final double TYPE_SIZE = 11;
    private static final double ZONE_SIZE = 9.5;
    /** A report's column is about 1000 px wide; a diagram about 0.6 as tall reads whole on one screen. */
    private static final double ASPECT = 0.6;

    private SvgTopology() {
    }

    /** The diagram; {@code nodes}, the run's node results, give the network links' utilisation. */
    static String render(Topology topology, Map<String, NodeResult> nodes) {
        Layout layout = Layout.of(topology, GEOMETRY, ASPECT);
        List<Cable> cables = Cables.of(layout, GEOMETRY, Map.of(), topology.network());
        double width = GEOMETRY.width(layout);
        double height = GEOMETRY.height(layout);
        StringBuilder out = new StringBuilder(8192);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Svg.num(width)).append("\" height=\"")
                .append(Svg.num(height)).append("\" viewBox=\"0 0 ").append(Svg.num(width)).append(' ')
                .append(Svg.num(height)).append("\" style=\"max-width:100%;height:auto\" font-family=\"sans-serif\""
                        + " font-size=\"12\" role=\"img\" aria-label=\"topology\">\n");
        out.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444\"/>"
                + "</marker><marker id=\"member\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\""
                + " markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#999\"/></marker></defs>\n");
        if (layout.bands().size() > 1) {
            for (Layout.Band band : layout.bands()) {
                double pad = GEOMETRY.gapY() * 0.4;
                out.append("<rect x=\"").append(Svg.num(GEOMETRY.left(band.x()) - pad)).append("\" y=\"")
                        .append(Svg.num(GEOMETRY.top(band.y()) - pad)).append("\" width=\"")
                        .append(Svg.num(band.width() * (GEOMETRY.boxWidth() + GEOMETRY.gapX()) - GEOMETRY.gapX() + 2 * pad))
                        .append("\" height=\"")
                        .append(Svg.num(band.height() * (GEOMETRY.boxHeight() + GEOMETRY.gapY()) - GEOMETRY.gapY()
                                + 2 * pad))
                        .append("\" rx=\"8\" fill=\"#fafafa\" stroke=\"#e2e2e2\"/>\n");
            }
        }
        for (Layout.Heading heading : layout.headings()) {
            out.append("<text x=\"").append(Svg.num(GEOMETRY.left(heading.x()) + GEOMETRY.boxWidth() / 2))
                    .append("\" y=\"").append(Svg.num(GEOMETRY.padding() + 14))
                    .append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#333\" letter-spacing=\"1\">")
                    .append(Svg.escape(heading.label().toUpperCase(Locale.ROOT))).append("</text>\n");
        }
        SvgCables.cables(out, layout, GEOMETRY, cables, nodes);
        for (Router.Route route : Router.routes(layout, GEOMETRY)) {
            arrow(out, route);
        }
        for (Layout.Box box : layout.boxes()) {
            box(out, box.component(), GEOMETRY.left(box.x()), GEOMETRY.top(box.y()));
        }
        SvgCables.words(out, layout, GEOMETRY, cables, nodes);
        out.append("</svg>\n");
        return out.toString();
    }

    private static void arrow(StringBuilder out, Router.Route route) {
        List<Router.Point> points = route.points();
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            d.append(i == 0 ? "M" : " L").append(Svg.num(points.get(i).x())).append(',')
                    .append(Svg.num(points.get(i).y()));
        }
        boolean member = route.arrow().kind() == Link.Kind.MEMBER;
        // A call only some requests make (a probability, a route's share, an outcome) is dashed long.
        String label = route.arrow().label();
        out.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(member ? "#999" : "#444")
                .append("\" stroke-width=\"1.3\" stroke-linejoin=\"round\"")
                .append(member ? " stroke-dasharray=\"4 3\" marker-end=\"url(#member)\""
                        : (label.isEmpty() ? "" : " stroke-dasharray=\"7 4\"") + " marker-end=\"url(#arrow)\"")
                .append("><title>").append(Svg.escape(route.arrow().from() + " -> " + route.arrow().to()
                        + " (" + route.arrow().via() + (label.isEmpty() ? "" : ", " + label) + ")"))
                .append("</title></path>\n");
    }

    private static void box(StringBuilder out, Component c, double x, double y) {
        String fill = c.isWorkload() ? "#e8f1fb" : c.role() == Component.ComponentRole.MEMBER ? "#fbfbfb" : "#f2f2f2";
        String stroke = c.isWorkload() ? "#1f77b4" : "#555";
        double w = GEOMETRY.boxWidth();
        out.append("<g><title>").append(Svg.escape(c.name() + " (" + c.type() + (c.zone() == null ? "" : ", zone " + c.zone()) + ")")).append("</title><rect x=\"")
                .append(Svg.num(x)).append("\" y=\"").append(Svg.num(y)).append("\" width=\"").append(Svg.num(w))
                .append("\" height=\"").append(Svg.num(GEOMETRY.boxHeight())).append("\" rx=\"6\" fill=\"").append(fill)
                .append("\" stroke=\"").append(stroke).append("\"")
                .append(c.role() == Component.ComponentRole.MEMBER ? " stroke-dasharray=\"3 2\"" : "").append("/>\n");
        out.append("<text x=\"").append(Svg.num(x + w / 2)).append("\" y=\"").append(Svg.num(y + 18))
                .append("\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"").append(Svg.num(NAME_SIZE))
                .append("\">").append(Svg.escape(fit(c.name(), NAME_SIZE))).append("</text>\n");
        out.append("<text x=\"").append(Svg.num(x + w / 2)).append("\" y=\"").append(Svg.num(y + 34))
                .append("\" text-anchor=\"middle\" fill=\"#555\" font-size=\"").append(Svg.num(TYPE_SIZE)).append("\">")
                .append(Svg.escape(fit(c.type(), TYPE_SIZE))).append("</text>");
        if (c.zone() != null) {
            // The zone is a tag in the gap over the box's right corner, so the box keeps its two lines.
            out.append("\n<text x=\"").append(Svg.num(x + w - 4)).append("\" y=\"").append(Svg.num(y - 3))
                    .append("\" text-anchor=\"end\" fill=\"#2b6f3e\" font-size=\"").append(Svg.num(ZONE_SIZE))
                    .append("\">").append(Svg.escape(fit(c.zone(), ZONE_SIZE))).append("</text>");
        }
        out.append("</g>\n");
    }

    /** The text, cut with an ellipsis to fit a box at the given font size (the full name is in the tooltip). */
    private static String fit(String text, double fontSize) {
        int max = (int) ((GEOMETRY.boxWidth() - 10) / (fontSize * 0.58));
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
