package org.distsim.ui.model;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.distsim.reports.layout.Clipping;

/**
 * Where a branching link's words go: on the link itself, so that "10%" can belong to no other
 * arrow. Places are tried from the arrowhead back along the path, every few pixels, first centred
 * on the line, then just above and below it; a place must lie inside the drawing and cover no
 * obstacle (a box, an arrowhead, a label placed before). Of those, the first that crosses the
 * fewest other links wins: the words of one caller's fanned-out arrows then sit each on its own
 * leg rather than stacked in the gap they share.
 */
public final class BranchPlaces {

    /** The step between two places along the path, in pixels. */
    private static final double STEP = 4;

    private BranchPlaces() {
    }

    /**
     * The best place for words {@code width} by {@code height} on {@code path}, or null when no
     * place along it is free.
     */
    public static Rectangle2D best(List<Point2D> path, double width, double height, List<Rectangle2D> obstacles,
            List<List<Point2D>> others, Rectangle2D bounds) {
        return best(path, false, width, height, obstacles, others, bounds);
    }

    /**
     * The same, with places tried from the path's middle outwards, alternately towards either end,
     * when {@code fromMiddle}: a cable's words belong to the whole cable, not to one of its ends.
     */
    public static Rectangle2D best(List<Point2D> path, boolean fromMiddle, double width, double height,
            List<Rectangle2D> obstacles, List<List<Point2D>> others, Rectangle2D bounds) {
        double total = Math.max(1e-9, Paths.length(path));
        Rectangle2D best = null;
        int fewest = Integer.MAX_VALUE;
        for (int step = 0; step * STEP <= total; step++) {
            double fraction = fromMiddle ? 0.5 + (step % 2 == 0 ? 1 : -1) * ((step + 1) / 2) * STEP / total
                    : (total - step * STEP) / total;
            if (fraction < 0 || fraction > 1) {
                continue;
            }
            Point2D at = Paths.at(path, fraction);
            for (double offset : new double[] {0, -(height / 2 + 3), height / 2 + 3}) {
                Rectangle2D r = new Rectangle2D(at.getX() - width / 2, at.getY() + offset - height / 2, width, height);
                if (!inside(r, bounds) || obstacles.stream().anyMatch(r::intersects)) {
                    continue;
                }
                int crossed = crossings(r, others);
                if (crossed < fewest) {
                    fewest = crossed;
                    best = r;
                    if (crossed == 0) {
                        return best;
                    }
                }
            }
        }
        return best;
    }

    private static boolean inside(Rectangle2D r, Rectangle2D bounds) {
        return r.getMinX() >= bounds.getMinX() && r.getMinY() >= bounds.getMinY() && r.getMaxX() <= bounds.getMaxX()
                && r.getMaxY() <= bounds.getMaxY();
    }

    /** How many of the paths cross the rectangle. */
    public static int crossings(Rectangle2D r, List<List<Point2D>> paths) {
        int count = 0;
        for (List<Point2D> path : paths) {
            for (int i = 0; i + 1 < path.size(); i++) {
                if (crosses(r, path.get(i), path.get(i + 1))) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** Whether the segment from a to b passes through the rectangle or touches its edge. */
    static boolean crosses(Rectangle2D r, Point2D a, Point2D b) {
        return Clipping.inside(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(),
                a.getX(), a.getY(), b.getX(), b.getY()) >= 0;
    }
}
