package org.distsim.reports.batch;

import java.util.List;
import java.util.Objects;
import org.distsim.core.facts.Objective;

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
 * @param objectives    the scenario's service-level objectives, drawn on the charts; empty for none
 * @param curve         theory between the points of a sweep of one numeric parameter, in increasing
 *                      x; empty when there is none
 */
public record SweepResult(String scenario, long seed, int replications, List<String> parameters, List<Point> points,
        List<Objective> objectives, List<CurvePoint> curve) {

    /**
     * One design point.
     *
     * @param values   each parameter's value at this point, as written (YAML text)
     * @param summary  its replications
     * @param theory   what closed forms predict at this point; {@link Theory.Set#NONE} for nothing
     */
    public record Point(List<String> values, ReplicationSummary summary, Theory.Set theory) {
        public Point {
            values = List.copyOf(values);
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(theory, "theory");
        }

        /** A point without theory. */
        public Point(List<String> values, ReplicationSummary summary) {
            this(values, summary, Theory.Set.NONE);
        }
    }

    /**
     * The prediction at one value of the swept parameter, between or at the design points.
     *
     * @param x       the parameter's value, in the unit its values are written in
     * @param theory  the prediction there
     */
    public record CurvePoint(double x, Theory.Set theory) {
        public CurvePoint {
            Objects.requireNonNull(theory, "theory");
        }
    }

    public SweepResult {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
        objectives = List.copyOf(objectives);
        curve = List.copyOf(curve);
    }

    /** A sweep without objectives or theory curve. */
    public SweepResult(String scenario, long seed, int replications, List<String> parameters, List<Point> points) {
        this(scenario, seed, replications, parameters, points, List.of(), List.of());
    }

    /** Whether some replication of some point did not finish. */
    public boolean partial() {
        return points.stream().anyMatch(p -> p.summary().partial());
    }
}
