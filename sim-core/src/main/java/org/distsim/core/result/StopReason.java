package org.distsim.core.result;

/**
 * Why a run ended: it reached its duration, or a limit stopped it early. A limit is never silent:
 * the message names the limit, its value and the simulated time at which it was hit.
 */
public record StopReason(Kind kind, String message) {

    public enum Kind {
        /** The run reached its configured duration. */
        COMPLETED,
        /** The cap on dispatched events was reached. */
        EVENT_LIMIT,
        /** The cap on pending events (memory) was reached: the modelled system is usually overloaded. */
        PENDING_LIMIT,
        /** A component hit one of its own bounds (for example an unbounded queue past its hard cap). */
        MODEL_LIMIT,
        /** Stopped on request from outside the run (Ctrl-C or SIGTERM on the command line). */
        INTERRUPTED
    }

    public static StopReason completed() {
        return new StopReason(Kind.COMPLETED, "reached the configured duration");
    }

    public boolean isCompleted() {
        return kind == Kind.COMPLETED;
    }
}
