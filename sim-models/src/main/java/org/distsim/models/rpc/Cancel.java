package org.distsim.models.rpc;

import org.distsim.core.kernel.Message;

/**
 * "I no longer wait for request {@code id}": what a caller that cancels sends when it gives up on
 * a call (its timeout fired, a hedge won, a fan-out was decided, its own caller cancelled). Only a
 * request sent with {@link Request#cancellable()} is ever cancelled. A node that honours it drops
 * the request if it is still queued; a node that does not simply ignores it, as a server without
 * cancellation support would.
 *
 * @param id the id under which the request was sent to this node
 */
public record Cancel(long id) implements Message {
}
