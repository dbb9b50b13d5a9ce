package org.distsim.ui.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.check.InvariantViolation;
import org.distsim.core.check.Invariants;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.inject.FaultInjector;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.SimObserver;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadFigures;
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
    /**
     * Hand-made faults of an earlier pass over this branch, not applied yet, in time order: a
     * rewound run applies each at the time it was first applied (see {@link #plan}).
     */
    private final ArrayDeque<ScheduledFault> planned = new ArrayDeque<>();
    /** One point per closed interval; rebuilt when an interval closes, since late outcomes revise earlier points. */
    private List<ChartPoint> chart = List.of();
    private final Map<String, List<Reading>> figures = new LinkedHashMap<>();
    private final String primaryWorkload;
    private final long end;
    private int intervalsSeen;
    private int intervalsClosed;
    private long clock;
    private boolean over;
    /** The scenario's facts for this run, which the end card's objectives and verdict need. */
    private final RunFacts facts;
    /** Built once, when the run is over; null before, or when the result broke an invariant. */
    private EndCard endCard;
    private boolean endCardTried;
    /** The lesson chart's figure, chosen before the run ({@link LessonPlan}); null draws no lesson chart. */
    private LessonPlan lessonPlan;

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
        this.facts = ScenarioRunner.facts(scenario, options);
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
        scenario.nodes().keySet().forEach(name -> figures.put(name, List.of()));
        scenario.workloads().keySet().forEach(name -> figures.put(name, List.of()));
        run.start();
    }

    /**
     * Draws {@code plan}'s lesson figure on the chart from now on, over every interval closed so far
     * too: the plan of a long scenario may arrive after the run has started. The plan never changes
     * once set; a rewound or restarted run is handed the same one.
     */
    public void teach(LessonPlan plan) {
        if (plan != lessonPlan) {
            lessonPlan = plan;
            // Every point is read again at the next snapshot, now with the lesson figure.
            intervalsSeen = -1;
        }
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

    /** Runs every event up to {@code untilNanos}, applying planned faults on the way; false once the run is over. */
    public boolean advanceTo(long untilNanos) {
        if (over) {
            return false;
        }
        while (!planned.isEmpty() && planned.peekFirst().atNanos() <= untilNanos) {
            if (!applyPlanned()) {
                return false;
            }
        }
        boolean more = run.advanceTo(untilNanos);
        clock = Math.max(clock, Math.min(untilNanos, end));
        return settle(more);
    }

    /** Runs the next event (a planned fault first when it is due no later); false once the run is over. */
    public boolean step() {
        if (over) {
            return false;
        }
        if (!planned.isEmpty() && planned.peekFirst().atNanos() <= simulation.nextEventTime() && !applyPlanned()) {
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
     * <p>A fault made by hand takes the run another way: planned faults not applied yet are
     * forgotten (see {@link #plan}).
     *
     * @return the simulated time the fault is applied at
     * @throws IllegalStateException when the run is over (a fault at or after the end never happens)
     */
    public long inject(Fault fault) {
        long at = Math.max(clock, simulation.now()) + 1;
        if (over || at >= end) {
            throw new IllegalStateException("the run is over; restart it to inject faults");
        }
        planned.clear();
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

    /**
     * Plans hand-made faults recorded by an earlier pass over the same branch, each to be applied
     * at its recorded time as the run gets there. Replaying is exact: when the first pass injected a
     * fault at {@code T} every event before {@code T} had run and none at {@code T} was pending
     * ({@link #inject}), and a deterministic replay is in the same state after {@code T - 1}, so
     * scheduling it then gives it the same place among the events.
     *
     * @param faults faults in time order, none before what has been simulated already
     */
    public void plan(List<ScheduledFault> faults) {
        long last = Math.max(clock, simulation.now());
        for (ScheduledFault fault : faults) {
            if (fault.atNanos() <= last || fault.atNanos() >= end) {
                throw new IllegalArgumentException("a planned fault at " + fault.atNanos() + " ns is outside ("
                        + last + ", " + end + ") ns: " + fault.fault().describe());
            }
            last = fault.atNanos();
            planned.addLast(fault);
        }
    }

    /** The planned faults not applied yet, in time order. */
    public List<ScheduledFault> planned() {
        return List.copyOf(planned);
    }

    /** Forgets the planned faults: the run goes another way from here (a fork). */
    public void dropPlanned() {
        planned.clear();
    }

    /** Advances to just before the first planned fault and schedules it at its time; false once the run is over. */
    private boolean applyPlanned() {
        ScheduledFault next = planned.pollFirst();
        long at = next.atNanos();
        if (!settle(run.advanceTo(at - 1))) {
            return false;
        }
        if (simulation.pendingEvents() > 0 && simulation.nextEventTime() == at) {
            // The first pass chose a time with no event pending; only a non-deterministic run gets here.
            throw new IllegalStateException("the replay diverged: an event is pending at " + at + " ns, where "
                    + next.fault().describe() + " was applied");
        }
        clock = Math.max(clock, at - 1);
        simulation.at(at, () -> injector.apply(next.fault()));
        recorded.add(next);
        return true;
    }

    /** The faults injected by hand so far, in the order (and so at the times) they were applied. */
    public List<ScheduledFault> recorded() {
        return List.copyOf(recorded);
    }

    /**
     * The run's result, with the scenario's facts (topology, markers, objectives) as a headless run
     * has them; only once it is over. The same as the headless run's for the same faults.
     *
     * @throws org.distsim.core.check.InvariantViolation when the result breaks an invariant (a bug),
     *     every time it is asked for
     */
    public RunResult result() {
        if (!over) {
            throw new IllegalStateException("the run is not over yet");
        }
        return run.finish().withFacts(facts);
    }

    /** An immutable picture of the run now, for the view. */
    public Snapshot snapshot(int run, Mode mode, double speed, String message) {
        return snapshot(run, mode, speed, null, message);
    }

    /** The same, with the speed achieved (simulated seconds per wall second), or null when unknown. */
    public Snapshot snapshot(int run, Mode mode, double speed, Double achieved, String message) {
        readClosedIntervals();
        // Every actor in spawn order: the scenario's nodes (a group's members after their front),
        // then its workloads.
        List<NodeState> nodes = new ArrayList<>();
        for (ActorRef ref : simulation.actors()) {
            nodes.add(state(ref));
        }
        return new Snapshot(run, clock, end, simulation.events(), over ? Mode.FINISHED : mode, speed, achieved,
                List.copyOf(nodes), partitions.active(), tap.recent(), tap.sent(), chart, tap.faults(),
                List.copyOf(recorded), message == null ? "" : message, endCard());
    }

    /** The end-of-run card once the run is over; null before, and for a result that broke an invariant. */
    private EndCard endCard() {
        if (over && !endCardTried) {
            endCardTried = true;
            try {
                endCard = EndCard.of(result());
            } catch (InvariantViolation e) {
                // The driver reports the violation in the status line; there are no numbers to trust.
                endCard = null;
            }
        }
        return endCard;
    }

    private NodeState state(ActorRef ref) {
        ComponentSpec spec = scenario.workloads().get(ref.name());
        return new NodeState(ref.name(), ref.type(), spec != null && spec.kind() == Kind.WORKLOAD, simulation.isUp(ref),
                injector.speeds().slowdown(ref), figures.getOrDefault(ref.name(), List.of()));
    }

    /**
     * Reads the time series when an interval closed since the last call: every chart point (an
     * outcome counts in the interval its request was due in, so one that came late revises an
     * earlier point) and each component's figures of the last interval. Only when one closed:
     * copying the series is linear in its length.
     */
    private void readClosedIntervals() {
        if (intervalsClosed == intervalsSeen) {
            return;
        }
        TimeSeries series = simulation.metrics().timeSeries();
        int points = series.startNanos().size();
        List<ChartPoint> rebuilt = new ArrayList<>(points);
        LessonSeries lesson = lessonPlan == null ? null : new LessonSeries(lessonPlan, series);
        for (int i = 0; i < points; i++) {
            long start = series.startNanos().get(i);
            long stop = i + 1 < points ? series.startNanos().get(i + 1) : Math.min(start + series.intervalNanos(), end);
            rebuilt.add(point(series, i, stop, lesson));
        }
        chart = Collections.unmodifiableList(rebuilt);
        Map<String, List<Reading>> latest = new LinkedHashMap<>();
        for (TimeSeries.Column column : series.columns()) {
            if (!column.values().isEmpty()) {
                latest.computeIfAbsent(column.owner(), c -> new ArrayList<>()).add(new Reading(column.spec(),
                        column.qualifier(), column.values().get(column.values().size() - 1)));
            }
        }
        latest.forEach((component, readings) -> figures.put(component, List.copyOf(readings)));
        intervalsSeen = points;
        intervalsClosed = points;
    }

    private ChartPoint point(TimeSeries series, int i, long stopNanos, LessonSeries lesson) {
        double ok = 0;
        double failed = 0;
        double unknown = 0;
        long start = series.startNanos().get(i);
        double seconds = Math.max(1e-9, (stopNanos - start) / 1e9);
        List<WorkloadPoint> workloads = new ArrayList<>();
        for (String workload : scenario.workloads().keySet()) {
            int design = workloads.size();
            double itsOk = value(series, workload, WorkloadFigures.OK, i, 0.0);
            double itsFinished = itsOk + value(series, workload, WorkloadFigures.FAILED, i, 0.0)
                    + value(series, workload, WorkloadFigures.UNKNOWN, i, 0.0);
            workloads.add(new WorkloadPoint(value(series, workload, WorkloadFigures.P99_MS, i, null),
                    itsFinished == 0 ? null : itsOk / itsFinished, itsFinished, itsOk / seconds,
                    lesson == null ? null : lesson.value(design, i, seconds)));
            ok += itsOk;
            failed += value(series, workload, WorkloadFigures.FAILED, i, 0.0);
            unknown += value(series, workload, WorkloadFigures.UNKNOWN, i, 0.0);
        }
        double finished = ok + failed + unknown;
        return new ChartPoint(stopNanos, value(series, primaryWorkload, WorkloadFigures.P50_MS, i, null),
                value(series, primaryWorkload, WorkloadFigures.P95_MS, i, null),
                value(series, primaryWorkload, WorkloadFigures.P99_MS, i, null), ok / seconds, failed / seconds,
                unknown / seconds, finished == 0 ? null : ok / finished, workloads,
                lesson == null ? null : lesson.title(), lesson == null ? LessonScale.LINEAR : lesson.scale());
    }

    /** A built-in column of a workload at one interval. */
    private static Double value(TimeSeries series, String workload, FigureSpec figure, int index, Double absent) {
        List<Double> values = series.values(TimeSeries.Scope.WORKLOAD.prefix() + workload + "." + figure.name());
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
