package org.distsim.reports.batch;

import java.util.List;
import java.util.Objects;

/**
 * A sweep: the cross product of the swept parameters' values, each design point run with the same
 * replications. Replication r uses the same seed and random streams at every point (common random
 * numbers), so differences between points are paired and less noisy than independent runs'.
 *
 * @param scenario      the scenario's name
 * @param seed          the master seed
 * @param replications  replications per point asked for
 * @param parameters    the swept paths, in order; the first varies slowest
 * @param points        the design points in cross-product order
 */
public record SweepResult(String scenario, long seed, int replications, List<String> parameters, List<Point> points) {

    /**
     * One design point.
     *
     * @param values   each parameter's value at this point, as written (YAML text)
     * @param summary  its replications
     */
    public record Point(List<String> values, ReplicationSummary summary) {
        public Point {
            values = List.copyOf(values);
            Objects.requireNonNull(summary, "summary");
        }
    }

    public SweepResult {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
    }

    /** Whether some replication of some point did not finish. */
    public boolean partial() {
        return points.stream().anyMatch(p -> p.summary().partial());
    }
}
