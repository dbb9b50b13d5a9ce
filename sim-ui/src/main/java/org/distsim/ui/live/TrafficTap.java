package org.distsim.ui.live;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.SimObserver;
import org.distsim.core.result.DropReason;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * Watches a run for the view: keeps the most recent messages (the view samples its dots from them)
 * and every fault applied: the timeline's, those made by hand and the random failures of nodes. Read-only towards the simulation; called on the simulation thread.
 */
final class TrafficTap implements SimObserver {

    /** How many recent messages a snapshot can carry; the view draws a sample of them. */
    static final int RECENT = 128;

    private final Flight[] ring = new Flight[RECENT];
    private long sent;
    private final History<ScheduledFault> faults = new History<>();

    @Override
    public void onSend(long nowNanos, ActorRef from, ActorRef to, Message message, long deliverAtNanos) {
        record(from, to, nowNanos, deliverAtNanos, kindOf(message));
    }

    @Override
    public void onDrop(long nowNanos, ActorRef from, ActorRef to, Message message, DropReason reason) {
        record(from, to, nowNanos, nowNanos, FlightKind.DROPPED);
    }

    @Override
    public void onFault(long nowNanos, Fault fault) {
        faults.add(new ScheduledFault(nowNanos, fault));
    }

    private void record(ActorRef from, ActorRef to, long sentAt, long arriveAt, FlightKind kind) {
        sent++;
        ring[(int) (sent % RECENT)] = new Flight(sent, from.name(), to.name(), sentAt, arriveAt, kind);
    }

    static FlightKind kindOf(Message message) {
        if (message instanceof Request) {
            return FlightKind.REQUEST;
        }
        if (message instanceof Response response) {
            return response.ok() ? FlightKind.OK : FlightKind.FAILED;
        }
        return FlightKind.OTHER;
    }

    /** Messages sent (or dropped on sending) so far. */
    long sent() {
        return sent;
    }

    /** The most recent messages, oldest first, at most {@link #RECENT}. */
    List<Flight> recent() {
        List<Flight> recent = new ArrayList<>(RECENT);
        long first = Math.max(1, sent - RECENT + 1);
        for (long seq = first; seq <= sent; seq++) {
            recent.add(ring[(int) (seq % RECENT)]);
        }
        return List.copyOf(recent);
    }

    /** Every fault applied so far, whoever applied it (the timeline, a hand, a random failure), in order. */
    List<ScheduledFault> faults() {
        return faults.view();
    }
}
