package org.distsim.models.service;

import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.models.rpc.Request;

/**
 * A request from its arrival at a replica to its answer: what waits in the replica's queue. It is
 * also the timer message that ends its own service time, so that a job costs one object and not
 * two (the service sets exactly one such timer per job).
 */
final class Job implements Message {

    final ActorRef caller;
    final Request request;
    final Replica replica;
    /** When a worker took it; until then meaningless. */
    long startedAtNanos;
    /** Whether a worker took it; false while it waits in the queue. */
    boolean started;
    /** Its caller cancelled it: it is not answered, and its worker is freed as soon as the service can. */
    boolean cancelled;
    /** Its dependency calls while they run; null before and after. */
    RequestCalls calls;

    Job(ActorRef caller, Request request, Replica replica) {
        this.caller = caller;
        this.request = request;
        this.replica = replica;
    }
}
