package org.distsim.core.result;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Message counts over the whole run (warm-up included). The four counts are measured separately,
 * each where it happens: a message is counted as sent when it enters the engine (through the
 * network or as a system message), as in flight from when its delivery is scheduled until it is
 * dispatched, and as delivered or dropped when that happens. So {@code sent = delivered + dropped
 * + inFlight} is a check on the engine, made at the end of every run, not a definition.
 *
 * @param sent            messages handed to the engine
 * @param delivered       messages handed to their target
 * @param dropped         messages lost on the way or at a crashed target
 * @param droppedByReason drops by reason, in the order of {@link DropReason}; reasons with no drop
 *                        are absent
 * @param inFlight        messages whose delivery was scheduled but had not happened when the run ended
 */
public record NetworkResult(long sent, long delivered, long dropped, Map<DropReason, Long> droppedByReason,
        long inFlight) {

    /** No message at all: a result that carries no network. */
    public static final NetworkResult NONE = new NetworkResult(0, 0, 0, Map.of(), 0);

    public NetworkResult {
        EnumMap<DropReason, Long> copy = new EnumMap<>(DropReason.class);
        copy.putAll(droppedByReason);
        droppedByReason = Collections.unmodifiableMap(copy);
    }
}
