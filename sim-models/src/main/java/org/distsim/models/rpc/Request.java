package org.distsim.models.rpc;

import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.net.Payload;

/**
 * A request to a node. The response goes back to whoever sent it; a node that passes the request
 * on (a load balancer, a cache, a service calling its dependencies) sends a {@link #forward copy}
 * under an id of its own and answers its caller when the copy is answered.
 *
 * <p>Two times travel with it, kept apart on purpose. {@code deadlineNanos} is what the callee is
 * <em>told</em>: the deadline its caller propagated (a client always tells its own; a service tells
 * one only when it propagates deadlines), and only a service that enforces deadlines acts on it.
 * {@code giveUpNanos} is what the simulator <em>knows</em>: the earliest time at which someone on
 * the request's path stops waiting for it (the client's timeout or deadline, and every call's
 * timeout on the way). Nothing acts on it; it only decides which work is counted as wasted, so
 * that a design without propagation reports the work its inner hops do for nobody.
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
 * @param deadlineNanos   the deadline the callee is told, in simulated nanoseconds; {@link #NO_DEADLINE} for none
 * @param giveUpNanos     when the first waiter on the path gives up; {@link #NO_DEADLINE} when nobody does
 * @param cancellable     whether the sender will send a {@link Cancel} if it stops waiting, so the callee
 *                        keeps the request findable by id
 * @param sizeBytes       what the request weighs on the wire, in bytes (an upload's payload); 0 when
 *                        its workload sets no size
 * @param responseBytes   what a successful answer to it weighs, in bytes, unless the node answering
 *                        declares its own size ({@code response-size:}); 0 when unset
 */
public record Request(long id, long intendedAtNanos, Operation operation, long key, String route, ActorRef origin,
        long client, long deadlineNanos, long giveUpNanos, boolean cancellable, long sizeBytes, long responseBytes)
        implements Message, Payload {

    /** The client identity of a request that no client sent. */
    public static final long NO_CLIENT = 0;

    /** No deadline: nobody gives up. */
    public static final long NO_DEADLINE = Long.MAX_VALUE;

    /** A request without a client identity, that tells no deadline and will not be cancelled. */
    public Request(long id, long intendedAtNanos, Operation operation, long key, String route, ActorRef origin) {
        this(id, intendedAtNanos, operation, key, route, origin, NO_CLIENT);
    }

    /** A request from {@code client}, that tells no deadline and will not be cancelled. */
    public Request(long id, long intendedAtNanos, Operation operation, long key, String route, ActorRef origin,
            long client) {
        this(id, intendedAtNanos, operation, key, route, origin, client, NO_DEADLINE, NO_DEADLINE, false, 0, 0);
    }

    public Request {
        if (sizeBytes < 0 || responseBytes < 0) {
            throw new IllegalArgumentException("sizes are bytes >= 0, got " + sizeBytes + " and " + responseBytes);
        }
    }

    /**
     * This request weighing {@code bytes} on the wire, its answer {@code answerBytes}; this very
     * request when it already weighs that (it is immutable, so an equal copy is not made).
     */
    public Request sized(long bytes, long answerBytes) {
        if (bytes == sizeBytes && answerBytes == responseBytes) {
            return this;
        }
        return new Request(id, intendedAtNanos, operation, key, route, origin, client, deadlineNanos, giveUpNanos,
                cancellable, bytes, answerBytes);
    }

    /**
     * The same request under another id: what a node sends downstream on behalf of its caller. A
     * request already under {@code newId} is returned as it is: it is immutable, so a copy that
     * would equal it is not made.
     */
    public Request forward(long newId) {
        if (newId == id) {
            return this;
        }
        return new Request(newId, intendedAtNanos, operation, key, route, origin, client, deadlineNanos, giveUpNanos,
                cancellable, sizeBytes, responseBytes);
    }

    /**
     * The copy a caller sends on its own behalf: under {@code newId}, telling {@code deadline}, with
     * the give-up time lowered to {@code waitUntil} (when this caller stops waiting for the copy).
     * When the copy would equal this request (a client that made it for this very call), this
     * request is returned as it is.
     */
    public Request forward(long newId, long deadline, long waitUntil, boolean willCancel) {
        long giveUp = Math.min(giveUpNanos, waitUntil);
        if (newId == id && deadline == deadlineNanos && giveUp == giveUpNanos && willCancel == cancellable) {
            return this;
        }
        return new Request(newId, intendedAtNanos, operation, key, route, origin, client, deadline, giveUp,
                willCancel, sizeBytes, responseBytes);
    }

    public boolean isWrite() {
        return operation == Operation.WRITE;
    }

    /** Whether the told deadline has passed at {@code nowNanos}. */
    public boolean expiredAt(long nowNanos) {
        return nowNanos >= deadlineNanos;
    }
}
