package org.distsim.models.rpc;

import org.distsim.core.kernel.Message;

/**
 * A client's request to a node. The response goes back to whoever sent it.
 *
 * @param id              unique per sender, to match the response
 * @param intendedAtNanos when the request was due to be sent (latency is measured from here)
 */
public record Request(long id, long intendedAtNanos) implements Message {
}
