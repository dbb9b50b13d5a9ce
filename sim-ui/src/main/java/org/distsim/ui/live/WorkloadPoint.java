package org.distsim.ui.live;

/**
 * One workload's share of a {@link ChartPoint}: what the charts draw per design, so that designs
 * are compared on one scale.
 *
 * @param p99Ms         99th percentile latency of its successful requests, or null when none succeeded
 * @param availability  ok / finished, or null when nothing finished
 * @param finished      requests whose outcome came in the interval (ok, failed or timed out)
 * @param okPerSec      successful requests per second
 * @param lesson        the scenario's lesson figure in the interval, as its chart draws it (see
 *                      {@link LessonSeries}), or null when undefined or the design does not record it;
 *                      {@link Double#POSITIVE_INFINITY} for a quotient with nothing below the line
 *                      (calls offered, none succeeded), which the chart marks rather than plots
 */
public record WorkloadPoint(Double p99Ms, Double availability, double finished, double okPerSec, Double lesson) {

    /** A point without a lesson figure. */
    public WorkloadPoint(Double p99Ms, Double availability, double finished, double okPerSec) {
        this(p99Ms, availability, finished, okPerSec, null);
    }

    /**
     * Requests finished and none succeeded: the latency of successes is undefined, and a chart that
     * drew nothing would look like a quiet stretch rather than a collapse.
     */
    public boolean noSuccess() {
        return finished > 0 && availability != null && availability == 0;
    }
}
