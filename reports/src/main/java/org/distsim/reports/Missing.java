package org.distsim.reports;

import java.util.Locale;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.StopReason;

/**
 * What both renderers put in place of a part a result lacks, so that a hand-built or partial
 * result renders instead of failing after a long run, and both formats agree on the meaning.
 */
final class Missing {

    /** A run without network figures sent nothing. */
    static final NetworkResult NETWORK = NetworkResult.NONE;

    /** A workload without a latency summary recorded no latency. */
    static final LatencySummary LATENCY = new LatencySummary(0, null, null, null, null, null, null);

    private Missing() {
    }

    static NetworkResult orEmpty(NetworkResult network) {
        return network == null ? NETWORK : network;
    }

    static LatencySummary orEmpty(LatencySummary latency) {
        return latency == null ? LATENCY : latency;
    }

    /** A result without a stop reason is taken to have completed. */
    static StopReason orCompleted(StopReason stop) {
        return stop == null ? StopReason.completed() : stop;
    }

    /** A stop kind as both formats spell it: {@code completed}, {@code event_limit}, ... */
    static String stopKind(StopReason.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
