package org.distsim.models.service;

import org.distsim.models.rpc.CallOutcome;
import org.distsim.models.rpc.Failure;
import org.distsim.models.rpc.Lookup;
import org.distsim.models.rpc.OutboundCall;
import org.distsim.models.rpc.Request;

/**
 * One dependency call of one request, over its tries (the first and the retries); each try sends one
 * attempt, and a hedge may add a second. A request has one per entry of {@code calls:}, made or not.
 */
final class Call {

    /** Where the call is in the evaluation of its request ({@link RequestCalls}). */
    enum State {
        /** Not made yet: it waits for an earlier call (sequential mode) or for the call its {@code on:} names. */
        WAITING,
        /** Made: its attempts are out, or it waits for a retry. */
        RUNNING,
        /** It has its outcome. */
        DONE,
        /** It is not made for this request: its origins, its probability or its condition left it out. */
        SKIPPED
    }

    final RequestCalls owner;
    /** The request the call forwards to the dependency. */
    final Request request;
    /** The entry of {@code calls:} this call applies. */
    final CallRule rule;
    /** The target drawn for it; null when the call is skipped from the start. */
    final Dependency dependency;
    State state = State.WAITING;
    /** The outcome, once {@link State#DONE}. */
    CallResult result;
    /** A failure that a later call handles ({@code on: failure}): it does not fail the request. */
    boolean caught;
    /**
     * The attempts of the current try still in flight, in the order they were sent: the first, and
     * maybe its hedge. Two fields, not a list: a try has one hedge at most, and a list with its
     * array was 48 bytes per call of url-shortener's.
     */
    private Attempt firstInFlight;
    private Attempt secondInFlight;
    int tryNumber;
    int retriesMade;
    /** Attempts sent so far (the first, retries and hedges): what the call offered its target. */
    int attemptsSent;
    long previousDelayNanos;
    long hedgeTimer = -1;
    Failure lastReason;
    /** Whether the successful answer came from a cache's hit or miss. */
    Lookup lastAnswer = Lookup.NONE;
    /** Whether the last attempt answered had no answer within its timeout. */
    boolean lastTimedOut;
    boolean finished;
    /**
     * Whether the step may have taken effect at the dependency: an attempt succeeded, timed out, was
     * abandoned in flight or answered ok before its edge erred. Only a call whose every attempt got a
     * definite failure (or was refused locally) is known not to have; a saga compensates the others.
     */
    boolean maybeApplied;

    Call(RequestCalls owner, Request request, CallRule rule, Dependency dependency) {
        this.owner = owner;
        this.request = request;
        this.rule = rule;
        this.dependency = dependency;
    }

    /** Whether no attempt of the current try is in flight. */
    boolean noneInFlight() {
        return firstInFlight == null;
    }

    /** An attempt was sent; a try has two in flight at most, its first and one hedge. */
    void inFlight(Attempt attempt) {
        if (firstInFlight == null) {
            firstInFlight = attempt;
        } else if (secondInFlight == null) {
            secondInFlight = attempt;
        } else {
            throw new IllegalStateException("a third attempt in flight for one try of a call");
        }
    }

    /** An attempt has its outcome; the other in flight, if any, keeps its place first. */
    void landed(Attempt attempt) {
        if (firstInFlight == attempt) {
            firstInFlight = secondInFlight;
            secondInFlight = null;
        } else if (secondInFlight == attempt) {
            secondInFlight = null;
        }
    }

    /** The attempt in flight at {@code index} (0 or 1) in the order they were sent; null past the last. */
    Attempt inFlightAt(int index) {
        return index == 0 ? firstInFlight : index == 1 ? secondInFlight : null;
    }

    /** Forgets every attempt in flight. */
    void noneLeftInFlight() {
        firstInFlight = null;
        secondInFlight = null;
    }

    /** The index of the call whose outcome this one waits for; -1 when it has no condition. */
    int onIndex() {
        return rule == null ? -1 : rule.onIndex;
    }

    /** Whether a call ending with {@code earlier}'s outcome meets this call's condition. */
    boolean heldBy(CallResult earlier) {
        return rule.config.on().heldBy(earlier);
    }

    /**
     * One request sent to the dependency: the call record {@link org.distsim.models.rpc.Calls} keeps
     * under its id (and its timeout timer), whose outcome goes to the service's calls. One object per
     * attempt, where a record, a lambda and the call's own record were three.
     */
    static final class Attempt extends OutboundCall {
        final Call call;
        private final DependencyCalls calls;

        Attempt(Call call, DependencyCalls calls) {
            this.call = call;
            this.calls = calls;
        }

        @Override
        protected void completed(CallOutcome outcome) {
            calls.answered(this, outcome);
        }
    }
}
