package org.distsim.models.rpc;

/**
 * How one outbound call ended, from the caller's side.
 *
 * <p>The outcome is the call's own record in {@link Calls}, which is also its timeout timer, so
 * that a call allocates one object for its bookkeeping, its timer and its outcome together. It is
 * complete and never changes again by the time a continuation sees it.
 */
public sealed interface CallOutcome permits OutboundCall {

    /** The response, or null when the call timed out. */
    Response response();

    /** Time from sending the call to its outcome, in simulated nanoseconds. */
    long latencyNanos();

    default boolean ok() {
        Response response = response();
        return response != null && response.ok();
    }

    /** No answer within the call's timeout: the callee may or may not have acted on it. */
    default boolean timedOut() {
        return response() == null;
    }

    /** The definite failure the callee answered; null for a success or a timeout. */
    default Failure failure() {
        Response response = response();
        return response == null ? null : response.failure();
    }
}
