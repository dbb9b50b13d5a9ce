package org.distsim.models.service;

import java.util.Objects;
import org.distsim.models.format.Knob;

/**
 * The condition of a call made only on the outcome of an earlier call of the same request: the
 * database only on a cache miss, a fallback service only when the primary failed.
 *
 * @param call    the name of the earlier call (its {@code name:}, or its target when it has none)
 * @param outcome the outcome of that call on which this call is made
 */
public record CallCondition(
        @Knob(doc = "The earlier call of the same calls: list whose outcome decides: its name, or its target when"
                + " it has no name.")
        String call,
        @Knob(doc = "The outcome on which this call is made: success, failure (for any reason, after its retries),"
                + " timeout (a failure whose last attempt had no answer), hit or miss (a success a cache answered"
                + " from its contents, or by fetching the value; only for a call whose target is a cache, or a load"
                + " balancer, shard router or rate limiter in front of caches only).")
        CallResult outcome) {

    public CallCondition {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Whether a call that ended with {@code result} meets this condition. */
    boolean heldBy(CallResult result) {
        return switch (outcome) {
            case FAILURE -> result == CallResult.FAILURE || result == CallResult.TIMEOUT;
            case SUCCESS -> result == CallResult.SUCCESS || result == CallResult.HIT || result == CallResult.MISS;
            case TIMEOUT, HIT, MISS -> result == outcome;
        };
    }

    /** The condition as written, {@code on miss of cache}, for the call graph and the reports. */
    public String describe() {
        return "on " + outcome.name().toLowerCase(java.util.Locale.ROOT) + " of " + call;
    }
}
