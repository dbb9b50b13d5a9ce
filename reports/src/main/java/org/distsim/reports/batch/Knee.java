package org.distsim.reports.batch;

import java.util.List;

/**
 * Where a curve against a parameter first crosses a threshold: the knee of a latency curve is the
 * load at which its p99 reaches the objective. Between two measured points the curve is taken as
 * straight, so the crossing is interpolated linearly; a curve that starts beyond the threshold, or
 * never reaches it, has no knee.
 */
final class Knee {

    private Knee() {
    }

    /**
     * The x at which {@code ys} first passes {@code threshold} going up ({@code rising}) or down,
     * interpolated between the last point on the good side and the first on the bad side; null
     * when there is no such crossing. Undefined points (null) are skipped.
     */
    static Double crossing(double[] xs, List<Double> ys, double threshold, boolean rising) {
        Double lastX = null;
        Double lastY = null;
        for (int i = 0; i < xs.length && i < ys.size(); i++) {
            Double y = ys.get(i);
            if (y == null || !Double.isFinite(y)) {
                continue;
            }
            boolean bad = rising ? y > threshold : y < threshold;
            if (bad) {
                if (lastY == null) {
                    return null;
                }
                return lastX + (xs[i] - lastX) * (threshold - lastY) / (y - lastY);
            }
            lastX = xs[i];
            lastY = y;
        }
        return null;
    }
}
