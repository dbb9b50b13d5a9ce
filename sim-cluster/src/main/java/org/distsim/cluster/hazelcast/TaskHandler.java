package org.distsim.cluster.hazelcast;

/**
 * What a member does with a task: sealed task bytes in, sealed outcome bytes out. A worker puts
 * its handler into the member's user context under {@link #KEY}, where {@link RunCallable} finds
 * it; it must not throw, since exceptions do not cross the wire as data.
 */
public interface TaskHandler {

    /** The key of the handler in the member's user context. */
    String KEY = "distsim.tasks";

    byte[] handle(byte[] sealedTask);
}
