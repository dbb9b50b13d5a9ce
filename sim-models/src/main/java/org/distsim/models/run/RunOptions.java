package org.distsim.models.run;

import org.distsim.core.kernel.SimObserver;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.kernel.StopRequest;

/**
 * How to run a scenario, beyond what the scenario file says.
 *
 * @param seed          replaces the scenario's seed when not null
 * @param durationNanos replaces the scenario's duration when not null
 * @param replication   replication index; mixed into every random stream
 * @param observer      watches the run (the live view, traces); null when nobody watches
 * @param maxEvents     the run stops, reporting it, after this many events
 * @param stopRequest   lets another thread stop the run early (Ctrl-C); null when nothing may
 */
public record RunOptions(Long seed, Long durationNanos, int replication, SimObserver observer, long maxEvents,
        StopRequest stopRequest) {

    /** Options with the engine's default event limit. */
    public RunOptions(Long seed, Long durationNanos, int replication, SimObserver observer) {
        this(seed, durationNanos, replication, observer, SimulationConfig.DEFAULT_MAX_EVENTS);
    }

    /** Options that nothing outside the run may stop. */
    public RunOptions(Long seed, Long durationNanos, int replication, SimObserver observer, long maxEvents) {
        this(seed, durationNanos, replication, observer, maxEvents, null);
    }

    public RunOptions {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must not be negative");
        }
        if (durationNanos != null && durationNanos <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        if (maxEvents <= 0) {
            throw new IllegalArgumentException("the event limit must be positive");
        }
    }

    public static RunOptions defaults() {
        return new RunOptions(null, null, 0, null);
    }

    public RunOptions withSeed(long newSeed) {
        return new RunOptions(newSeed, durationNanos, replication, observer, maxEvents, stopRequest);
    }

    public RunOptions withDuration(long nanos) {
        return new RunOptions(seed, nanos, replication, observer, maxEvents, stopRequest);
    }

    public RunOptions withReplication(int index) {
        return new RunOptions(seed, durationNanos, index, observer, maxEvents, stopRequest);
    }

    /** These options with another event limit: a bound on the work of one run (tests, fuzzing). */
    public RunOptions withMaxEvents(long events) {
        return new RunOptions(seed, durationNanos, replication, observer, events, stopRequest);
    }

    /** These options with a way for another thread to stop the run early. */
    public RunOptions withStopRequest(StopRequest request) {
        return new RunOptions(seed, durationNanos, replication, observer, maxEvents, request);
    }

    public RunOptions withObserver(SimObserver newObserver) {
        return new RunOptions(seed, durationNanos, replication, newObserver, maxEvents, stopRequest);
    }
}
