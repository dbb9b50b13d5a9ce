package org.distsim.models.service;

import java.util.ArrayList;
import java.util.List;
import org.distsim.models.rpc.Failure;

/**
 * The dependency calls one request makes, and the rule that decides the request from their
 * outcomes: sequential calls are made one after the other and the first failure fails the request;
 * parallel calls with {@code wait-for: all} need every success, with {@code first-k} the first k,
 * and the request fails once more than n − k calls have failed.
 */
final class RequestCalls {

    /** What the owner does once the request is decided. */
    @FunctionalInterface
    interface Decided {
        /**
         * @param degraded whether a successful request had a call answered by its fallback
         * @param reason   why the request failed; null when {@code ok}
         */
        void decided(boolean ok, boolean degraded, Failure reason);
    }

    /** What follows one call's outcome. */
    enum Step {
        /** Other calls are still out, and the request is not decided yet. */
        WAIT,
        /** Make the next call of a sequential request: {@link #nextCall()}. */
        NEXT,
        /** The request succeeded. */
        SUCCEED,
        /** The request failed, with the reason of the call that just failed. */
        FAIL
    }

    final Decided then;
    /** The deadline the calls tell their targets and never wait past; {@link org.distsim.models.rpc.Request#NO_DEADLINE} for none. */
    final long deadlineNanos;
    /** Whether calls given up on are cancelled at their targets. */
    final boolean cancel;
    final List<Call> calls = new ArrayList<>(2);
    private final CallMode mode;
    private final WaitFor waitFor;
    private final int k;
    private int next;
    private int succeeded;
    private int failed;
    /** Decided: calls still running are being abandoned, and their outcomes no longer count. */
    boolean finished;
    /** A call of this request failed and was answered by its fallback. */
    boolean degraded;

    /**
     * @param k             the successes {@code first-k} waits for; ignored otherwise
     * @param deadlineNanos the deadline passed on to the calls
     * @param cancel        whether calls given up on are cancelled
     */
    RequestCalls(CallMode mode, WaitFor waitFor, int k, long deadlineNanos, boolean cancel, Decided then) {
        this.deadlineNanos = deadlineNanos;
        this.cancel = cancel;
        this.mode = mode;
        this.waitFor = waitFor;
        this.k = k;
        this.then = then;
    }

    /** The calls to make at once: the first of a sequential request, every call of a parallel one. */
    List<Call> opening() {
        return mode == CallMode.SEQUENTIAL ? List.of(calls.get(0)) : calls;
    }

    /** Counts the outcome of one call and says what follows. */
    Step outcome(boolean ok) {
        int total = calls.size();
        if (mode == CallMode.SEQUENTIAL) {
            if (!ok) {
                return Step.FAIL;
            }
            return ++next < total ? Step.NEXT : Step.SUCCEED;
        }
        int needed = waitFor == WaitFor.ALL ? total : k;
        if (ok && ++succeeded >= needed) {
            return Step.SUCCEED;
        }
        if (!ok && ++failed > total - needed) {
            return Step.FAIL;
        }
        return Step.WAIT;
    }

    /** The call a sequential request makes next: the first, or the one after the last success. */
    Call nextCall() {
        return calls.get(next);
    }
}
