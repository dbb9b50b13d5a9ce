package org.distsim.models.rpc;

import com.carrotsearch.hppc.LongObjectHashMap;
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
    // Looked up by call id only, never iterated; primitive keys, as every call goes through it.
    private final LongObjectHashMap<Pending> pending = new LongObjectHashMap<>();
    private long nextId;

    public Calls(ActorContext context) {
        this.context = context;
    }

    /**
     * Sends {@code request} (re-addressed under a fresh id) to {@code target}; {@code then} runs
     * when it is answered or after {@code timeoutNanos}. Returns the call's id, for {@link #abandon}.
     */
    public long call(ActorRef target, Request request, long timeoutNanos, Consumer<CallOutcome> then) {
        long id = nextId++;
        send(target, request.forward(id), id, timeoutNanos, null, then);
        return id;
    }

    /**
     * Like {@link #call}, but the copy sent carries this caller's deadline and waiting time: it tells
     * {@code deadlineNanos} ({@link Request#NO_DEADLINE} for none), its give-up time is lowered to
     * the end of {@code timeoutNanos}, and with {@code cancellable} the callee is told that a {@link
     * Cancel} will follow if this caller gives up ({@link #cancel}, or the timeout).
     */
    public long call(ActorRef target, Request request, long timeoutNanos, long deadlineNanos, boolean cancellable,
            Consumer<CallOutcome> then) {
        long now = context.now();
        long waitUntil = timeoutNanos > Request.NO_DEADLINE - now ? Request.NO_DEADLINE : now + timeoutNanos;
        long id = nextId++;
        send(target, request.forward(id, deadlineNanos, waitUntil, cancellable), id, timeoutNanos,
                cancellable ? target : null, then);
        return id;
    }

    private void send(ActorRef target, Request outgoing, long id, long timeoutNanos, ActorRef cancelTo,
            Consumer<CallOutcome> then) {
        long timer = context.setTimer(timeoutNanos, new CallTimedOut(id));
        pending.put(id, new Pending(then, timer, context.now(), cancelTo));
        context.send(target, outgoing);
    }

    /** Forgets a call (a hedge that lost, say); its continuation will never run. */
    public void abandon(long callId) {
        Pending call = pending.remove(callId);
        if (call != null) {
            context.cancelTimer(call.timer());
        }
    }

    /**
     * Forgets a call as {@link #abandon} does and, if it was sent cancellable, tells the callee with
     * a {@link Cancel}; returns whether a cancel was sent.
     */
    public boolean cancel(long callId) {
        Pending call = pending.remove(callId);
        if (call == null) {
            return false;
        }
        context.cancelTimer(call.timer());
        if (call.cancelTo() == null) {
            return false;
        }
        context.send(call.cancelTo(), new Cancel(callId));
        return true;
    }

    /** Completes the call this message answers; returns false when it is not about a call. */
    public boolean handle(Message message) {
        if (message instanceof Response response) {
            Pending call = pending.remove(response.id());
            if (call != null) {
                context.cancelTimer(call.timer());
                call.then().accept(new CallOutcome(response, context.now() - call.sentAtNanos()));
            }
            return true;
        }
        if (message instanceof CallTimedOut timeout) {
            Pending call = pending.remove(timeout.callId());
            if (call != null) {
                if (call.cancelTo() != null) {
                    // The caller stops waiting: a callee that still holds the request can drop it.
                    context.send(call.cancelTo(), new Cancel(timeout.callId()));
                }
                call.then().accept(new CallOutcome(null, context.now() - call.sentAtNanos()));
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

    /** @param cancelTo the callee to send a {@link Cancel} to when the call is given up; null for none */
    private record Pending(Consumer<CallOutcome> then, long timer, long sentAtNanos, ActorRef cancelTo) {
    }

    private record CallTimedOut(long callId) implements Message {
    }
}
