package org.distsim.models.rpc;

import org.distsim.core.kernel.Message;

/**
 * The answer to a {@link Request}: a success, or a definite failure with its reason
 * ({@code rejected}: no room to queue it; {@code unavailable}: nothing could serve it;
 * {@code error}: it was served and failed).
 */
public record Response(long id, boolean ok, String reason) implements Message {

    public static Response ok(long id) {
        return new Response(id, true, null);
    }

    public static Response failed(long id, String reason) {
        return new Response(id, false, reason);
    }
}
