package org.distsim.models.service;

import java.util.ArrayList;
import java.util.List;
import org.distsim.models.rpc.Failure;

/**
 * The dependency calls one request makes, and the one rule that decides the request from their
 * outcomes, whatever mix of sequence, fan-out, first-k, probabilities, conditions and routes the
 * {@code calls:} list holds.
 *
 * <p>Each call is waiting, running, done or skipped. A call is skipped when its origins or its
 * probability leave it out, or when the call its {@code on:} names is skipped or ends with another
 * outcome. A call starts when it is not skipped and, in sequential mode, every earlier call is done
 * or skipped, or, in parallel mode, the call it waits for (if any) is done. A failed call is
 * <em>caught</em> when a later call waits for exactly that outcome: the later call replaces it.
 *
 * <p>With n the calls neither skipped nor caught, the request needs {@code min(k, n)} successes with
 * {@code wait-for: first-k} and all n otherwise: it succeeds once it has them, and fails as soon as
 * the successes plus the calls still open cannot reach them (with all n needed: at the first failure
 * nothing catches). A request whose every call is skipped succeeds at once.
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

    /** Where the request stands. */
    enum Step {
        /** Calls are still open, and the request is not decided yet. */
        WAIT,
        /** The request succeeded. */
        SUCCEED,
        /** The request failed, with the reason of the last failure nothing caught. */
        FAIL
    }

    final Decided then;
    /** The deadline the calls tell their targets and never wait past; {@link org.distsim.models.rpc.Request#NO_DEADLINE} for none. */
    final long deadlineNanos;
    /** Whether calls given up on are cancelled at their targets. */
    final boolean cancel;
    /**
     * One call per entry of {@code calls:}, in list order, made or not; filled in by the maker. An
     * array, as the number is known up front (a list with its array was 40 bytes per request).
     */
    final Call[] calls;
    private final CallMode mode;
    private final WaitFor waitFor;
    private final int k;
    private int succeeded;
    /** Decided: calls still running are being abandoned, and their outcomes no longer count. */
    boolean finished;
    /** A call of this request failed and was answered by its fallback. */
    boolean degraded;
    /** Why the last failure that nothing caught failed; null while there is none. */
    Failure failure;

    /**
     * @param k             the successes {@code first-k} waits for; ignored otherwise
     * @param deadlineNanos the deadline passed on to the calls
     * @param cancel        whether calls given up on are cancelled
     * @param count         how many calls the request has, made or not
     */
    RequestCalls(CallMode mode, WaitFor waitFor, int k, long deadlineNanos, boolean cancel, Decided then, int count) {
        this.calls = new Call[count];
        this.deadlineNanos = deadlineNanos;
        this.cancel = cancel;
        this.mode = mode;
        this.waitFor = waitFor;
        this.k = k;
        this.then = then;
    }

    /**
     * Skips the calls whose condition can no longer hold and returns those that may start now, marked
     * running, in list order. The owner makes them unless {@link #step()} has decided the request.
     */
    List<Call> advance() {
        if (sequential()) {
            Call next = nextInSequence();
            return next == null ? List.of() : List.of(next);
        }
        return advanceInParallel();
    }

    /** Whether the calls are made one after another, so that {@link #nextInSequence} is the way to advance. */
    boolean sequential() {
        return mode == CallMode.SEQUENTIAL;
    }

    /**
     * {@link #advance} in sequential mode, which starts one call at most: that call, or null. No
     * list is made (a list per step was 2 % of url-shortener's bytes).
     */
    Call nextInSequence() {
        for (Call call : calls) {
            if (call.state == Call.State.RUNNING) {
                break;
            }
            if (call.state == Call.State.WAITING) {
                if (conditionFails(call)) {
                    call.state = Call.State.SKIPPED;
                    continue;
                }
                call.state = Call.State.RUNNING;
                return call;
            }
        }
        return null;
    }

    /** {@link #advance} in parallel mode; a list is made only when a call starts. */
    private List<Call> advanceInParallel() {
        List<Call> start = null;
        boolean changed = true;
        while (changed) {
            // A skipped call skips the calls that wait for it, which may come earlier in the list.
            changed = false;
            for (Call call : calls) {
                if (call.state != Call.State.WAITING) {
                    continue;
                }
                int on = call.onIndex();
                if (on >= 0 && (calls[on].state == Call.State.WAITING || calls[on].state == Call.State.RUNNING)) {
                    continue;
                }
                if (conditionFails(call)) {
                    call.state = Call.State.SKIPPED;
                    changed = true;
                } else {
                    call.state = Call.State.RUNNING;
                    if (start == null) {
                        start = new ArrayList<>(2);
                    }
                    start.add(call);
                }
            }
        }
        return start == null ? List.of() : start;
    }

    /** A call whose condition names a call that is skipped, or done with another outcome. */
    private boolean conditionFails(Call call) {
        int on = call.onIndex();
        if (on < 0) {
            return false;
        }
        Call earlier = calls[on];
        return earlier.state == Call.State.SKIPPED || !call.heldBy(earlier.result);
    }

    /**
     * Records the outcome of one call. A failure is caught when a later call not yet skipped waits
     * for exactly this outcome; otherwise its reason becomes the request's.
     */
    void ended(Call call, CallResult result, Failure reason) {
        call.state = Call.State.DONE;
        call.result = result;
        boolean ok = result != CallResult.FAILURE && result != CallResult.TIMEOUT;
        if (ok) {
            succeeded++;
            return;
        }
        int index = indexOf(call);
        for (Call later : calls) {
            if (later.onIndex() == index && later.state == Call.State.WAITING && later.heldBy(result)) {
                call.caught = true;
                return;
            }
        }
        failure = reason;
    }

    private int indexOf(Call call) {
        for (int i = 0; i < calls.length; i++) {
            if (calls[i] == call) {
                return i;
            }
        }
        return -1;
    }

    /** Where the request stands now; call after {@link #advance()}, which settles the skips. */
    Step step() {
        int counted = 0;
        int open = 0;
        for (Call call : calls) {
            if (call.state != Call.State.SKIPPED && !call.caught) {
                counted++;
            }
            if (call.state == Call.State.WAITING || call.state == Call.State.RUNNING) {
                open++;
            }
        }
        int needed = waitFor == WaitFor.FIRST_K ? Math.min(k, counted) : counted;
        if (succeeded >= needed) {
            return Step.SUCCEED;
        }
        return succeeded + open < needed ? Step.FAIL : Step.WAIT;
    }
}
