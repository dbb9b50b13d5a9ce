package org.distsim.core.run;

import org.distsim.core.check.InvariantViolation;
import org.distsim.core.check.Invariants;
import org.distsim.core.kernel.SimObserver;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.metrics.Metrics;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.result.RunResult;

/**
 * One run of a wired simulation, from t = 0 to its result: what a run <em>means</em> on top of the
 * kernel's events. It schedules the end of the warm-up (summary figures start there) and the
 * time-series interval boundaries, drives the kernel, and at the end closes the metrics, lets every
 * actor record its closing figures, assembles the {@link RunResult} and checks its invariants.
 *
 * <p>A headless run is {@link #run()}; the live view calls {@link #start()}, then {@link
 * #advanceTo} and {@link #step} as the clock moves, and {@link #finish()} once they return false.
 * Both see the same events in the same order, so they give the same result.
 *
 * <p>Single-threaded, like the simulation it drives.
 */
public final class SimulationRun {

    private final Simulation simulation;
    private final String scenario;
    private final Invariants invariants;
    private boolean started;
    private RunResult assembled;

    /** A run of {@code simulation} under the name {@code scenario}, checked against the standard invariants. */
    public SimulationRun(Simulation simulation, String scenario) {
        this(simulation, scenario, Invariants.standard());
    }

    public SimulationRun(Simulation simulation, String scenario, Invariants invariants) {
        this.simulation = simulation;
        this.scenario = scenario;
        this.invariants = invariants;
    }

    /** Runs a wired simulation to its end (or to a limit) and returns its checked result. */
    public static RunResult run(Simulation simulation, String scenario) {
        return new SimulationRun(simulation, scenario).run();
    }

    public Simulation simulation() {
        return simulation;
    }

    public String scenario() {
        return scenario;
    }

    /** Runs to the end (or to a limit) and returns the checked result. */
    public RunResult run() {
        start();
        simulation.advanceTo(simulation.config().endNanos());
        return finish();
    }

    /**
     * Schedules the end of the warm-up and the first interval boundary, then starts the actors.
     * Call it after everything else scheduled before t = 0 (a fault timeline), so that at equal times
     * those run first, as they always have.
     */
    public void start() {
        if (started) {
            throw new IllegalStateException("the run has already started");
        }
        started = true;
        SimulationConfig config = simulation.config();
        Metrics metrics = simulation.metrics();
        if (config.warmupNanos() > 0) {
            simulation.at(config.warmupNanos(), () -> metrics.endWarmup(simulation.now()));
        }
        scheduleIntervalEnd(0);
        simulation.start();
    }

    /** Runs every event up to {@code untilNanos}; false once the run is over (see {@link Simulation#advanceTo}). */
    public boolean advanceTo(long untilNanos) {
        return simulation.advanceTo(untilNanos);
    }

    /** Runs one event; false once the run is over (see {@link Simulation#step}). */
    public boolean step() {
        return simulation.step();
    }

    /** Whether the run is over: it reached its end or a limit stopped it. */
    public boolean over() {
        return simulation.stopReason() != null;
    }

    private void scheduleIntervalEnd(long intervalStart) {
        long end = Math.min(intervalStart + simulation.config().intervalNanos(), simulation.config().endNanos());
        simulation.at(end, () -> {
            long now = simulation.now();
            simulation.metrics().closeInterval(intervalStart, now);
            SimObserver observer = simulation.observer();
            if (observer != null) {
                observer.onInterval(intervalStart, now);
            }
            if (now < simulation.config().endNanos()) {
                scheduleIntervalEnd(now);
            }
        });
    }

    /**
     * Ends the run once it is over: closes the last (partial) interval if a limit stopped it between
     * boundaries, lets every actor record its closing figures, assembles the result and checks its
     * invariants. Calling it again returns the same result (or throws the same violation).
     *
     * @throws InvariantViolation when the result breaks an invariant: a bug, named with the scenario and seed
     */
    public RunResult finish() {
        if (assembled == null) {
            if (!over()) {
                throw new IllegalStateException("the run has not ended yet");
            }
            long now = simulation.now();
            SimulationConfig config = simulation.config();
            Metrics metrics = simulation.metrics();
            metrics.finish(now);
            simulation.finish();
            assembled = new RunResult(scenario, config.seed(), config.replication(), now, config.warmupNanos(),
                    simulation.events(), simulation.stopReason(), metrics.workloadResults(now),
                    metrics.nodeResults(now), simulation.messageCounts(), metrics.timeSeries(),
                    RunFacts.NONE, simulation.cutDurations());
        }
        return invariants.enforce(assembled);
    }
}
