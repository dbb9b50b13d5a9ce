package org.distsim.core.kernel;

import java.util.EnumMap;
import java.util.Map;
import org.distsim.core.result.DropReason;
import org.distsim.core.result.NetworkResult;

/**
 * The kernel's count of messages, each figure kept by itself where its event happens, so that the
 * conservation rule {@code sent = delivered + dropped + inFlight} can be checked rather than
 * assumed: a path that delivers a message it never counted as sent, or schedules one twice, breaks
 * it and the end-of-run check says so.
 */
final class MessageCounts {

    private static final DropReason[] REASONS = DropReason.values();

    private long sent;
    private long delivered;
    private long dropped;
    private final long[] droppedByReason = new long[REASONS.length];
    private long inFlight;

    /** A message entered the engine. */
    void sent() {
        sent++;
    }

    /** A delivery was scheduled. */
    void scheduled() {
        inFlight++;
    }

    /** A scheduled delivery was dispatched to a live target. */
    void delivered() {
        inFlight--;
        delivered++;
    }

    /** A scheduled delivery found its target down. */
    void droppedOnArrival() {
        inFlight--;
        dropped(DropReason.NODE_DOWN);
    }

    /** A message was lost before any delivery was scheduled (or, via {@link #droppedOnArrival}, at it). */
    void dropped(DropReason reason) {
        dropped++;
        droppedByReason[reason.ordinal()]++;
    }

    NetworkResult result() {
        Map<DropReason, Long> reasons = new EnumMap<>(DropReason.class);
        for (DropReason reason : REASONS) {
            if (droppedByReason[reason.ordinal()] > 0) {
                reasons.put(reason, droppedByReason[reason.ordinal()]);
            }
        }
        return new NetworkResult(sent, delivered, dropped, reasons, inFlight);
    }
}
