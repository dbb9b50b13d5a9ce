package org.distsim.cluster.worker;

/** A worker could not start; the message says why, in the user's terms. */
public final class WorkerException extends Exception {

    private static final long serialVersionUID = 1L;

    public WorkerException(String message) {
        super(message, null, false, false);
    }
}
