package org.distsim.models.rpc;

import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;

/**
 * A request to a node. The response goes back to whoever sent it; a node that passes the request
 * on (a load balancer, a cache, a service calling its dependencies) sends a {@link #forward copy}
 * under an id of its own and answers its caller when the copy is answered.
 *
 * @param id              unique per sender, to match the response
 * @param intendedAtNanos when the originating client meant to send it (latency is measured from here)
 * @param operation       read or write
 * @param key             the key read or written (0 when the workload has no keys)
 * @param route           the request's path or type, for L7 routing ("" when none)
 * @param origin          the workload that started the request, for per-client consistency checks
 */
public record Request(long id, long intendedAtNanos, Operation operation, long key, String route, ActorRef origin)
        implements Message {

    /** The same request under another id: what a node sends downstream on behalf of its caller. */
    public Request forward(long newId) {
        return new Request(newId, intendedAtNanos, operation, key, route, origin);
    }

    public boolean isWrite() {
        return operation == Operation.WRITE;
    }
}
