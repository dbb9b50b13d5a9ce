package org.distsim.core.result;

import java.util.Map;

/**
 * Message counts over the whole run (warm-up included), which satisfy
 * {@code sent = delivered + dropped + inFlight}.
 *
 * @param droppedByReason drops by reason: {@code partition}, {@code loss}, {@code node-down}
 */
public record NetworkResult(long sent, long delivered, long dropped, Map<String, Long> droppedByReason, long inFlight) {

    public NetworkResult {
        droppedByReason = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(droppedByReason));
    }
}
