package org.distsim.models.workload;

import java.util.Objects;
import org.distsim.models.format.SizeDistribution;
import org.distsim.models.resilience.BackoffConfig;

/**
 * What every request of a workload looks like, whatever drives its timing: the knobs that open-
 * and closed-loop workloads share.
 *
 * @param timeoutNanos how long one attempt waits for its response
 * @param readRatio    probability that a request is a read
 * @param keys         the key law, or null for the single key 0
 * @param route        the request path for L7 routing, "" for none
 * @param retries      how many times a failed or timed-out request is sent again
 * @param backoff      the delay before each retry
 * @param clients      how many client identities send the requests, at least 1
 * @param deadlineNanos a deadline for the whole request from its due time; 0 for none
 * @param cancel       whether attempts given up on are cancelled at the node called
 * @param requestSize  what each request weighs, in bytes; null for 0
 * @param responseSize what each successful answer weighs; null for 0
 */
record ClientKnobs(long timeoutNanos, double readRatio, KeysConfig keys, String route, int retries,
        BackoffConfig backoff, int clients, long deadlineNanos, boolean cancel, SizeDistribution requestSize,
        SizeDistribution responseSize) {

    ClientKnobs {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(backoff, "backoff");
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1, got " + clients);
        }
    }
}
