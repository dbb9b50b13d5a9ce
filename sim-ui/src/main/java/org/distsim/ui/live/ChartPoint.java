package org.distsim.ui.live;

/**
 * One closed interval of the run, summed over the workloads, for the live charts. Percentiles are
 * the primary (first declared) workload's, since percentiles of different workloads do not add.
 *
 * @param endNanos      end of the interval, where the point is drawn
 * @param p50Ms         median latency of successful requests, or null when none completed
 * @param p95Ms         95th percentile, or null
 * @param p99Ms         99th percentile, or null
 * @param throughput    successful requests per second
 * @param failedPerSec  definite failures per second (rejected, unavailable, error, ...)
 * @param timeoutsPerSec requests per second whose outcome is unknown (timed out)
 * @param availability  ok / finished, or null when nothing finished
 * @param workloads     each workload's p99 and availability, in declaration order
 * @param lessonTitle   the title of the lesson figure's chart ({@code stale reads/s}), or null when the
 *                      scenario has no lesson figure; the same in every point of one reading
 * @param lessonScale   how the lesson figure's axis is drawn: a share in per cent (0 to 100), a
 *                      quotient on a logarithmic axis, anything else linear
 */
public record ChartPoint(long endNanos, Double p50Ms, Double p95Ms, Double p99Ms, double throughput,
        double failedPerSec, double timeoutsPerSec, Double availability, java.util.List<WorkloadPoint> workloads,
        String lessonTitle, LessonScale lessonScale) {

    public ChartPoint {
        workloads = java.util.List.copyOf(workloads);
    }

    /** A point of a run without a lesson figure. */
    public ChartPoint(long endNanos, Double p50Ms, Double p95Ms, Double p99Ms, double throughput,
            double failedPerSec, double timeoutsPerSec, Double availability, java.util.List<WorkloadPoint> workloads) {
        this(endNanos, p50Ms, p95Ms, p99Ms, throughput, failedPerSec, timeoutsPerSec, availability, workloads, null, LessonScale.LINEAR);
    }
}
