package org.distsim.cluster.task;

import java.util.List;
import java.util.Objects;

/**
 * One run of a batch as plain data that any member can rebuild it from: the scenario's files, the
 * overrides of the command line and of the design point, the seed and duration overrides, and the
 * replication. Run (point, replication) of a batch is the same run wherever it executes.
 *
 * @param build          the coordinator's {@code BuildIdentity}, encoded; a member of another build refuses the task
 * @param bundle         the scenario's files
 * @param overrides      {@code --set} arguments, then the design point's, applied in this order
 * @param seed           replaces the scenario's seed when not null
 * @param durationNanos  replaces the scenario's duration when not null
 * @param point          the design point's index, for messages
 * @param replication    the replication index, mixed into every random stream
 */
public record RunTask(String build, ScenarioBundle bundle, List<String> overrides, Long seed, Long durationNanos,
        int point, int replication) {

    public RunTask {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(bundle, "bundle");
        overrides = List.copyOf(overrides);
        if (point < 0 || replication < 0) {
            throw new IllegalArgumentException("point and replication must not be negative");
        }
    }

    /** "point 3, replication 7", for messages. */
    public String describe() {
        return "point " + point + ", replication " + replication;
    }
}
