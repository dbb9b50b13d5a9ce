package org.distsim.reports.layout;

/**
 * How much of a straight segment lies inside a rectangle, by Liang-Barsky clipping: one place for
 * the test that the report's cables and the live view's label leaders both make, "does this line
 * run through that box?".
 */
public final class Clipping {

    private Clipping() {
    }

    /**
     * The part of the segment from (x0, y0) to (x1, y1) inside the rectangle, as a length in the
     * segment's own parameter (0 at its start, 1 at its end): positive when it runs through the
     * inside, 0 when it only touches an edge or a corner, negative when it misses.
     */
    public static double inside(double left, double top, double width, double height,
            double x0, double y0, double x1, double y1) {
        double[] p = {-(x1 - x0), x1 - x0, -(y1 - y0), y1 - y0};
        double[] q = {x0 - left, left + width - x0, y0 - top, top + height - y0};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return Double.NEGATIVE_INFINITY;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return leave - enter;
    }
}
