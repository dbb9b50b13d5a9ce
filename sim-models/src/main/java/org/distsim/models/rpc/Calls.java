package org.distsim.models.rpc;

import java.util.function.Consumer;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;

/**
 * The outbound calls of one actor: sends a request with a fresh id and a timeout, and runs the
 * caller's continuation exactly once, with the response or with a timeout, whichever comes first.
 * A response that arrives after its call timed out or was abandoned is ignored.
 *
 * <p>The owning actor passes every message to {@link #handle} first; it returns true when the
 * message belonged to a call. On a crash the actor calls {@link #clear}: pending continuations are
 * dropped (the crashed process forgot them), and their timers die with the crash.
 */
public final class Calls {

    private final ActorContext context;
    // Looked up by call id only, never iterated. Ids increase and most calls end within
    // milliseconds, so the pending ones are nearly contiguous ids: a ring indexed by id, no hashing.
    private final IdWindow<OutboundCall> pending = new IdWindow<>();
    private long nextId;

    public Calls(ActorContext context) {
        this.context = context;
    }

    /**
     * Sends {@code request} (re-addressed under a fresh id) to {@code target}; {@code then} runs
     * when it is answered or after {@code timeoutNanos}. Returns the call's id, for {@link #abandon}.
     */
    public long call(ActorRef target, Request request, long timeoutNanos, Consumer<CallOutcome> then) {
        return call(target, request, timeoutNanos, new ContinuedCall(then));
    }

    /**
     * Like {@link #call(ActorRef, Request, long, Consumer)}, with the caller's own record as the
     * call: its {@link OutboundCall#completed} is the continuation. The record must not be waiting
     * for another call.
     */
    public long call(ActorRef target, Request request, long timeoutNanos, OutboundCall record) {
        long id = nextId++;
        send(target, request.forward(id), id, timeoutNanos, null, record);
        return id;
    }

    /**
     * Like {@link #call}, but the copy sent carries this caller's deadline and waiting time: it tells
     * {@code deadlineNanos} ({@link Request#NO_DEADLINE} for none), its give-up time is lowered to
     * {@link #waitUntil the end of} {@code timeoutNanos}, and with {@code cancellable} the callee is
     * told that a {@link Cancel} will follow if this caller gives up ({@link #cancel}, or the
     * timeout). A request that already carries all of that, under {@link #nextCallId}, is sent as it
     * is, without a copy.
     */
    public long call(ActorRef target, Request request, long timeoutNanos, long deadlineNanos, boolean cancellable,
            Consumer<CallOutcome> then) {
        return call(target, request, timeoutNanos, deadlineNanos, cancellable, new ContinuedCall(then));
    }

    /** The deadline-telling {@link #call(ActorRef, Request, long, long, boolean, Consumer)} with the caller's own record. */
    public long call(ActorRef target, Request request, long timeoutNanos, long deadlineNanos, boolean cancellable,
            OutboundCall record) {
        long id = nextId++;
        send(target, request.forward(id, deadlineNanos, waitUntil(timeoutNanos), cancellable), id, timeoutNanos,
                cancellable ? target : null, record);
        return id;
    }

    /**
     * The id the next call will be sent under. A caller that makes a request only to send it can
     * make it under this id, with the deadline, {@link #waitUntil give-up time} and cancellability
     * the call will give it, and the call then sends that request itself rather than a copy.
     */
    public long nextCallId() {
        return nextId;
    }

    /** When a call made now with {@code timeoutNanos} stops waiting; {@link Request#NO_DEADLINE} past the clock's end. */
    public long waitUntil(long timeoutNanos) {
        long now = context.now();
        return timeoutNanos > Request.NO_DEADLINE - now ? Request.NO_DEADLINE : now + timeoutNanos;
    }

    private void send(ActorRef target, Request outgoing, long id, long timeoutNanos, ActorRef cancelTo,
            OutboundCall call) {
        call.begin(this, id, context.now(), cancelTo);
        call.timer = context.setTimer(timeoutNanos, call);
        pending.put(id, call);
        context.send(target, outgoing);
    }

    /** Forgets a call (a hedge that lost, say); its continuation will never run. */
    public void abandon(long callId) {
        OutboundCall call = pending.remove(callId);
        if (call != null) {
            context.cancelTimer(call.timer);
        }
    }

    /**
     * Forgets a call as {@link #abandon} does and, if it was sent cancellable, tells the callee with
     * a {@link Cancel}; returns whether a cancel was sent.
     */
    public boolean cancel(long callId) {
        OutboundCall call = pending.remove(callId);
        if (call == null) {
            return false;
        }
        context.cancelTimer(call.timer);
        if (call.cancelTo == null) {
            return false;
        }
        context.send(call.cancelTo, new Cancel(callId));
        return true;
    }

    /** Completes the call this message answers; returns false when it is not about a call of this actor's. */
    public boolean handle(Message message) {
        if (message instanceof Response response) {
            OutboundCall call = pending.remove(response.id());
            if (call != null) {
                context.cancelTimer(call.timer);
                call.complete(response, context.now());
            }
            return true;
        }
        if (message instanceof OutboundCall timedOut && timedOut.owner == this) {
            // A call's timer is cancelled when the call ends otherwise, so a timer that fires finds
            // its call still pending (a crash clears the table, and its timers die with it).
            OutboundCall call = pending.remove(timedOut.id);
            if (call != null) {
                if (call.cancelTo != null) {
                    // The caller stops waiting: a callee that still holds the request can drop it.
                    context.send(call.cancelTo, new Cancel(call.id));
                }
                call.complete(null, context.now());
            }
            return true;
        }
        return false;
    }

    /** Calls still waiting for an outcome. */
    public int outstanding() {
        return pending.size();
    }

    /** Drops every pending call without running its continuation (the process crashed). */
    public void clear() {
        pending.clear();
    }
}
