package org.distsim.models.workload;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.inject.LoadFactor;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.random.Constant;
import org.distsim.core.random.Exponential;

/**
 * An open-loop client population: requests arrive at a rate whatever the system does (Poisson or
 * evenly spaced), the way independent users arrive at a website. Because the arrivals never wait
 * for responses, a slow system cannot slow the load down and hide its own latency.
 *
 * <p>With a schedule the rate varies over time and arrivals come from inverting the integrated
 * rate (see {@link RateSchedule}): a non-homogeneous Poisson process, or one arrival per unit of
 * integrated rate for constant arrivals. Without one, gaps are drawn directly, exactly as before
 * schedules existed, so fixed-rate scenarios keep their results.
 *
 * <p>Each request is answered ok, failed (with the server's reason) or, when its timeout fires
 * first, unknown: it may or may not have taken effect. A late response to a timed-out request is
 * ignored. Retries, keys and consistency checks are {@link ClientRequests}'s.
 *
 * <p>A load spike ({@link LoadFactor}) multiplies the rate by a factor from the moment it arrives.
 * Each arrival still takes exactly one draw from the {@code arrivals} stream, scaled by the factor
 * (a gap divided by it, or an amount of integrated rate divided by it), and the arrival pending
 * when the factor changes is moved so that the part of its gap not yet elapsed is rescaled: a
 * Poisson process with a piecewise-constant multiplier, exactly (the time-change argument of
 * {@link RateSchedule}). Before the first spike, the run is identical to one without spikes.
 */
public final class OpenLoopWorkload implements Actor {

    private static final double NANOS_PER_SECOND = 1e9;

    private final ActorContext context;
    private final OpenLoopConfig config;
    /** Gaps for a fixed rate; null with a schedule. */
    private final ContinuousSampler interArrival;
    /** The rate over time; null without a schedule. */
    private final RateSchedule schedule;
    /** Units of integrated rate between arrivals: standard exponential (Poisson) or 1 (constant). */
    private final ContinuousSampler integratedGap;
    private final ClientRequests requests;
    private ActorRef target;
    /** With a schedule, the exact time of the last arrival, in seconds. */
    private double lastArrivalSeconds;
    /** The load spike's multiplier of the rate; 1 outside spikes. */
    private double factor = 1;
    /** The pending arrival's timer and its time; -1 when none is pending. */
    private long arrivalTimer = -1;
    private long arrivalAtNanos;
    /** With a schedule, the exact time of the pending arrival, in seconds. */
    private double nextArrivalSeconds;

    public OpenLoopWorkload(ActorContext context, OpenLoopConfig config) {
        this.context = context;
        this.config = config;
        boolean poisson = config.arrivals() == Arrivals.POISSON;
        if (config.schedule().isEmpty()) {
            double meanGapNanos = NANOS_PER_SECOND / config.rate().perSecond();
            this.interArrival = (poisson ? new Exponential(meanGapNanos) : new Constant(meanGapNanos))
                    .sampler(context.random("arrivals"));
            this.schedule = null;
            this.integratedGap = null;
        } else {
            this.interArrival = null;
            this.schedule = RateSchedule.of(config.rate(), config.schedule());
            this.integratedGap = (poisson ? new Exponential(1) : new Constant(1)).sampler(context.random("arrivals"));
        }
        ClientKnobs knobs = config.clientKnobs();
        this.requests = new ClientRequests(context, knobs, !knobs.plain() || schedule != null);
    }

    @Override
    public void onStart() {
        target = context.lookup(config.target());
        scheduleNextArrival();
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof Arrive) {
            arrivalTimer = -1;
            requests.start(target, ok -> { });
            scheduleNextArrival();
        } else if (message instanceof LoadFactor load) {
            rescale(load.factor());
        } else {
            requests.handle(message);
        }
    }

    @Override
    public void onCrash() {
        // A crashed client forgets what it was waiting for; those requests stay without an outcome.
        requests.clear();
        arrivalTimer = -1;
    }

    @Override
    public void onRestart() {
        lastArrivalSeconds = context.now() / NANOS_PER_SECOND;
        scheduleNextArrival();
    }

    private void scheduleNextArrival() {
        if (schedule == null) {
            // Dividing by 1 changes no bit, so runs without spikes keep their exact results.
            arriveIn(context.drawnNanos(interArrival.sample() / factor));
            return;
        }
        scheduleAt(schedule.advance(lastArrivalSeconds, integratedGap.sample() / factor));
    }

    /** With a schedule: the next arrival at {@code next} seconds, if it is within the run. */
    private void scheduleAt(double next) {
        if (next == Double.POSITIVE_INFINITY || next * NANOS_PER_SECOND >= context.endNanos()) {
            return; // the rate stays at zero, or the next arrival is after the end of the run
        }
        lastArrivalSeconds = next;
        nextArrivalSeconds = next;
        arriveIn(Math.max(0, Math.round(next * NANOS_PER_SECOND) - context.now()));
    }

    private void arriveIn(long delayNanos) {
        arrivalAtNanos = context.now() + delayNanos;
        arrivalTimer = context.setTimer(delayNanos, Arrive.INSTANCE);
    }

    /**
     * A new rate multiplier from now on. The pending arrival keeps the random draw it was made
     * with: the part of its gap still ahead is rescaled by old / new (for a schedule, the integrated
     * rate still ahead). With a schedule the next gap is measured from the rescaled arrival.
     */
    private void rescale(double newFactor) {
        double oldFactor = factor;
        factor = newFactor;
        if (arrivalTimer < 0 || oldFactor == newFactor) {
            return; // nothing pending (crashed, or the rate has ended): the next arrival uses the new factor
        }
        context.cancelTimer(arrivalTimer);
        arrivalTimer = -1;
        long now = context.now();
        if (schedule == null) {
            arriveIn(context.drawnNanos((arrivalAtNanos - now) * oldFactor / newFactor));
            return;
        }
        double nowSeconds = now / NANOS_PER_SECOND;
        double ahead = schedule.integral(nowSeconds, Math.max(nowSeconds, nextArrivalSeconds)) * oldFactor;
        scheduleAt(schedule.advance(nowSeconds, ahead / newFactor));
    }

    private enum Arrive implements Message {
        INSTANCE
    }
}
