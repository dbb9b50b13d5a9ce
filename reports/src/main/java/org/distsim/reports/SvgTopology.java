package org.distsim.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.Topology;

/**
 * The topology diagram: nodes and workloads as boxes in tiers from left to right, by the length of
 * the longest chain of references that leads to them (workloads and other components nobody
 * references stand in the first tier), and an arrow for every reference. Boxes within a tier keep
 * the scenario's order. A group node's members are drawn as their group: a link to a member
 * becomes a link to the group that names the member. Layout and bytes depend only on the topology.
 */
final class SvgTopology {

    private static final double BOX_W = 150;
    private static final double BOX_H = 44;
    private static final double GAP_X = 80;
    private static final double GAP_Y = 22;
    private static final double PAD = 20;

    private SvgTopology() {
    }

    /** A box: a workload or a node the scenario declares. */
    private record Vertex(String name, String type, boolean workload) {
    }

    /** An arrow between boxes, with the knob it comes from (and the member it goes to). */
    private record Edge(String from, String to, String label) {
    }

    static String render(Topology topology) {
        List<Vertex> vertices = vertices(topology);
        List<Edge> edges = edges(topology);
        Map<String, Integer> tiers = tiers(vertices, edges);
        List<List<Vertex>> columns = new ArrayList<>();
        for (Vertex v : vertices) {
            int tier = tiers.get(v.name());
            while (columns.size() <= tier) {
                columns.add(new ArrayList<>());
            }
            columns.get(tier).add(v);
        }
        int rows = columns.stream().mapToInt(List::size).max().orElse(1);
        double width = PAD * 2 + columns.size() * BOX_W + Math.max(0, columns.size() - 1) * GAP_X;
        double height = PAD * 2 + rows * BOX_H + Math.max(0, rows - 1) * GAP_Y;
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            List<Vertex> column = columns.get(c);
            double columnHeight = column.size() * BOX_H + (column.size() - 1) * GAP_Y;
            double y0 = (height - columnHeight) / 2;
            for (int r = 0; r < column.size(); r++) {
                at.put(column.get(r).name(), new double[] {PAD + c * (BOX_W + GAP_X), y0 + r * (BOX_H + GAP_Y)});
            }
        }
        StringBuilder out = new StringBuilder(4096);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Svg.num(width)).append("\" height=\"")
                .append(Svg.num(height)).append("\" viewBox=\"0 0 ").append(Svg.num(width)).append(' ')
                .append(Svg.num(height)).append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\""
                        + " aria-label=\"topology\">\n");
        out.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/>"
                + "</marker></defs>\n");
        for (Edge e : edges) {
            double[] a = at.get(e.from());
            double[] b = at.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            edge(out, a, b, e);
        }
        for (Vertex v : vertices) {
            double[] p = at.get(v.name());
            String fill = v.workload() ? "#e8f1fb" : "#f4f4f4";
            String stroke = v.workload() ? "#1f77b4" : "#555";
            out.append("<rect x=\"").append(Svg.num(p[0])).append("\" y=\"").append(Svg.num(p[1]))
                    .append("\" width=\"").append(Svg.num(BOX_W)).append("\" height=\"").append(Svg.num(BOX_H))
                    .append("\" rx=\"6\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\"/>\n");
            out.append("<text x=\"").append(Svg.num(p[0] + BOX_W / 2)).append("\" y=\"").append(Svg.num(p[1] + 18))
                    .append("\" text-anchor=\"middle\" font-weight=\"bold\">").append(Svg.escape(fit(v.name(), 12)))
                    .append("</text>\n");
            out.append("<text x=\"").append(Svg.num(p[0] + BOX_W / 2)).append("\" y=\"").append(Svg.num(p[1] + 34))
                    .append("\" text-anchor=\"middle\" fill=\"#666\" font-size=\"11\">")
                    .append(Svg.escape(fit(v.type(), 11))).append("</text>\n");
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static List<Vertex> vertices(Topology topology) {
        List<Vertex> vertices = new ArrayList<>();
        for (Component c : topology.components()) {
            if (c.role() != Component.ComponentRole.MEMBER) {
                vertices.add(new Vertex(c.name(), c.type(), c.isWorkload()));
            }
        }
        return vertices;
    }

    private static List<Edge> edges(Topology topology) {
        Set<Edge> edges = new LinkedHashSet<>();
        for (Link link : topology.links()) {
            if (link.kind() != Link.Kind.REQUEST) {
                continue;
            }
            Component to = topology.component(link.to());
            String group = to == null ? null : to.group();
            Edge edge = group == null ? new Edge(link.from(), link.to(), link.via())
                    : new Edge(link.from(), group, link.via() + " " + link.to());
            if (!edge.from().equals(edge.to())) {
                edges.add(edge);
            }
        }
        return new ArrayList<>(edges);
    }

    private static void edge(StringBuilder out, double[] a, double[] b, Edge e) {
        double x1;
        double x2;
        double y1 = a[1] + BOX_H / 2;
        double y2 = b[1] + BOX_H / 2;
        String path;
        if (b[0] > a[0]) {
            x1 = a[0] + BOX_W;
            x2 = b[0];
            double mid = (x1 + x2) / 2;
            path = "M" + Svg.num(x1) + "," + Svg.num(y1) + " C" + Svg.num(mid) + "," + Svg.num(y1) + " "
                    + Svg.num(mid) + "," + Svg.num(y2) + " " + Svg.num(x2) + "," + Svg.num(y2);
        } else {
            // Backwards or within a tier (a cycle): loop over the top of the boxes.
            x1 = a[0] + BOX_W / 2;
            x2 = b[0] + BOX_W / 2;
            double ya = a[1];
            double yb = b[1];
            double lift = Math.min(ya, yb) - 16;
            path = "M" + Svg.num(x1) + "," + Svg.num(ya) + " C" + Svg.num(x1) + "," + Svg.num(lift) + " "
                    + Svg.num(x2) + "," + Svg.num(lift) + " " + Svg.num(x2) + "," + Svg.num(yb);
        }
        out.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.3\""
                + " marker-end=\"url(#arrow)\"><title>").append(Svg.escape(e.from() + " -> " + e.to() + " (" + e.label()
                        + ")")).append("</title></path>\n");
    }

    /** Longest chain of references from a vertex nobody references; bounded, so cycles end. */
    private static Map<String, Integer> tiers(List<Vertex> vertices, List<Edge> edges) {
        Map<String, Integer> tier = new LinkedHashMap<>();
        for (Vertex v : vertices) {
            tier.put(v.name(), 0);
        }
        int limit = vertices.size();
        for (int round = 0; round < limit; round++) {
            boolean changed = false;
            for (Edge e : edges) {
                Integer from = tier.get(e.from());
                Integer to = tier.get(e.to());
                if (from != null && to != null && to < from + 1 && from + 1 < limit) {
                    tier.put(e.to(), from + 1);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return tier;
    }

    /** The text, cut with an ellipsis to fit a box at the given font size. */
    private static String fit(String text, double fontSize) {
        int max = (int) ((BOX_W - 10) / (fontSize * 0.6));
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
