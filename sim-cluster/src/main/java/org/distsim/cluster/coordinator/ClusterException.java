package org.distsim.cluster.coordinator;

/**
 * The cluster cannot do the batch, for a reason the user can act on: nothing answers at the
 * address, the name or secret differ, every member runs another distsim build, or the connection
 * was lost. The message says which and what to do.
 */
public final class ClusterException extends Exception {

    private static final long serialVersionUID = 1L;

    public ClusterException(String message) {
        super(message, null, false, false);
    }
}
