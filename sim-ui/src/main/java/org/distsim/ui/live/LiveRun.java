package org.distsim.ui.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.check.Invariants;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.inject.FaultInjector;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.SimObserver;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.run.SimulationRun;
import org.distsim.models.format.Kind;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ComponentSpec;
import org.distsim.models.scenario.Scenario;

/**
 * One run of a scenario that a caller advances piece by piece, with faults injected by hand. It
 * drives the same {@link SimulationRun} a headless run does, with the same injector, so the two
 * give the same result. Single-threaded: it belongs to the simulation thread ({@link SimDriver}),
 * or to a test.
 *
 * <p>The clock the view shows ({@link #clock()}) is the horizon the run has been advanced to; the
 * simulation's own clock is the time of the last event, which is at or before it.
 */
public final class LiveRun {

    private final Scenario scenario;
    private final long seed;
    private final SimulationRun run;
    private final Simulation simulation;
    private final FaultInjector injector;
    private final TrafficTap tap = new TrafficTap();
    private final PartitionTracker partitions = new PartitionTracker();
    private final List<ScheduledFault> recorded = new ArrayList<>();
    private final History<ChartPoint> chart = new History<>();
    private final Map<String, Map<String, Double>> figures = new LinkedHashMap<>();
    private final String primaryWorkload;
    private final long end;
    private int intervalsSeen;
    private int intervalsClosed;
    private long clock;
    private boolean over;

    /** Builds and starts the run at t = 0; {@code seed} replaces the scenario's when not null. */
    public LiveRun(Scenario scenario, Long seed) {
        this(scenario, seed, Invariants.standard());
    }

