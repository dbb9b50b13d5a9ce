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
 * @param client          who sent it, as a source address would tell a load balancer: a 64-bit identity
 *                        that {@code ip-hash} balances by, apart from the data {@code key};
 *                        {@link #NO_CLIENT} when the sender has none (a cache's fill, a replica's call)
 */
public record Request(long id, long intendedAtNanos, Operation operation, long key, String route, ActorRef origin,
        long client) implements Message {

    /** The client identity of a request that no client sent. */
    public static final long NO_CLIENT = 0;

    /** A request without a client identity. */
    public Request(long id, long intendedAtNanos, Operation operation, long key, String route, ActorRef origin) {
        this(id, intendedAtNanos, operation, key, route, origin, NO_CLIENT);
    }

    /** The same request under another id: what a node sends downstream on behalf of its caller. */
    public Request forward(long newId) {
        return new Request(newId, intendedAtNanos, operation, key, route, origin, client);
    }

    public boolean isWrite() {
        return operation == Operation.WRITE;
    }
}
