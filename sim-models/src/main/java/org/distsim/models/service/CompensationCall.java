package org.distsim.models.service;

import java.time.Duration;
import java.util.Objects;
import org.distsim.models.format.Knob;

/**
 * The call that undoes one step of a saga (Garcia-Molina and Salem, "Sagas", SIGMOD 1987): made when
 * the request fails after its step may have taken effect, such as the refund of a payment when the
 * inventory step fails. It is sent as a write of the request's key, with no deadline (an undo must
 * run even though the caller has given up) and no cancel.
 *
 * @param target  the node that undoes the step (often the step's own target)
 * @param timeout how long one attempt waits for its answer
 * @param retries further attempts after a failed one, made at once
 */
public record CompensationCall(
        @Knob(doc = "The node called to undo the step, often the step's own target.", format = Knob.Format.NODE_REF)
        String target,
        @Knob(doc = "How long one attempt of the compensation waits for its answer.", defaultValue = "1s",
                min = "0s", minExclusive = true)
        Duration timeout,
        @Knob(doc = "How many times a failed or timed-out compensation is sent again, at once; when every attempt"
                + " fails the request is left inconsistent.", defaultValue = "0", min = "0", max = "100")
        int retries) {

    public CompensationCall {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("compensate timeout must be positive, got " + timeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("compensate retries must not be negative, got " + retries);
        }
    }
}
