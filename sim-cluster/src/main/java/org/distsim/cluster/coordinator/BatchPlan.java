package org.distsim.cluster.coordinator;

import java.util.List;
import java.util.Objects;
import org.distsim.cluster.task.RunTask;
import org.distsim.cluster.task.ScenarioBundle;

/**
 * The runs of a batch: every design point (its full list of overrides) times every replication.
 * Run {@code index} is point {@code index / replications}, replication {@code index % replications},
 * the same numbering as the local batch, so results are stored and merged in (point, replication)
 * order.
 *
 * @param bundle          the scenario's files, as the coordinator read and validated them
 * @param points          per design point, the overrides that make it ({@code --set}, then the point's)
 * @param seed            replaces the scenario's seed when not null
 * @param durationNanos   replaces the scenario's duration when not null
 * @param replications    runs per point, at least 1
 */
public record BatchPlan(ScenarioBundle bundle, List<List<String>> points, Long seed, Long durationNanos,
        int replications) {

    public BatchPlan {
        Objects.requireNonNull(bundle, "bundle");
        points = points.stream().map(List::copyOf).toList();
        if (points.isEmpty() || replications < 1) {
            throw new IllegalArgumentException("a batch needs at least one point and one replication");
        }
        if ((long) points.size() * replications > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many runs: " + points.size() + " points x " + replications);
        }
    }

    /** How many runs in all. */
    public int total() {
        return points.size() * replications;
    }

    /** Run {@code index} as a task of a coordinator of identity {@code build}. */
    public RunTask task(int index, String build) {
        int point = index / replications;
        return new RunTask(build, bundle, points.get(point), seed, durationNanos, point, index % replications);
    }
}
