package org.distsim.models.replication;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.distsim.core.kernel.ActorContext;

/**
 * Applies one numbered stream of shipped writes (a leader's log, or one member's own writes) in
 * order, as MySQL's parallel applier with preserved commit order does: an entry takes a worker
 * for its apply time as soon as it arrives, and becomes visible only when every entry before it
 * is visible. The network reorders messages (latency is
 * drawn per message) and loses them under partitions, so entries that arrive early wait here, and
 * a gap waits for the sender's resend.
 *
 * <p>With {@code apply-order: independent} the owner also passes an {@code applied} sink, called
 * for each entry as soon as its own apply is over: the entry's effect becomes visible then,
 * whatever is still missing before it, and the in-order sink only keeps the stream's position.
 *
 * <p>The stream's position (the highest entry visible) belongs to the owner and is durable; what
 * waits here is volatile and lost in a crash.
 *
 * @param <E> the entry type; equal entries at one index are duplicates
 */
final class OrderedApplier<E> {

    /** Makes an entry visible; returns false when it does not fit (it and every later entry are dropped). */
    @FunctionalInterface
    interface Sink<E> {
        boolean visible(long index, E entry);
    }

    private final ActorContext context;
    private final MemberStation station;
    private final LongSupplier position;
    private final Sink<E> sink;
    private final Sink<E> early;
    private final TreeMap<Long, Slot<E>> waiting = new TreeMap<>();

    /** @param position the index of the last visible entry */
    OrderedApplier(ActorContext context, MemberStation station, LongSupplier position, Sink<E> sink) {
        this(context, station, position, sink, null);
    }

    /**
     * @param position the index of the last entry the in-order sink took
     * @param early    called for each entry when its apply is over, before the in-order sink; null for none
     */
    OrderedApplier(ActorContext context, MemberStation station, LongSupplier position, Sink<E> sink, Sink<E> early) {
        this.context = context;
        this.station = station;
        this.position = position;
        this.sink = sink;
        this.early = early;
    }

    /** An entry arrived; duplicates of visible or waiting entries are ignored. */
    void offer(long index, E entry) {
        if (index <= position.getAsLong()) {
            return;
        }
        Slot<E> present = waiting.get(index);
        if (present != null && present.entry.equals(entry)) {
            return;
        }
        Slot<E> slot = new Slot<>(entry);
        waiting.put(index, slot);
        startApply(index, slot);
    }

    /** Forgets everything waiting (a crash, a rewind, a new leader). */
    void clear() {
        waiting.clear();
    }

    private void startApply(long index, Slot<E> slot) {
        if (waiting.get(index) != slot) {
            return;
        }
        if (!station.submit(MemberStation.Work.APPLY, () -> applied(index, slot))) {
            // No room in the queue: drop it; the sender ships it again when this member's position stalls.
            waiting.remove(index);
        }
    }

    private void applied(long index, Slot<E> slot) {
        if (waiting.get(index) != slot) {
            return;
        }
        slot.ready = true;
        if (early != null) {
            early.visible(index, slot.entry);
        }
        while (!waiting.isEmpty()) {
            Map.Entry<Long, Slot<E>> first = waiting.firstEntry();
            long next = position.getAsLong() + 1;
            if (first.getKey() < next) {
                waiting.pollFirstEntry();
            } else if (first.getKey() == next && first.getValue().ready) {
                waiting.pollFirstEntry();
                if (!sink.visible(next, first.getValue().entry)) {
                    waiting.clear();
                }
            } else {
                return;
            }
        }
    }

    private static final class Slot<E> {
        final E entry;
        boolean ready;

        Slot(E entry) {
            this.entry = entry;
        }
    }
}
