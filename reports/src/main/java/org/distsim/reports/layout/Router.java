package org.distsim.reports.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The path of every arrow, in the renderer's units: horizontal and vertical segments that run
 * only through the gaps between columns and between rows, so an arrow never passes under a box
 * and never seems to connect two boxes it does not join.
 *
 * <ul>
 *   <li>To the next column: out of the caller's right side, down or up the gap between the two
 *   columns, into the callee's left side.</li>
 *   <li>Further right: along the gap between the rows nearest to both ends, across the columns in
 *   between, then as above.</li>
 *   <li>Within a column or back to the left (a call back, a replica): out of the right side and
 *   into the callee's right side, through the gaps the same way.</li>
 * </ul>
 * Each caller has its own vertical lane in the gap right of its column, so the fan-outs of two
 * callers in one column stay apart.
 */
public final class Router {

    /** A point in the renderer's units. */
    public record Point(double x, double y) {
    }

    /** An arrow's path, from the caller's side to the callee's side (where the arrowhead goes). */
    public record Route(Layout.Arrow arrow, List<Point> points) {

        public Route {
            points = List.copyOf(points);
        }
    }

    private Router() {
    }

    /** Every arrow of the layout, routed for the given geometry, in the layout's order. */
    public static List<Route> routes(Layout layout, Geometry g) {
        Map<String, Double> lanes = lanes(layout, g);
        List<Route> routes = new ArrayList<>();
        for (Layout.Arrow arrow : layout.arrows()) {
            Layout.Box a = layout.box(arrow.from());
            Layout.Box b = layout.box(arrow.to());
            if (a == null || b == null) {
                continue;
            }
            routes.add(new Route(arrow, route(layout, g, a, b, lanes.get(a.name()))));
        }
        return routes;
    }

    private static List<Point> route(Layout layout, Geometry g, Layout.Box a, Layout.Box b, double lane) {
        double ay = g.top(a.y()) + g.boxHeight() / 2;
        double by = g.top(b.y()) + g.boxHeight() / 2;
        double aRight = g.left(a.x()) + g.boxWidth();
        List<Point> points = new ArrayList<>();
        points.add(new Point(aRight, ay));
        double columns = b.x() - a.x();
        if (columns > 0.5 && columns < 1.5) {
            double bLeft = g.left(b.x());
            if (ay != by) {
                points.add(new Point(lane, ay));
                points.add(new Point(lane, by));
            }
            points.add(new Point(bLeft, by));
            return points;
        }
        boolean forward = columns >= 1.5;
        double endX = forward ? g.left(b.x()) : g.left(b.x()) + g.boxWidth();
        double endLane = forward ? endX - g.gapX() / 2 : endX + g.gapX() / 2;
        if (Math.abs(a.x() - b.x()) < 0.5) {
            // Same column: down the lane beside it and back into the callee's right side.
            points.add(new Point(lane, ay));
            points.add(new Point(lane, by));
        } else if (clear(layout, g, ay, aRight, endLane, a, b)) {
            // Straight across at the caller's height, then along the callee's gap.
            points.add(new Point(endLane, ay));
            if (ay != by) {
                points.add(new Point(endLane, by));
            }
        } else if (clear(layout, g, by, lane, endX, a, b)) {
            // Down the caller's lane, then straight across at the callee's height.
            points.add(new Point(lane, ay));
            points.add(new Point(lane, by));
        } else {
            double row = gapRow(layout, g, a, (ay + by) / 2);
            points.add(new Point(lane, ay));
            points.add(new Point(lane, row));
            points.add(new Point(endLane, row));
            points.add(new Point(endLane, by));
        }
        points.add(new Point(endX, by));
        return points;
    }

    /** Whether a horizontal line at {@code y} between {@code x1} and {@code x2} misses every box but the two ends. */
    private static boolean clear(Layout layout, Geometry g, double y, double x1, double x2, Layout.Box a,
            Layout.Box b) {
        double lo = Math.min(x1, x2);
        double hi = Math.max(x1, x2);
        double margin = g.gapY() / 4;
        for (Layout.Box box : layout.boxes()) {
            if (box == a || box == b) {
                continue;
            }
            double left = g.left(box.x());
            double top = g.top(box.y());
            if (left < hi && left + g.boxWidth() > lo && y > top - margin && y < top + g.boxHeight() + margin) {
                return false;
            }
        }
        return true;
    }

    /**
     * The height of the gap between rows of the caller's band that is nearest {@code y}: the line
     * halfway between two rows (or above the first, below the last), clear of every box.
     */
    private static double gapRow(Layout layout, Geometry g, Layout.Box a, double y) {
        Layout.Band band = layout.bands().get(a.band());
        double best = g.top(band.y()) - g.gapY() / 2;
        for (int r = 0; r <= band.height(); r++) {
            double line = g.top(band.y() + r) - g.gapY() / 2;
            if (Math.abs(line - y) < Math.abs(best - y) - 1e-9) {
                best = line;
            }
        }
        return best;
    }

    /**
     * The vertical lane of each caller in the gap right of its column: the callers of one column
     * spread evenly across the gap, top to bottom in row order.
     */
    private static Map<String, Double> lanes(Layout layout, Geometry g) {
        Map<Double, TreeSet<Double>> rowsByColumn = new LinkedHashMap<>();
        for (Layout.Arrow arrow : layout.arrows()) {
            Layout.Box a = layout.box(arrow.from());
            if (a != null) {
                rowsByColumn.computeIfAbsent(a.x(), k -> new TreeSet<>()).add(a.y());
            }
        }
        Map<String, Double> lanes = new LinkedHashMap<>();
        for (Layout.Box box : layout.boxes()) {
            TreeSet<Double> rows = rowsByColumn.get(box.x());
            if (rows == null) {
                continue;
            }
            int rank = rows.headSet(box.y()).size();
            double gapLeft = g.left(box.x()) + g.boxWidth();
            lanes.put(box.name(), gapLeft + g.gapX() * (rank + 1) / (rows.size() + 1));
        }
        return lanes;
    }
}
