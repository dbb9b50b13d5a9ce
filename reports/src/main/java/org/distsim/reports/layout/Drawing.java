package org.distsim.reports.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometric checks of a drawn layout: boxes that overlap, arrows that pass through a box they do
 * not join, slanted segments. A picture that fails one of them shows wiring that is not there.
 * The layout's tests and the test over every bundled scenario use them; a renderer may too.
 */
public final class Drawing {

    private Drawing() {
    }

    /** Every pair of boxes that overlap (with the gap around them); empty when none do. */
    public static List<String> overlaps(Layout layout, Geometry g) {
        List<String> found = new ArrayList<>();
        List<Layout.Box> boxes = layout.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Layout.Box a = boxes.get(i);
                Layout.Box b = boxes.get(j);
                if (Math.abs(g.left(a.x()) - g.left(b.x())) < g.boxWidth() + g.gapX() / 2
                        && Math.abs(g.top(a.y()) - g.top(b.y())) < g.boxHeight() + g.gapY() / 2) {
                    found.add(a.name() + " overlaps " + b.name());
                }
            }
        }
        return found;
    }

    /** Every arrow segment that passes through a box other than the arrow's two ends. */
    public static List<String> arrowsThroughBoxes(Layout layout, Geometry g) {
        List<String> found = new ArrayList<>();
        for (Router.Route route : Router.routes(layout, g)) {
            List<Router.Point> p = route.points();
            for (int s = 0; s + 1 < p.size(); s++) {
                for (Layout.Box box : layout.boxes()) {
                    if (box.name().equals(route.arrow().from()) || box.name().equals(route.arrow().to())) {
                        continue;
                    }
                    if (crosses(p.get(s), p.get(s + 1), g.left(box.x()), g.top(box.y()), g.boxWidth(), g.boxHeight())) {
                        found.add(route.arrow().from() + " -> " + route.arrow().to() + " passes through " + box.name());
                    }
                }
            }
        }
        return found;
    }

    /** Every arrow point that lies outside the drawing (where a renderer would clip it). */
    public static List<String> outside(Layout layout, Geometry g) {
        List<String> found = new ArrayList<>();
        for (Router.Route route : Router.routes(layout, g)) {
            for (Router.Point p : route.points()) {
                if (p.x() < 0 || p.x() > g.width(layout) || p.y() < 0 || p.y() > g.height(layout)) {
                    found.add(route.arrow().from() + " -> " + route.arrow().to() + " at " + p);
                }
            }
        }
        return found;
    }

    /** Every segment that is neither horizontal nor vertical. */
    public static List<String> slanted(Layout layout, Geometry g) {
        List<String> found = new ArrayList<>();
        for (Router.Route route : Router.routes(layout, g)) {
            List<Router.Point> p = route.points();
            for (int s = 0; s + 1 < p.size(); s++) {
                if (p.get(s).x() != p.get(s + 1).x() && p.get(s).y() != p.get(s + 1).y()) {
                    found.add(route.arrow().from() + " -> " + route.arrow().to());
                }
            }
        }
        return found;
    }

    /** Whether an axis-parallel segment enters the inside of a rectangle. */
    private static boolean crosses(Router.Point a, Router.Point b, double x, double y, double w, double h) {
        double loX = Math.min(a.x(), b.x());
        double hiX = Math.max(a.x(), b.x());
        double loY = Math.min(a.y(), b.y());
        double hiY = Math.max(a.y(), b.y());
        return hiX > x + 0.5 && loX < x + w - 0.5 && hiY > y + 0.5 && loY < y + h - 0.5;
    }
}
