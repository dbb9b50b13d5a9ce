package org.distsim.models.rpc;

import org.distsim.core.kernel.Message;

/**
 * The answer to a {@link Request}: a success, or a definite failure with its reason
 * ({@code rejected}: no room to queue it; {@code unavailable}: nothing could serve it;
 * {@code error}: it was served and failed; {@code circuit-open}, {@code rate-limited}, ...).
 *
 * @param version for a read, the version of the value returned; for a write, the version it
 *                created; {@link #NO_VERSION} when the node keeps no versions
 */
public record Response(long id, boolean ok, String reason, long version) implements Message {

    public static final long NO_VERSION = -1;

    public static Response ok(long id) {
        return new Response(id, true, null, NO_VERSION);
    }

    public static Response ok(long id, long version) {
        return new Response(id, true, null, version);
    }

    public static Response failed(long id, String reason) {
        return new Response(id, false, reason, NO_VERSION);
    }

    /** This response re-addressed to another request id, as a forwarding node returns it upstream. */
    public Response withId(long newId) {
        return new Response(newId, ok, reason, version);
    }
}
