package org.distsim.reports;

import java.util.List;
import java.util.Objects;
import org.distsim.core.facts.Marker;
import org.distsim.core.facts.MarkerKind;
import org.distsim.core.facts.Topology;
import org.distsim.core.result.RunResult;

/**
 * Everything a report of one run shows: the result (with its facts: topology, fault and note
 * markers, objectives), the command that reproduces it, its service-level objectives checked and
 * what {@link Stability} found. Build it with {@link #of(RunResult, String)} so the checks are made
 * once, in one place.
 *
 * @param result            the run
 * @param reproduceCommand  the shell command that reruns it exactly
 * @param slos              each objective of the run's facts, checked; empty when it has none
 * @param findings          durations beyond the run's end, overload and warm-up warnings; empty when there is nothing to say
 */
public record RunReport(RunResult result, String reproduceCommand, List<SloOutcome> slos, List<Finding> findings) {

    public RunReport {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reproduceCommand, "reproduceCommand");
        slos = List.copyOf(slos);
        findings = List.copyOf(findings);
    }

    /** The report of a run: its objectives checked against it, its time series analysed. */
    public static RunReport of(RunResult result, String reproduceCommand) {
        long firstFault = result.facts().markers().stream().filter(m -> m.kind() == MarkerKind.FAULT)
                .mapToLong(Marker::atNanos).min().orElse(Long.MAX_VALUE);
        List<Finding> findings = new java.util.ArrayList<>(HorizonFinding.of(result));
        findings.addAll(Stability.analyse(result, firstFault));
        return new RunReport(result, reproduceCommand, SloCheck.evaluate(result, result.facts().objectives()), findings);
    }

    /** The fault and note markers of the run, by time. */
    public List<Marker> markers() {
        return result.facts().markers();
    }

    /** The run's components and their links. */
    public Topology topology() {
        return result.facts().topology();
    }

    /**
     * The verdict the HTML report opens with, as sentences: which objectives hold and, with
     * several designs, which does best and worst (p99 ranked only among designs that do not fail).
     */
    public List<String> verdict() {
        return Verdict.lines(this);
    }

    /** One line per workload with its headline numbers: {@code clients-rr: 100% available, p99 73.7 ms, 1078 ok/s}. */
    public List<String> headlines() {
        List<String> lines = new java.util.ArrayList<>();
        result.workloads().forEach((name, w) -> {
            Double p99 = w.latency() == null ? null : w.latency().p99();
            lines.add(name + ": " + (w.availability() == null ? "no request finished"
                    : Decimals.against(w.availability(), 1, 2) + "% available")
                    + (p99 == null ? ", no successful request" : ", p99 " + Decimals.sensible(p99) + " ms")
                    + ", " + Decimals.sensible(w.throughputRps()) + " ok/s");
        });
        return lines;
    }

    /**
     * {@link #headlines()} with the verdict in a few words at the end of each design's line
     * ({@code · best p99}, {@code · failing (below 99%)}), for a card that must fit a projector
     * where the verdict's sentences would not.
     */
    public List<String> judgedHeadlines() {
        List<String> lines = headlines();
        List<String> tags = List.copyOf(Verdict.tags(this).values());
        List<String> judged = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            judged.add(tags.get(i).isEmpty() ? lines.get(i) : lines.get(i) + " · " + tags.get(i));
        }
        return judged;
    }

    /** True when every objective held (or there is none). */
    public boolean slosHeld() {
        return SloCheck.allHeld(slos);
    }
}
