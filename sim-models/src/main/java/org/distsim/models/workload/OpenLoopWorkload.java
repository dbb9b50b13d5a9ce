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
 * <p>Arrivals come from inverting the integrated rate (see {@link RateSchedule}): a Poisson
 * process, non-homogeneous when a schedule varies the rate, or one arrival per unit of integrated
 * rate for constant arrivals. A fixed rate is the schedule with no phase, so there is one arrival
 * path whatever the configuration.
 *
 * <p>Each request is answered ok, failed (with the server's reason) or, when its timeout fires
 * first, unknown: it may or may not have taken effect. A late response to a timed-out request is
 * ignored. Retries, keys and consistency checks are {@link ClientRequests}'s.
 *
 * <p>A load spike ({@link LoadFactor}) multiplies the rate by a factor from the moment it arrives.
 * Each arrival still takes exactly one draw from the {@code arrivals} stream, an amount of
 * integrated rate divided by the factor, and the arrival pending when the factor changes is moved
 * so that the integrated rate still ahead of it is rescaled: a Poisson process with a
 * piecewise-constant multiplier, exactly (the time-change argument of {@link RateSchedule}).
 * Before the first spike, the run is identical to one without spikes.
 */
public final class OpenLoopWorkload implements Actor {

    private static final double NANOS_PER_SECOND = 1e9;

    private final ActorContext context;
    private final OpenLoopConfig config;
    /** The rate over time: constant, or as the schedule says. */
    private final RateSchedule schedule;
    /** Units of integrated rate between arrivals: standard exponential (Poisson) or 1 (constant). */
    private final ContinuousSampler integratedGap;
    private final ClientRequests requests;
    private ActorRef target;
    /** The exact time of the last arrival, in seconds. */
    private double lastArrivalSeconds;
    /** The load spike's multiplier of the rate; 1 outside spikes. */
    private double factor = 1;
    /** The pending arrival's timer; -1 when none is pending. */
    private long arrivalTimer = -1;
    /** The exact time of the pending arrival, in seconds. */
    private double nextArrivalSeconds;

    public OpenLoopWorkload(ActorContext context, OpenLoopConfig config) {
        this.context = context;
        this.config = config;
        boolean poisson = config.arrivals() == Arrivals.POISSON;
        this.schedule = RateSchedule.of(config.rate(), config.schedule());
        this.integratedGap = (poisson ? new Exponential(1) : new Constant(1)).sampler(context.random("arrivals"));
        this.requests = new ClientRequests(context, config.clientKnobs());
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
        scheduleAt(schedule.advance(lastArrivalSeconds, integratedGap.sample() / factor));
    }

    /** The next arrival at {@code next} seconds, if it is within the run. */
    private void scheduleAt(double next) {
        if (next == Double.POSITIVE_INFINITY || next * NANOS_PER_SECOND >= context.endNanos()) {
            return; // the rate stays at zero, or the next arrival is after the end of the run
        }
        lastArrivalSeconds = next;
        nextArrivalSeconds = next;
        arrivalTimer = context.setTimer(Math.max(0, Math.round(next * NANOS_PER_SECOND) - context.now()),
                Arrive.INSTANCE);
    }

    /**
     * A new rate multiplier from now on. The pending arrival keeps the random draw it was made
     * with: the integrated rate still ahead of it is rescaled by old / new, and the next gap is
     * measured from the rescaled arrival.
     */
    private void rescale(double newFactor) {
        double oldFactor = factor;
        factor = newFactor;
        if (arrivalTimer < 0 || oldFactor == newFactor) {
            return; // nothing pending (crashed, or the rate has ended): the next arrival uses the new factor
        }
        context.cancelTimer(arrivalTimer);
        arrivalTimer = -1;
        double nowSeconds = context.now() / NANOS_PER_SECOND;
        double ahead = schedule.integral(nowSeconds, Math.max(nowSeconds, nextArrivalSeconds)) * oldFactor;
        scheduleAt(schedule.advance(nowSeconds, ahead / newFactor));
    }

    private enum Arrive implements Message {
        INSTANCE
    }
}
