package org.distsim.models.rpc;

import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;

/**
 * One call of a {@link Calls} while it waits, and then its outcome. While pending it is also the
 * message of its own timeout timer, so a call costs one object besides the request it sends.
 *
 * <p>A caller that keeps a record of its own per call (a client's request in progress, a load
 * balancer's forwarded request, a service's attempt) makes that record a subclass and passes it to
 * {@link Calls#call(ActorRef, Request, long, OutboundCall)}: the record is then the call's
 * bookkeeping, its timer and its outcome, and {@link #completed} is its continuation. That saves an
 * object per call and the reference from one to the other (a client's record and its call were two
 * fifths of an M/M/1 customer's bytes). This is the one abstract class on the path; its subclasses
 * are final. Callers with no record of their own pass a continuation instead
 * ({@link Calls#call(ActorRef, Request, long, java.util.function.Consumer)}).
 *
 * <p>A record may be used for several calls one after another (a retry is sent once the previous
 * attempt has its outcome), never for two at once: each call sets the fields below anew. Mutable
 * only inside {@link Calls}, on the simulation thread: the response and latency are set once per
 * call, just before {@link #completed} runs.
 */
public abstract non-sealed class OutboundCall implements CallOutcome, Message {

    Calls owner;
    long id;
    long sentAtNanos;
    /** The callee to send a {@link Cancel} to when the call is given up; null for none. */
    ActorRef cancelTo;
    /** The handle of the timeout timer, to cancel it when the answer comes first. */
    long timer;
    private Response response;
    private long latencyNanos;

    protected OutboundCall() {
    }

    /**
     * The call has its outcome (this very object, complete until the record is used for another
     * call): runs exactly once per call, unless the call is abandoned or the caller crashed.
     */
    protected abstract void completed(CallOutcome outcome);

    /** The id of the call this record is, or was last, used for: the one {@link Calls#abandon} takes. */
    public final long callId() {
        return id;
    }

    /** Starts a call under {@code callId}, sent now. */
    final void begin(Calls calls, long callId, long nowNanos, ActorRef cancelTarget) {
        this.owner = calls;
        this.id = callId;
        this.sentAtNanos = nowNanos;
        this.cancelTo = cancelTarget;
        this.response = null;
        this.latencyNanos = 0;
    }

    /** Ends the call with {@code answer} (null for a timeout) at {@code nowNanos} and runs the continuation. */
    final void complete(Response answer, long nowNanos) {
        this.response = answer;
        this.latencyNanos = nowNanos - sentAtNanos;
        completed(this);
    }

    @Override
    public final Response response() {
        return response;
    }

    @Override
    public final long latencyNanos() {
        return latencyNanos;
    }

    @Override
    public String toString() {
        return "CallOutcome[response=" + response + ", latencyNanos=" + latencyNanos + "]";
    }
}
