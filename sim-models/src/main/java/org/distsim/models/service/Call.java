package org.distsim.models.service;

import java.util.ArrayList;
import java.util.List;
import org.distsim.models.rpc.Failure;
import org.distsim.models.rpc.Request;

/**
 * One dependency call of one request, over its tries (the first and the retries); each try sends one
 * attempt, and a hedge may add a second.
 */
final class Call {

    final RequestCalls owner;
    /** The request the call forwards to the dependency. */
    final Request request;
    final Dependency dependency;
    /** The attempts of the current try still in flight: the first, and maybe its hedge. */
    final List<Attempt> attempts = new ArrayList<>(2);
    int tryNumber;
    int retriesMade;
    long previousDelayNanos;
    long hedgeTimer = -1;
    Failure lastReason;
    boolean finished;
    /**
     * Whether the step may have taken effect at the dependency: an attempt succeeded, timed out, was
     * abandoned in flight or answered ok before its edge erred. Only a call whose every attempt got a
     * definite failure (or was refused locally) is known not to have; a saga compensates the others.
     */
    boolean maybeApplied;

    Call(RequestCalls owner, Request request, Dependency dependency) {
        this.owner = owner;
        this.request = request;
        this.dependency = dependency;
    }

    /** One request sent to the dependency, known to {@link org.distsim.models.rpc.Calls} by its id. */
    static final class Attempt {
        final Call call;
        long callId;

        Attempt(Call call) {
            this.call = call;
        }
    }
}
