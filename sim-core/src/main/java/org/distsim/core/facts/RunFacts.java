package org.distsim.core.facts;

import java.util.List;
import java.util.Objects;

/**
 * What a run means, beyond its numbers: the scenario's description, its topology, its fault and
 * note timeline, the windows its faults are in force and its objectives. Computed once from the loaded scenario and carried with the
 * run result, so every renderer reads the same facts instead of re-deriving them from the scenario.
 *
 * @param description  the scenario's description, empty when it has none
 * @param topology     components and links
 * @param markers      faults and notes by time (faults first at equal times); for a run cut short,
 *                     only those inside the run
 * @param windows      the stretches of time during which a fault of the timeline is in force, by
 *                     start ({@code org.distsim.core.fault.FaultWindows} pairs each fault with its
 *                     undo); a window still open at the run's end ends there
 * @param objectives   the {@code slo:} objectives in file order (latency bounds first in each entry)
 */
public record RunFacts(String description, Topology topology, List<Marker> markers, List<FaultWindow> windows,
        List<Objective> objectives) {

    /** Nothing known: a run built without a scenario (engine tests). */
    public static final RunFacts NONE = new RunFacts("", Topology.NONE, List.of(), List.of(), List.of());

    public RunFacts {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(topology, "topology");
        markers = List.copyOf(markers);
        windows = List.copyOf(windows);
        objectives = List.copyOf(objectives);
    }
}
