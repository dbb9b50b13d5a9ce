package org.distsim.ui.model;

import java.util.List;
import javafx.geometry.Point2D;

/** Positions along an arrow's path (a polyline): where a message dot is, where a cut mark goes. */
public final class Paths {

    private Paths() {
    }

    /** The point {@code fraction} of the way along the path by length, clamped to its ends. */
    public static Point2D at(List<Point2D> path, double fraction) {
        double total = length(path);
        double wanted = Math.max(0, Math.min(1, fraction)) * total;
        for (int i = 0; i + 1 < path.size(); i++) {
            Point2D a = path.get(i);
            Point2D b = path.get(i + 1);
            double segment = a.distance(b);
            if (wanted <= segment || i + 2 == path.size()) {
                double t = segment == 0 ? 0 : Math.min(1, wanted / segment);
                return a.interpolate(b, t);
            }
            wanted -= segment;
        }
        return path.get(0);
    }

    /** The ends of the segment that holds the path's midpoint by length. */
    public static Point2D[] middle(List<Point2D> path) {
        double wanted = length(path) / 2;
        for (int i = 0; i + 1 < path.size(); i++) {
            double segment = path.get(i).distance(path.get(i + 1));
            if (wanted <= segment || i + 2 == path.size()) {
                return new Point2D[] {path.get(i), path.get(i + 1)};
            }
            wanted -= segment;
        }
        return new Point2D[] {path.get(0), path.get(path.size() - 1)};
    }

    static double length(List<Point2D> path) {
        double total = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            total += path.get(i).distance(path.get(i + 1));
        }
        return total;
    }
}