    /** The same, with the result checked against {@code invariants}. */
    LiveRun(Scenario scenario, Long seed, Invariants invariants) {
        this.scenario = scenario;
        SimObserver watcher = new SimObserver() {
            @Override
            public void onInterval(long startNanos, long endNanos) {
                intervalsClosed++;
            }
        };
        RunOptions options = new RunOptions(seed, null, 0, tap);
        ScenarioRunner.Wiring wiring = ScenarioRunner.wire(scenario, options, invariants);
        this.run = wiring.run();
        this.simulation = wiring.simulation();
        // The injector of the scenario's own timeline, so hand-made faults are applied identically.
        this.injector = wiring.faults();
        simulation.addObserver(partitions);
        simulation.addObserver(watcher);
        this.seed = simulation.config().seed();
        this.end = simulation.config().endNanos();
        this.primaryWorkload = scenario.workloads().keySet().iterator().next();
        scenario.nodes().keySet().forEach(name -> figures.put(name, Map.of()));
        scenario.workloads().keySet().forEach(name -> figures.put(name, Map.of()));
        run.start();
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The seed in force: the override, or the scenario's. */
    public long seed() {
        return seed;
    }

    public long clock() {
        return clock;
    }

    public long end() {
        return end;
    }

    /** True once the run reached its end or a limit stopped it. */
    public boolean over() {
        return over;
    }

    /** Runs every event up to {@code untilNanos}; false once the run is over. */
    public boolean advanceTo(long untilNanos) {
        if (over) {
            return false;
        }
        boolean more = run.advanceTo(untilNanos);
        clock = Math.max(clock, Math.min(untilNanos, end));
        return settle(more);
    }

    /** Runs the next event; false once the run is over. */
    public boolean step() {
        if (over) {
            return false;
        }
        boolean more = run.step();
        clock = Math.max(clock, simulation.now());
        return settle(more);
    }

    private boolean settle(boolean more) {
        if (!more) {
            over = true;
            clock = simulation.now();
        }
        return more;
    }

    /**
     * Applies a fault at the next event boundary and records it. The time {@code T} is the first
     * nanosecond after everything already simulated at which no event is pending: the fault then
     * runs after every event before {@code T} and before every event at or after it, which is where
     * the same fault at {@code T} in a {@code faults:} timeline runs (scheduled before the run, it
     * precedes every other event of its time).
     *
     * @return the simulated time the fault is applied at
     * @throws IllegalStateException when the run is over (a fault at or after the end never happens)
     */
    public long inject(Fault fault) {
        long at = Math.max(clock, simulation.now()) + 1;
        if (over || at >= end) {
            throw new IllegalStateException("the run is over; restart it to inject faults");
        }
        if (!settle(run.advanceTo(at - 1))) {
            throw new IllegalStateException("the run stopped: " + simulation.stopReason().message());
        }
        while (simulation.pendingEvents() > 0 && simulation.nextEventTime() == at) {
            if (!settle(run.advanceTo(at)) || at + 1 >= end) {
                throw new IllegalStateException("the run is over; restart it to inject faults");
            }
            at++;
        }
        clock = Math.max(clock, at - 1);
        simulation.at(at, () -> injector.apply(fault));
        recorded.add(new ScheduledFault(at, fault));
        return at;
    }

    /** The faults injected by hand so far, in the order (and so at the times) they were applied. */
    public List<ScheduledFault> recorded() {
        return List.copyOf(recorded);
    }

    /**
     * The run's result; only once it is over. The same as the headless run's for the same faults.
     *
     * @throws org.distsim.core.check.InvariantViolation when the result breaks an invariant (a bug),
     *     every time it is asked for
     */
    public RunResult result() {
        if (!over) {
            throw new IllegalStateException("the run is not over yet");
        }
        return run.finish();
    }

    /** An immutable picture of the run now, for the view. */
    public Snapshot snapshot(int run, Mode mode, double speed, String message) {
        readClosedIntervals();
        // Every actor in spawn order: the scenario's nodes (a group's members after their front),
        // then its workloads.
        List<NodeState> nodes = new ArrayList<>();
        for (ActorRef ref : simulation.actors()) {
            nodes.add(state(ref));
        }
        return new Snapshot(run, clock, end, simulation.events(), over ? Mode.FINISHED : mode, speed,
                List.copyOf(nodes), partitions.active(), tap.recent(), tap.sent(), chart.view(), tap.faults(),
                List.copyOf(recorded), message == null ? "" : message);
    }

    private NodeState state(ActorRef ref) {
        ComponentSpec spec = scenario.workloads().get(ref.name());
        return new NodeState(ref.name(), ref.type(), spec != null && spec.kind() == Kind.WORKLOAD, simulation.isUp(ref),
                injector.speeds().slowdown(ref), figures.getOrDefault(ref.name(), Map.of()));
    }

    /**
     * Reads the intervals closed since the last call from the metrics' time series. Only when one
     * closed: copying the series is linear in its length.
     */
    private void readClosedIntervals() {
        if (intervalsClosed == intervalsSeen) {
            return;
        }
        TimeSeries series = simulation.metrics().timeSeries();
        int points = series.startNanos().size();
        Map<String, Map<String, Double>> latest = new LinkedHashMap<>();
        for (int i = intervalsSeen; i < points; i++) {
            long start = series.startNanos().get(i);
            long stop = i + 1 < points ? series.startNanos().get(i + 1) : Math.min(start + series.intervalNanos(), end);
            chart.add(point(series, i, stop));
        }
        series.columns().forEach((column, values) -> {
            int dot = column.indexOf('.');
            int second = column.indexOf('.', dot + 1);
            if (dot > 0 && second > dot && !values.isEmpty()) {
                String component = column.substring(dot + 1, second);
                latest.computeIfAbsent(component, c -> new LinkedHashMap<>())
                        .put(column.substring(second + 1), values.get(values.size() - 1));
            }
        });
        latest.forEach((component, values) -> figures.put(component, Collections.unmodifiableMap(values)));
        intervalsSeen = points;
        intervalsClosed = points;
    }

    private ChartPoint point(TimeSeries series, int i, long stopNanos) {
        double ok = 0;
        double failed = 0;
        double unknown = 0;
        for (String workload : scenario.workloads().keySet()) {
            ok += value(series, "workload." + workload + ".ok", i, 0.0);
            failed += value(series, "workload." + workload + ".failed", i, 0.0);
            unknown += value(series, "workload." + workload + ".unknown", i, 0.0);
        }
        long start = series.startNanos().get(i);
        double seconds = Math.max(1e-9, (stopNanos - start) / 1e9);
        double finished = ok + failed + unknown;
        String prefix = "workload." + primaryWorkload + ".";
        return new ChartPoint(stopNanos, value(series, prefix + "p50_ms", i, null), value(series, prefix + "p95_ms", i, null),
                value(series, prefix + "p99_ms", i, null), ok / seconds, failed / seconds, unknown / seconds,
                finished == 0 ? null : ok / finished);
    }

    private static Double value(TimeSeries series, String column, int index, Double absent) {
        List<Double> values = series.columns().get(column);
        if (values == null || index >= values.size() || values.get(index) == null) {
            return absent;
        }
        return values.get(index);
    }

    /** The name of the workload whose latency the charts show. */
    public String primaryWorkload() {
        return primaryWorkload;
    }
}
