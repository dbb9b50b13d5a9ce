package org.distsim.core.kernel;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.fault.Fault;
import org.distsim.core.result.DropReason;

/** Fans one notification out to several observers, in the order they were added. */
public final class Observers implements SimObserver {

    private final List<SimObserver> observers = new ArrayList<>();

    /** Returns the combination of {@code current} (may be null) and {@code added}. */
    public static SimObserver combine(SimObserver current, SimObserver added) {
        if (current == null) {
            return added;
        }
        Observers all = current instanceof Observers existing ? existing : new Observers(current);
        all.observers.add(added);
        return all;
    }

    private Observers(SimObserver first) {
        observers.add(first);
    }

    @Override
    public void onSend(long nowNanos, ActorRef from, ActorRef to, Message message, long deliverAtNanos) {
        for (SimObserver o : observers) {
            o.onSend(nowNanos, from, to, message, deliverAtNanos);
        }
    }

    @Override
    public void onDeliver(long nowNanos, ActorRef from, ActorRef to, Message message) {
        for (SimObserver o : observers) {
            o.onDeliver(nowNanos, from, to, message);
        }
    }

    @Override
    public void onDrop(long nowNanos, ActorRef from, ActorRef to, Message message, DropReason reason) {
        for (SimObserver o : observers) {
            o.onDrop(nowNanos, from, to, message, reason);
        }
    }

    @Override
    public void onFault(long nowNanos, Fault fault) {
        for (SimObserver o : observers) {
            o.onFault(nowNanos, fault);
        }
    }

    @Override
    public void onInterval(long intervalStartNanos, long intervalEndNanos) {
        for (SimObserver o : observers) {
            o.onInterval(intervalStartNanos, intervalEndNanos);
        }
    }
}
