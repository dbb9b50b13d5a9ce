package org.distsim.models.rpc;

import org.distsim.core.kernel.Message;

/**
 * The answer to a {@link Request}: a success, or a definite {@link Failure} with its reason.
 *
 * @param id      the id of the request it answers
 * @param failure why it failed; null for a success
 * @param version for a read, the version of the value returned; for a write, the version it
 *                created; {@link #NO_VERSION} when the node keeps no versions (and for a failure)
 */
public record Response(long id, Failure failure, long version) implements Message {

    public static final long NO_VERSION = -1;

    public static Response ok(long id) {
        return new Response(id, null, NO_VERSION);
    }

    public static Response ok(long id, long version) {
        return new Response(id, null, version);
    }

    public static Response failed(long id, Failure failure) {
        return new Response(id, java.util.Objects.requireNonNull(failure, "failure"), NO_VERSION);
    }

    public static Response failed(long id, FailureReason reason) {
        return failed(id, Failure.of(reason));
    }

    /** Whether the request succeeded. */
    public boolean ok() {
        return failure == null;
    }

    /** This response re-addressed to another request id, as a forwarding node returns it upstream. */
    public Response withId(long newId) {
        return new Response(newId, failure, version);
    }
}
