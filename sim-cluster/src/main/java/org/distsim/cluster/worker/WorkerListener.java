package org.distsim.cluster.worker;

import java.util.List;

/**
 * What a worker tells whoever started it (the {@code distsim worker} command prints it). Called
 * from Hazelcast's threads and from the threads that run tasks; implementations must be
 * thread-safe and quick.
 */
public interface WorkerListener {

    /** Tells nothing. */
    WorkerListener NONE = new WorkerListener() {
    };

    /**
     * The members changed (or the worker just started).
     *
     * @param change   what happened: "started", "member joined: HOST:PORT", "member left: HOST:PORT"
     * @param members  every member, HOST:PORT, oldest first; this worker is marked " (this worker)"
     */
    default void membersChanged(String change, List<String> members) {
    }

    /** A member that cannot take this cluster's tasks joined (another distsim build or version). */
    default void incompatibleMember(String member, String difference) {
    }

    /** A coordinator connected ({@code connected}) or went away. */
    default void coordinator(String address, boolean connected) {
    }

    /** A task is about to run, on the thread that will run it. */
    default void taskStarted(int point, int replication) {
    }

    /** A task was refused: sealed with another secret, another build, or unreadable. */
    default void taskRefused(String reason) {
    }
}
