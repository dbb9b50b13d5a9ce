package org.distsim.cluster.coordinator;

/**
 * A run failed on a member: what would have been an exception in a local run (a bug in distsim),
 * or a member without enough heap for it. The message names the run, the member and the member's
 * message; {@link #detail()} holds the member's stack trace.
 */
public final class RemoteRunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean outOfMemory;
    private final String detail;

    RemoteRunException(String message, boolean outOfMemory, String detail) {
        super(message);
        this.outOfMemory = outOfMemory;
        this.detail = detail;
    }

    /** Whether the member ran out of heap (rather than the run failing). */
    public boolean outOfMemory() {
        return outOfMemory;
    }

    /** The member's stack trace, or empty. */
    public String detail() {
        return detail;
    }
}
