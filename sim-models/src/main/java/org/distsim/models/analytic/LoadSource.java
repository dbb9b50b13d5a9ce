package org.distsim.models.analytic;

import java.time.Duration;

/**
 * Implemented by the configuration record of a workload: where its requests go, and, when the
 * rate is known before the run, the flow it offers.
 */
public interface LoadSource {

    /** The node the requests are sent to. */
    String target();

    /** How long one attempt waits for its answer. */
    Duration timeout();

    /** How many times a failed or timed-out request is sent again. */
    int retries();

    /**
     * The requests as they are sent, named after {@code workload}; null when the rate is not
     * known before the run (it depends on the responses), with the reason in {@link #unknownRate()}.
     */
    Flow offered(String workload);

    /** Why {@link #offered} is null, in words; null when the rate is known. */
    default String unknownRate() {
        return null;
    }
}
