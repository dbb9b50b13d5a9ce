package org.distsim.models.run;

import org.distsim.core.kernel.SimObserver;

/**
 * How to run a scenario, beyond what the scenario file says.
 *
 * @param seed          replaces the scenario's seed when not null
 * @param durationNanos replaces the scenario's duration when not null
 * @param replication   replication index; mixed into every random stream
 * @param observer      watches the run (the live view, traces); null when nobody watches
 */
public record RunOptions(Long seed, Long durationNanos, int replication, SimObserver observer) {

    public RunOptions {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must not be negative");
        }
        if (durationNanos != null && durationNanos <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
    }

    public static RunOptions defaults() {
        return new RunOptions(null, null, 0, null);
    }

    public RunOptions withSeed(long newSeed) {
        return new RunOptions(newSeed, durationNanos, replication, observer);
    }

    public RunOptions withDuration(long nanos) {
        return new RunOptions(seed, nanos, replication, observer);
    }

    public RunOptions withReplication(int index) {
        return new RunOptions(seed, durationNanos, index, observer);
    }

    public RunOptions withObserver(SimObserver newObserver) {
        return new RunOptions(seed, durationNanos, replication, newObserver);
    }
}
