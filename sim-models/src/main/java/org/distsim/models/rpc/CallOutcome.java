package org.distsim.models.rpc;

/**
 * How one outbound call ended, from the caller's side.
 *
 * @param response     the response, or null when the call timed out
 * @param latencyNanos time from sending the call to its outcome
 */
public record CallOutcome(Response response, long latencyNanos) {

    public boolean ok() {
        return response != null && response.ok();
    }

    /** No answer within the call's timeout: the callee may or may not have acted on it. */
    public boolean timedOut() {
        return response == null;
    }

    /** The definite failure the callee answered; null for a success or a timeout. */
    public Failure failure() {
        return response == null ? null : response.failure();
    }
}
