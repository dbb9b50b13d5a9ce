package org.distsim.models.rpc;

import java.util.function.Consumer;

/** A call whose caller keeps no record of its own: its continuation runs with the outcome. */
final class ContinuedCall extends OutboundCall {

    private final Consumer<CallOutcome> then;

    ContinuedCall(Consumer<CallOutcome> then) {
        this.then = then;
    }

    @Override
    protected void completed(CallOutcome outcome) {
        then.accept(outcome);
    }
}
