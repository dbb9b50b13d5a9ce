package org.distsim.models.rpc;

import org.distsim.core.kernel.Message;
import org.distsim.core.net.Payload;

/**
 * The answer to a {@link Request}: a success, or a definite {@link Failure} with its reason.
 *
 * @param id        the id of the request it answers
 * @param failure   why it failed; null for a success
 * @param version   for a read, the version of the value returned; for a write, the version it
 *                  created; {@link #NO_VERSION} when the node keeps no versions (and for a failure)
 * @param lookup    for a read a cache answered, whether it was a hit or a miss; {@link Lookup#NONE} otherwise
 * @param sizeBytes what the answer weighs on the wire, in bytes: 0 for a failure, and for a
 *                  success whose request and node set no size
 */
public record Response(long id, Failure failure, long version, Lookup lookup, long sizeBytes)
        implements Message, Payload {

    public static final long NO_VERSION = -1;

    /** A response that is no cache lookup and weighs nothing. */
    public Response(long id, Failure failure, long version) {
        this(id, failure, version, Lookup.NONE, 0);
    }

    /** A response that weighs nothing. */
    public Response(long id, Failure failure, long version, Lookup lookup) {
        this(id, failure, version, lookup, 0);
    }

    public Response {
        java.util.Objects.requireNonNull(lookup, "lookup");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("a size is bytes >= 0, got " + sizeBytes);
        }
    }

    /** A cache's answer to a read, with the version returned and whether the value was in the cache. */
    public static Response lookedUp(long id, long version, boolean hit) {
        return new Response(id, null, version, hit ? Lookup.HIT : Lookup.MISS, 0);
    }

    public static Response ok(long id) {
        return new Response(id, null, NO_VERSION);
    }

    public static Response ok(long id, long version) {
        return new Response(id, null, version);
    }

    /** A success answering {@code request}, weighing what the request says its answer weighs. */
    public static Response ok(Request request, long version) {
        return new Response(request.id(), null, version, Lookup.NONE, request.responseBytes());
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
        if (newId == id) {
            return this;
        }
        return new Response(newId, failure, version, lookup, sizeBytes);
    }

    /**
     * This answer weighing {@code bytes} on the wire; a failure weighs nothing whatever is asked.
     * An answer that already weighs that is returned as it is (immutable: no equal copy is made).
     */
    public Response sized(long bytes) {
        return failure != null || bytes == sizeBytes ? this : new Response(id, null, version, lookup, bytes);
    }
}
