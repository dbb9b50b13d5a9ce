package org.distsim.models.rpc;

import java.util.function.Consumer;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;

/**
 * One call of a {@link Calls} while it waits, and then its outcome. While pending it is also the
 * message of its own timeout timer: the timer carries the call itself, so a call costs one object
 * besides the request it sends (there used to be a pending record, a timeout message and an
 * outcome record per call, a sixth of an M/M/1 customer's bytes).
 *
 * <p>Mutable only inside {@link Calls}, on the simulation thread: the response and latency are set
 * once, just before the continuation runs, and never again.
 */
final class OutboundCall implements CallOutcome, Message {

    final Calls owner;
    final long id;
    final Consumer<CallOutcome> then;
    final long sentAtNanos;
    /** The callee to send a {@link Cancel} to when the call is given up; null for none. */
    final ActorRef cancelTo;
    /** The handle of the timeout timer, to cancel it when the answer comes first. */
    long timer;
    private Response response;
    private long latencyNanos;

    OutboundCall(Calls owner, long id, Consumer<CallOutcome> then, long sentAtNanos, ActorRef cancelTo) {
        this.owner = owner;
        this.id = id;
        this.then = then;
        this.sentAtNanos = sentAtNanos;
        this.cancelTo = cancelTo;
    }

    /** Ends the call with {@code answer} (null for a timeout) at {@code nowNanos} and runs its continuation. */
    void complete(Response answer, long nowNanos) {
        this.response = answer;
        this.latencyNanos = nowNanos - sentAtNanos;
        then.accept(this);
    }

    @Override
    public Response response() {
        return response;
    }

    @Override
    public long latencyNanos() {
        return latencyNanos;
    }

    @Override
    public String toString() {
        return "CallOutcome[response=" + response + ", latencyNanos=" + latencyNanos + "]";
    }
}
