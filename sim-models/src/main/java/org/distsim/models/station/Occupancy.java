package org.distsim.models.station;

import java.util.Locale;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ModelLimitException;
import org.distsim.core.metrics.TimeWeightedGauge;

/**
 * How occupied the stations of one node are: busy workers over the workers in service, and the
 * requests waiting in their queues. A node of one station (a database) has one station here; a
 * service of several replicas has one per replica, all counted together, because the node's figures
 * describe the node.
 *
 * <p>Kept two ways, both time-weighted: as the node's {@code utilisation} and {@code queue} gauges
 * (the run's figures, registered here and nowhere else), and as integrals that a load scrape takes
 * interval by interval ({@link #takeAreas}). The {@link Station}s report every change; the owner
 * reports a change of the workers in service ({@link #resize}).
 *
 * <p>Per request it keeps how long each waited before a worker took it ({@link Waits}): the
 * {@code waited} count and share and the waiting-time distribution, next to the time averages
 * (which Little's law ties together: queue mean = arrival rate × mean wait).
 */
public final class Occupancy {

    /** The areas under the levels since the previous take, in level × nanoseconds. */
    public record Areas(double busyWorkers, double workers, double waiting) {
    }

    private final ActorContext context;
    private final String component;
    private final TimeWeightedGauge utilisation;
    private final TimeWeightedGauge queueLength;
    private final TimeIntegral busyArea = new TimeIntegral();
    private final TimeIntegral workerArea = new TimeIntegral();
    private final TimeIntegral waitingArea = new TimeIntegral();
    private final Waits waits;
    private int workers;
    private int busy;
    private int queued;
    /** When the queue was last empty (the start, at first): its growth since is what overload looks like. */
    private long emptyAtNanos;

    /**
     * Registers the node's {@code utilisation} and {@code queue} figures.
     *
     * @param component the component's type, to name the node in messages ("database")
     * @param workers   the workers in service at the start, at least 1
     */
    public Occupancy(ActorContext context, String component, int workers) {
        this.context = context;
        this.component = component;
        var metrics = context.nodeMetrics();
        this.utilisation = metrics.gauge(StationFigures.UTILISATION);
        this.queueLength = metrics.gauge(StationFigures.QUEUE);
        this.waits = new Waits(context);
        this.workers = workers;
        workerArea.set(context.now(), workers);
    }

    /** The stations in service now have {@code newWorkers} workers in all (replicas came or went). */
    public void resize(int newWorkers) {
        workers = newWorkers;
        workerArea.set(context.now(), newWorkers);
        utilisation.set((double) busy / newWorkers);
    }

    /** Busy workers over the workers in service, now. */
    public double utilisationNow() {
        return (double) busy / workers;
    }

    /** Requests waiting for a worker now, over every station. */
    public int queued() {
        return queued;
    }

    /** The areas since the previous take (or the start), restarted at zero: one scrape interval. */
    public Areas takeAreas() {
        long now = context.now();
        return new Areas(busyArea.take(now), workerArea.take(now), waitingArea.take(now));
    }

    /** The simulated time now, in nanoseconds: when a request joins a queue. */
    long now() {
        return context.now();
    }

    /** A worker took a request that had not waited. */
    void workerTaken() {
        waits.started(0, false);
        busy++;
        busyArea.set(context.now(), busy);
        utilisation.set((double) busy / workers);
    }

    /** A worker finished its request and found nobody waiting. */
    void workerFreed() {
        busy--;
        busyArea.set(context.now(), busy);
        utilisation.set((double) busy / workers);
    }

    /** A worker finished its request and took the next waiting one, queued since {@code queuedAtNanos}: it stays busy. */
    void workerHandedOver(long queuedAtNanos) {
        waits.started(context.now() - queuedAtNanos, true);
        setQueued(queued - 1);
        utilisation.set((double) busy / workers);
    }

    /** A request joined a queue. */
    void requestQueued() {
        setQueued(queued + 1);
    }

    /** A request left a queue without being served (dropped by its owner: cancelled or expired). */
    void requestDropped() {
        setQueued(queued - 1);
    }

    /** A station lost its {@code lostBusy} requests in service and {@code lostQueued} waiting ones (a crash). */
    void forget(int lostBusy, int lostQueued) {
        busy -= lostBusy;
        busyArea.set(context.now(), busy);
        setQueued(queued - lostQueued);
        utilisation.set((double) busy / workers);
    }

    /**
     * The run must end: a queue without a capacity reached its hard cap. The message names the
     * node, its backlog and how fast the backlog grew since the queue was last empty, per second of
     * simulated time, so that the overload can be sized (its rate is the excess of arrivals over
     * service).
     */
    ModelLimitException overloaded() {
        long now = context.now();
        double seconds = (now - emptyAtNanos) / 1e9;
        String growth = seconds > 0 ? String.format(Locale.ROOT, ", growing by %.0f per simulated second since t=%.3f s",
                queued / seconds, emptyAtNanos / 1e9) : "";
        return new ModelLimitException(component + " " + context.self() + " has " + queued
                + " requests waiting (the most an unbounded queue may hold)" + growth
                + ": it is overloaded (arrivals faster than it serves); set queue-capacity to model rejections"
                + " instead, or add workers");
    }

    private void setQueued(int value) {
        queued = value;
        if (value == 0) {
            emptyAtNanos = context.now();
        }
        waitingArea.set(context.now(), value);
        queueLength.set(value);
    }
}
