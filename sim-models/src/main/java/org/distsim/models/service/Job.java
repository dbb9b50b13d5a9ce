package org.distsim.models.service;

import org.distsim.core.kernel.ActorRef;
import org.distsim.models.rpc.Request;

/** A request from its arrival at a replica to its answer: what waits in the replica's queue. */
final class Job {

    final ActorRef caller;
    final Request request;
    final Replica replica;
    /** When a worker took it; until then meaningless. */
    long startedAtNanos;

    Job(ActorRef caller, Request request, Replica replica) {
        this.caller = caller;
        this.request = request;
        this.replica = replica;
    }
}
