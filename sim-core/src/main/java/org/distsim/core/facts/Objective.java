package org.distsim.core.facts;

import java.util.Objects;

/**
 * One service-level objective of one workload: a bound on a summary figure of that workload after
 * the warm-up.
 *
 * @param workload  the workload's name
 * @param figure    the figure bounded
 * @param limit     the bound, in the figure's unit (milliseconds, a fraction, requests per second)
 */
public record Objective(String workload, ObjectiveFigure figure, double limit) {

    public Objective {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(figure, "figure");
        if (!Double.isFinite(limit) || limit < 0) {
            throw new IllegalArgumentException("an objective's limit must be finite and >= 0, got " + limit);
        }
        if (figure == ObjectiveFigure.AVAILABILITY && limit > 1) {
            throw new IllegalArgumentException("an availability objective is a fraction in [0, 1], got " + limit);
        }
    }

    /** A latency bound, from a duration in nanoseconds. */
    public static Objective latency(String workload, ObjectiveFigure statistic, long limitNanos) {
        if (!statistic.isLatency()) {
            throw new IllegalArgumentException(statistic + " is not a latency statistic");
        }
        return new Objective(workload, statistic, limitNanos / 1e6);
    }

    /** True for latency figures, which must stay at or below the limit; the others must reach it. */
    public boolean isUpperBound() {
        return figure.isLatency();
    }
}
