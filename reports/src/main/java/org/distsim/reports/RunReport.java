package org.distsim.reports;

import java.util.List;
import java.util.Objects;
import org.distsim.core.result.RunResult;

/**
 * Everything a report of one run shows: the result, the command that reproduces it, its
 * service-level objectives checked, what {@link Stability} found, and, from the scenario, the
 * fault and note timeline and the topology (for the HTML report). Build it with
 * {@link #of(RunResult, String, List, List, Topology)} so the checks are made once, in one place.
 *
 * @param result            the run
 * @param reproduceCommand  the shell command that reruns it exactly
 * @param slos              each objective of the scenario, checked; empty when it has none
 * @param findings          overload and warm-up warnings; empty when there is nothing to say
 * @param markers           faults and notes, by time
 * @param topology          nodes, workloads and their references
 */
public record RunReport(RunResult result, String reproduceCommand, List<SloOutcome> slos, List<Finding> findings,
        List<Marker> markers, Topology topology) {

    public RunReport {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reproduceCommand, "reproduceCommand");
        slos = List.copyOf(slos);
        findings = List.copyOf(findings);
        markers = List.copyOf(markers);
        Objects.requireNonNull(topology, "topology");
    }

    /** The report of a run: objectives checked against it, its time series analysed. */
    public static RunReport of(RunResult result, String reproduceCommand, List<Objective> objectives,
            List<Marker> markers, Topology topology) {
        long firstFault = markers.stream().filter(m -> Marker.FAULT.equals(m.kind())).mapToLong(Marker::atNanos)
                .min().orElse(Long.MAX_VALUE);
        return new RunReport(result, reproduceCommand, SloCheck.evaluate(result, objectives),
                Stability.analyse(result, firstFault), markers, topology);
    }

    /** The report of a run without a scenario at hand: no objectives, markers or topology. */
    public static RunReport of(RunResult result, String reproduceCommand) {
        return of(result, reproduceCommand, List.of(), List.of(), Topology.NONE);
    }

    /** True when every objective held (or there is none). */
    public boolean slosHeld() {
        return SloCheck.allHeld(slos);
    }
}
