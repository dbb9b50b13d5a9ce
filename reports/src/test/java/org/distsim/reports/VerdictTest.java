package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.distsim.core.facts.Objective;
import org.distsim.core.facts.ObjectiveFigure;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.facts.Topology;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.api.Test;

/** The verdict at the top of the report ranks designs on latency only among those that do not fail. */
class VerdictTest {

    private static final long MILLI = 1_000_000L;

    /** A design answering {@code ok} of 1,000 requests, every success taking {@code millis}. */
    private static WorkloadResult design(long ok, long millis) {
        Histogram h = new Histogram(1, 3_600_000 * MILLI, 3);
        h.recordValueWithCount(millis * MILLI, Math.max(1, ok));
        return new WorkloadResult("open-loop", 1_000, ok, 1_000 - ok, Map.of("rejected", 1_000 - ok), 0, 0,
                ok / 1_000.0, ok / 10.0, LatencySummary.of(h), FigureValues.empty(), h);
    }

    private static List<String> verdict(Map<String, WorkloadResult> designs, List<Objective> objectives) {
        RunResult result = new RunResult("designs", 1, 0, 10_000 * MILLI, 0, 100, StopReason.completed(), designs,
                Map.of(), new NetworkResult(1, 1, 0, Map.of(), 0), new TimeSeries(1_000 * MILLI, List.of(), List.of()));
        RunFacts facts = new RunFacts("", Topology.NONE, List.of(), List.of(), objectives);
        return Verdict.lines(RunReport.of(result.withFacts(facts), "x"));
    }

    @Test
    void aDesignThatFailsFastIsNamedFailingNotBestOnLatency() {
        Map<String, WorkloadResult> designs = new LinkedHashMap<>();
        designs.put("careful", design(1_000, 40));
        designs.put("steady", design(995, 60));
        designs.put("refuses", design(600, 2));
        List<String> lines = verdict(designs, List.of());
        assertEquals("Best p99 latency of successful requests, among designs that answer at least 99% of requests:"
                + " careful (40 ms); worst: steady (60 ms).", lines.get(0));
        assertEquals("Failing, so not ranked on latency (their p99 counts only the requests that succeeded):"
                + " refuses (60% available, below 99%).", lines.get(1));
    }

    @Test
    void anAvailabilityObjectiveSetsTheBarForItsDesign() {
        Map<String, WorkloadResult> designs = new LinkedHashMap<>();
        designs.put("a", design(1_000, 40));
        designs.put("b", design(985, 10));
        List<String> lines = verdict(designs, List.of(new Objective("b", ObjectiveFigure.AVAILABILITY, 0.98)));
        assertEquals("Best p99 latency of successful requests, among designs that keep their availability objective"
                + " (99% where none is set): b (10 ms); worst: a (40 ms).", lines.get(1));
        List<String> strict = verdict(designs, List.of(new Objective("b", ObjectiveFigure.AVAILABILITY, 0.999)));
        assertEquals("Only a is among designs that keep their availability objective (99% where none is set); its"
                + " p99 latency of successful requests is 40 ms.", strict.get(1));
    }

    @Test
    void tiedRankedDesignsAreNamedNotCalledEveryWorkload() {
        Map<String, WorkloadResult> designs = new LinkedHashMap<>();
        designs.put("bulkhead", design(1_000, 12));
        designs.put("breaker", design(1_000, 12));
        designs.put("none", design(800, 12));
        List<String> lines = verdict(designs, List.of());
        assertEquals("bulkhead and breaker have the same p99 latency of successful requests, among designs that"
                + " answer at least 99% of requests (12 ms).", lines.get(0));
    }
}
