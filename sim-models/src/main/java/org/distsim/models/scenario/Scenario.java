package org.distsim.models.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.distsim.core.fault.ScheduledFault;

/**
 * A validated scenario, ready to be wired into a simulation. Immutable; maps keep the order in
 * which the file declares their entries, so everything derived from a scenario is deterministic.
 * Build one with {@link ScenarioLoader}.
 *
 * @param name            the scenario's name, shown in reports
 * @param description     free text, empty when not given
 * @param seed            master seed of every random stream
 * @param durationNanos   simulated time the run lasts, &gt; 0
 * @param warmupNanos     summary figures ignore everything before this time, in [0, duration)
 * @param intervalNanos   length of one time-series interval, &gt; 0
 * @param network         latency and loss of the network
 * @param nodes           nodes by name, in declaration order
 * @param workloads       workloads by name, in declaration order
 * @param faults          the fault timeline, sorted by time (stable: equal times keep file order)
 * @param notes           captions for the live view, sorted by time (stable)
 * @param source          where the scenario came from: the file name as given, or the caller's label
 * @param slos            the service-level objectives of {@code slo:}, in file order; empty when none
 * @param sweep           the parameters {@code distsim sweep} varies, in file order; empty when none
 * @param layout          places for the diagram's boxes from {@code layout:}, by name in file order;
 *                        empty when none (the diagrams use it, no figure depends on it)
 * @param warnings        what the loader warned about: valid, but probably not meant, in file order
 * @param zoning          the zones of the actors and the network's link rules; {@link Zoning#NONE}
 *                        when the scenario has neither
 * @param demand          the events and memory a run will need, estimated per simulated second
 *                        ({@link Demand}), with the knobs that make them
 */
public record Scenario(
        String name,
        String description,
        long seed,
        long durationNanos,
        long warmupNanos,
        long intervalNanos,
        NetworkSpec network,
        Map<String, ComponentSpec> nodes,
        Map<String, ComponentSpec> workloads,
        List<ScheduledFault> faults,
        List<Note> notes,
        String source,
        List<Slo> slos,
        List<SweepParameter> sweep,
        Map<String, Placement> layout,
        List<Problem> warnings,
        Zoning zoning,
        Demand demand) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(source, "source");
        if (durationNanos <= 0 || warmupNanos < 0 || warmupNanos >= durationNanos || intervalNanos <= 0) {
            throw new IllegalArgumentException("need 0 <= warmup < duration and interval > 0, got duration "
                    + durationNanos + " ns, warm-up " + warmupNanos + " ns, interval " + intervalNanos + " ns");
        }
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        workloads = Collections.unmodifiableMap(new LinkedHashMap<>(workloads));
        faults = List.copyOf(faults);
        notes = List.copyOf(notes);
        slos = List.copyOf(slos);
        sweep = sweep == null ? List.of() : List.copyOf(sweep);
        layout = layout == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(layout));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        zoning = zoning == null ? Zoning.NONE : zoning;
        demand = demand == null ? Demand.NONE : demand;
    }

    /** The same scenario with its demand estimated. */
    Scenario withDemand(Demand estimated) {
        return new Scenario(name, description, seed, durationNanos, warmupNanos, intervalNanos, network, nodes,
                workloads, faults, notes, source, slos, sweep, layout, warnings, zoning, estimated);
    }

    /** A scenario without zones or link rules, its demand not estimated. */
    public Scenario(String name, String description, long seed, long durationNanos, long warmupNanos,
            long intervalNanos, NetworkSpec network, Map<String, ComponentSpec> nodes,
            Map<String, ComponentSpec> workloads, List<ScheduledFault> faults, List<Note> notes, String source,
            List<Slo> slos, List<SweepParameter> sweep, Map<String, Placement> layout, List<Problem> warnings) {
        this(name, description, seed, durationNanos, warmupNanos, intervalNanos, network, nodes, workloads, faults,
                notes, source, slos, sweep, layout, warnings, Zoning.NONE, Demand.NONE);
    }

    /** A scenario about which the loader had nothing to warn. */
    public Scenario(String name, String description, long seed, long durationNanos, long warmupNanos,
            long intervalNanos, NetworkSpec network, Map<String, ComponentSpec> nodes,
            Map<String, ComponentSpec> workloads, List<ScheduledFault> faults, List<Note> notes, String source,
            List<Slo> slos, List<SweepParameter> sweep, Map<String, Placement> layout) {
        this(name, description, seed, durationNanos, warmupNanos, intervalNanos, network, nodes, workloads, faults,
                notes, source, slos, sweep, layout, List.of());
    }

    /** A scenario without a {@code layout:} section. */
    public Scenario(String name, String description, long seed, long durationNanos, long warmupNanos,
            long intervalNanos, NetworkSpec network, Map<String, ComponentSpec> nodes,
            Map<String, ComponentSpec> workloads, List<ScheduledFault> faults, List<Note> notes, String source,
            List<Slo> slos, List<SweepParameter> sweep) {
        this(name, description, seed, durationNanos, warmupNanos, intervalNanos, network, nodes, workloads, faults,
                notes, source, slos, sweep, Map.of());
    }
}
