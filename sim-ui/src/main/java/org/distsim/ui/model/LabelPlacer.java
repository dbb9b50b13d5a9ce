package org.distsim.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Places labels near the points they name without covering each other or the boxes of the
 * drawing: several links cut by one partition meet in the same gap, and a label put at each cut's
 * middle stacked the words over one another and over the members beside them. The caller gives
 * one mark per label (one per partition and design, say); each label takes the first free place
 * on rings of growing distance around its mark (above first, where a reader looks for the name of
 * a line).
 */
public final class LabelPlacer {

    /** How many rings of candidate places are tried around a mark before giving up on a free one. */
    private static final int RINGS = 6;
    /** How many rings a label joined to its mark by a leader line may go out. */
    private static final int FAR_RINGS = 12;

    private LabelPlacer() {
    }

    /**
     * One label per mark, in the marks' order: the label's rectangle, {@code width} by
     * {@code height}, inside {@code bounds} when it fits, clear of every obstacle and every other
     * label when such a place exists within {@link #RINGS} rings; else the ring-0 place above the
     * mark, so a label is never lost. Deterministic: marks are taken in the order given.
     */
    public static List<Rectangle2D> place(List<Point2D> marks, double width, double height,
            List<Rectangle2D> obstacles, Rectangle2D bounds) {
        List<Rectangle2D> placed = new ArrayList<>();
        for (Point2D anchor : marks) {
            Rectangle2D chosen = null;
            Rectangle2D fallback = null;
            for (Rectangle2D candidate : candidates(anchor, width, height)) {
                if (!inside(candidate, bounds) || overlapsAny(candidate, placed)) {
                    continue;
                }
                if (fallback == null) {
                    fallback = candidate;
                }
                if (!overlapsAny(candidate, obstacles)) {
                    chosen = candidate;
                    break;
                }
            }
            if (chosen == null) {
                chosen = fallback != null ? fallback : candidates(anchor, width, height).get(0);
            }
            placed.add(chosen);
        }
        return placed;
    }

    /**
     * The first place on {@link #FAR_RINGS} rings around the mark, nearest first, inside
     * {@code bounds}, clear of every obstacle, that {@code also} accepts (a leader line from the
     * mark to it crossing no box, say); null when there is none.
     */
    public static Rectangle2D placeOne(Point2D mark, double width, double height, List<Rectangle2D> obstacles,
            Rectangle2D bounds, Predicate<Rectangle2D> also) {
        for (Rectangle2D candidate : candidates(mark, width, height, FAR_RINGS)) {
            if (inside(candidate, bounds) && !overlapsAny(candidate, obstacles) && also.test(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Places around the mark: above, below, right, left, then the corners, ring by ring outwards. */
    static List<Rectangle2D> candidates(Point2D mark, double width, double height) {
        return candidates(mark, width, height, RINGS);
    }

    private static List<Rectangle2D> candidates(Point2D mark, double width, double height, int rings) {
        List<Rectangle2D> out = new ArrayList<>();
        double gap = 4;
        for (int ring = 0; ring < rings; ring++) {
            double dy = height / 2 + gap + ring * height;
            double dx = width / 2 + gap + ring * width / 2;
            double[][] offsets = {{0, -dy}, {0, dy}, {dx, 0}, {-dx, 0}, {dx, -dy}, {-dx, -dy}, {dx, dy}, {-dx, dy}};
            for (double[] o : offsets) {
                out.add(new Rectangle2D(mark.getX() + o[0] - width / 2, mark.getY() + o[1] - height / 2, width, height));
            }
        }
        return out;
    }

    private static boolean inside(Rectangle2D r, Rectangle2D bounds) {
        return r.getMinX() >= bounds.getMinX() && r.getMinY() >= bounds.getMinY() && r.getMaxX() <= bounds.getMaxX()
                && r.getMaxY() <= bounds.getMaxY();
    }

    private static boolean overlapsAny(Rectangle2D r, List<Rectangle2D> others) {
        for (Rectangle2D other : others) {
            if (r.intersects(other)) {
                return true;
            }
        }
        return false;
    }
}
