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

    /** The failure reason: the response's, or {@code timeout}. */
    public String reason() {
        return response == null ? "timeout" : response.reason();
    }
}
