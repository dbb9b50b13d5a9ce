package org.distsim.models.failure;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.fault.Fault;
import org.distsim.core.inject.FaultInjector;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.NodeMetrics;

/**
 * The random failures of one node: crash after an up time, restart after a down time, over and
 * over until the end of the run. Crashes and restarts go through the {@link FaultInjector}, so they
 * are the same crashes a timeline's {@code crash:} makes (volatile state lost, timers dead, messages
 * dropped) and observers see them; they are scheduled as system events, like the timeline's.
 *
 * <p>Both times are drawn from the node's own stream {@code failures}, up and down in turn, so a
 * failure process on one node changes no other draw of the run: not the node's own service times,
 * not any other node's failures.
 *
 * <p>Figures, on the node: {@code outages} (crashes this process made after warm-up), {@code
 * availability} (the fraction of the measured time, warm-up to end, that this process had the node
 * up) and {@code availability_expected} (MTTF / (MTTF + MTTR) of the configuration). A crash or
 * restart from the {@code faults:} timeline does not enter {@code availability}: it measures this
 * process alone.
 */
public final class FailureProcess {

    private final Simulation simulation;
    private final FaultInjector faults;
    private final String node;
    private final ContinuousSampler up;
    private final ContinuousSampler down;
    private final long warmupNanos;
    private final long endNanos;
    private final Counter outages;
    /** Down time inside [warm-up, end], up to the last transition. */
    private long downNanos;
    /** When the current outage began; -1 while the process has the node up. */
    private long downSinceNanos = -1;

    private FailureProcess(Simulation simulation, FaultInjector faults, String node, FailureConfig config) {
        this.simulation = simulation;
        this.faults = faults;
        this.node = node;
        var streams = simulation.streams();
        var stream = streams.stream(node, "failures");
        this.up = config.up().sampler(stream);
        this.down = config.down().sampler(stream);
        this.warmupNanos = simulation.config().warmupNanos();
        this.endNanos = simulation.config().endNanos();
        ActorRef ref = simulation.lookup(node);
        NodeMetrics metrics = simulation.metrics().node(ref.index(), ref.name(), ref.type());
        this.outages = metrics.counter(FailureFigures.OUTAGES);
        double expected = config.expectedAvailability();
        metrics.derived(FailureFigures.AVAILABILITY, this::measuredAvailability);
        metrics.derived(FailureFigures.AVAILABILITY_EXPECTED, () -> expected);
    }

    /** Starts the failure process of {@code node}: its first crash comes after one up time. */
    public static FailureProcess start(Simulation simulation, FaultInjector faults, String node, FailureConfig config) {
        FailureProcess process = new FailureProcess(simulation, faults, node, config);
        process.after(process.up, process::fail);
        return process;
    }

    private void fail() {
        long now = simulation.now();
        if (now >= warmupNanos) {
            outages.increment();
        }
        downSinceNanos = now;
        faults.apply(new Fault.Crash(node));
        after(down, this::repair);
    }

    private void repair() {
        downNanos += measured(downSinceNanos, simulation.now());
        downSinceNanos = -1;
        faults.apply(new Fault.Restart(node));
        after(up, this::fail);
    }

    /**
     * Schedules {@code action} one draw of {@code times} from now, unless that is at or past the
     * end of the run. A draw beyond the run (or beyond a long's range) is simply never reached.
     */
    private void after(ContinuousSampler times, Runnable action) {
        long now = simulation.now();
        double delay = Math.ceil(times.sample());
        if (delay < endNanos - now) {
            simulation.at(now + (long) delay, action);
        }
    }

    /** The length of [from, to] inside the measured window [warm-up, end]. */
    private long measured(long fromNanos, long toNanos) {
        long from = Math.max(fromNanos, warmupNanos);
        long to = Math.min(toNanos, endNanos);
        return Math.max(0, to - from);
    }

    /** Up time over measured time, the outage still running counted up to now. */
    private double measuredAvailability() {
        long now = Math.min(simulation.now(), endNanos);
        long window = now - warmupNanos;
        if (window <= 0) {
            return Double.NaN;
        }
        long downTotal = downNanos + (downSinceNanos >= 0 ? measured(downSinceNanos, now) : 0);
        return 1 - (double) downTotal / window;
    }
}
