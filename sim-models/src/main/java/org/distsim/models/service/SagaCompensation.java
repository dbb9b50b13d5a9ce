package org.distsim.models.service;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.NodeMetrics;
import org.distsim.models.rpc.CallOutcome;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.Operation;
import org.distsim.models.rpc.Request;

/**
 * The undo half of a saga: when a request with {@code compensate:} steps fails, each step that may
 * have taken effect is undone by its compensating call, one after the other in reverse order of the
 * {@code calls:} list (the last step done is the first undone), while the request keeps its worker,
 * as an orchestrator does. A compensation is retried at once up to its {@code retries}; one that
 * fails every attempt leaves its step done, and the request is counted {@code inconsistent}. The
 * failed request is answered only once every compensation has its outcome.
 *
 * <p>A compensation tells no deadline and is never cancelled: undoing must go on although the caller
 * has given up. It is sent as a write of the request's key, with the request's origin.
 */
final class SagaCompensation {

    private final Calls calls;
    private final Counter compensations;
    private final Counter failures;
    private final Counter inconsistent;

    SagaCompensation(Calls calls, NodeMetrics metrics) {
        this.calls = calls;
        this.compensations = metrics.counter(ServiceFigures.COMPENSATIONS);
        this.failures = metrics.counter(ServiceFigures.COMPENSATION_FAILURES);
        this.inconsistent = metrics.counter(ServiceFigures.INCONSISTENT);
    }

    /** Undoes the steps of the failed {@code request} that may have happened, then runs {@code then}. */
    void undo(RequestCalls request, Runnable then) {
        List<Call> steps = new ArrayList<>(2);
        for (int i = request.calls.length - 1; i >= 0; i--) {
            Call call = request.calls[i];
            if (call.maybeApplied && call.dependency.config.compensate() != null) {
                steps.add(call);
            }
        }
        if (steps.isEmpty()) {
            then.run();
            return;
        }
        new Undo(steps, then).next();
    }

    /** The compensations of one request, in the order they are made. */
    private final class Undo {
        private final List<Call> steps;
        private final Runnable then;
        private int index = -1;
        private int attempts;
        private boolean failed;

        Undo(List<Call> steps, Runnable then) {
            this.steps = steps;
            this.then = then;
        }

        /** Starts the next compensation, or ends the saga when none is left. */
        void next() {
            index++;
            if (index == steps.size()) {
                if (failed) {
                    inconsistent.increment();
                }
                then.run();
                return;
            }
            compensations.increment();
            attempts = 0;
            send();
        }

        private void send() {
            Call step = steps.get(index);
            CompensationCall undo = step.dependency.config.compensate();
            Request original = step.request;
            Request compensation = new Request(0, original.intendedAtNanos(), Operation.WRITE, original.key(), "",
                    original.origin());
            attempts++;
            calls.call(step.dependency.compensateTarget, compensation, undo.timeout().toNanos(), this::answered);
        }

        private void answered(CallOutcome outcome) {
            if (outcome.ok()) {
                next();
            } else if (attempts <= steps.get(index).dependency.config.compensate().retries()) {
                send();
            } else {
                failures.increment();
                failed = true;
                next();
            }
        }
    }
}
