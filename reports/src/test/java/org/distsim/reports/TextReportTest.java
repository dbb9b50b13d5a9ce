package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ArrayList;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.figure.Role;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private static final String REPRODUCE = "./distsim run scenarios/checkout.yaml --seed 42";

    @Test
    void render_sampleRun_printsHeaderWorkloadsNodesByTypeNetworkAndReproduceLine() {
        String expected = """
                scenario   checkout
                seed       42
                simulated  600 s (warm-up 60 s, measured 540 s)
                events     123456

                workloads (issued after the warm-up; avail = ok / finished; latency of successful requests in ms)
                  workload  requests    ok  failed  unknown    avail  req/s  mean   p50   p95   p99  p99.9   max
                  readers       1002  1000       1        0  99.900%    1.9  1.90  1.00  10.0  10.0   10.0  10.0
                  writers          9     0       5        4   0.000%    0.0     -     -     -     -      -     -

                failures by reason
                  readers  rejected 1
                  writers  error 2, unavailable 3

                still in flight at the end (not counted in availability): readers 1

                nodes of type service
                  node   utilisation mean (%)  utilisation max (%)  queue mean  queue max  rejected
                  api                    87.3                100.0       3.200     12.000         1
                  api-2                  50.0                100.0           -      4.000         0

                nodes of type cache
                  node   hits  misses  hit ratio (%)
                  cache   700     300           70.0

                network: sent 1000, delivered 990, dropped 8 (loss 5, partition 3), in flight 2

                reproduce with: ./distsim run scenarios/checkout.yaml --seed 42
                """;
        assertEquals(expected, TextReport.render(Results.sample(), REPRODUCE));
    }

    @Test
    void render_workloadWithFigures_printsThemInATableAfterTheWorkloadNotes_onlyForWorkloadsThatHaveThem() {
        String text = TextReport.render(Results.sampleWithWorkloadFigures(), REPRODUCE);
        String expected = """
                still in flight at the end (not counted in availability): readers 1

                workload figures (after the warm-up; only those not zero)
                  workload  reads  stale reads  waiting users mean  waiting users max
                  readers     900           12               2.250              4.000

                nodes of type service
                """;
        assertTrue(text.contains(expected), text);
    }

    @Test
    void render_noWorkloadWithFigures_printsNoWorkloadFiguresBlock() {
        assertFalse(TextReport.render(Results.sample(), REPRODUCE).contains("workload figures"));
    }

    @Test
    void render_workloadWithNoCompletions_printsDashesForEveryLatencyFigure() {
        String text = TextReport.render(Results.sample(), REPRODUCE);
        assertTrue(text.contains(
                "  writers          9     0       5        4   0.000%    0.0     -     -     -     -      -     -\n"),
                text);
    }

    @Test
    void render_workloadWhereNoRequestFinished_printsDashForAvailability() {
        Map<String, WorkloadResult> workloads = Map.of("slow", new WorkloadResult("open-loop", 3, 0, 0, Map.of(), 0, 3, null,
                0.0, null, FigureValues.empty(), null));
        RunResult result = new RunResult("s", 1, 0, Results.SECOND, 0, 10, StopReason.completed(), workloads,
                Map.of(), Results.network(), null);
        String text = TextReport.render(result, "x");
        assertTrue(text.contains("  slow             3   0       0        0      -    0.0     -    -    -    -      -    -\n"),
                text);
        assertTrue(text.contains("still in flight at the end (not counted in availability): slow 3\n"), text);
    }

    @Test
    void render_runStoppedByALimit_printsWarningJustBeforeTheReproduceLine() {
        StopReason stop = new StopReason(StopReason.Kind.PENDING_LIMIT,
                "pending events reached the cap of 1000000 at t=12.5s");
        String text = TextReport.render(Results.sample(stop), REPRODUCE);
        assertTrue(text.endsWith("""
                network: sent 1000, delivered 990, dropped 8 (loss 5, partition 3), in flight 2

                WARNING: the run was stopped early (pending_limit): pending events reached the cap of 1000000 \
                at t=12.5s; every figure covers only the simulated time before the stop

                reproduce with: ./distsim run scenarios/checkout.yaml --seed 42
                """), text);
    }

    @Test
    void warning_completedRun_isNull() {
        assertNull(TextReport.warning(StopReason.completed()));
        assertFalse(TextReport.render(Results.sample(), REPRODUCE).contains("WARNING"));
    }

    @Test
    void render_runWithNothingInIt_saysNoneAndShowsReplication() {
        String expected = """
                scenario     idle
                seed         7
                replication  3
                simulated    1.5 s (warm-up 0 s, measured 1.5 s)
                events       0

                workloads: none

                nodes: none

                network: sent 0, delivered 0, dropped 0, in flight 0

                reproduce with: x
                """;
        assertEquals(expected, TextReport.render(Results.empty(), "x"));
    }

    @Test
    void render_latencies_roundTheExactBinaryValueHalfEvenToThreeSignificantDigits() {
        // 0.1 + 0.2 is 0.3000000000000000444..., 1e15 + 0.3 is stored as 1000000000000000.25,
        // 0.0005 as 0.00050000000000000001..., 2.0005 as 2.00050000000000016..., 1234.55 as
        // 1234.54999999999995...: never a tie, so each rounds towards its exact binary value.
        LatencySummary latency = new LatencySummary(4, 0.1 + 0.2, 1e15 + 0.3, 0.0005, 0.0015, 2.0005, 1e-9);
        String text = TextReport.render(single(latency, 0.9995, 1234.55), "x");
        assertTrue(text.contains("  w                4   4       0        0  99.950%  1234.5  0.300  1000000000000000  0.001  0.002\n"),
                text);
        assertTrue(text.contains("  w          2.00    0\n"), "2.0005 is 2.00050000000000016...: " + text);
    }

    @Test
    void render_availability_isAPercentageWithThreeDecimals() {
        String text = TextReport.render(single(null, 2 / 3.0, 0.25), "x");
        assertTrue(text.contains("66.667%"), text);
        assertTrue(text.contains("66.667%    0.2  "), "0.25 is an exact tie, which rounds to even: " + text);
    }

    @Test
    void render_isIdenticalInEveryDefaultLocale() {
        Locale original = Locale.getDefault();
        String reference = TextReport.render(Results.sample(), REPRODUCE);
        try {
            for (Locale locale : List.of(Locale.GERMANY, Locale.FRANCE, Locale.forLanguageTag("ar-EG"),
                    Locale.forLanguageTag("hi-IN-u-nu-deva"), Locale.forLanguageTag("th-TH-u-nu-thai"))) {
                Locale.setDefault(locale);
                assertEquals(reference, TextReport.render(Results.sample(), REPRODUCE), locale.toString());
            }
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void render_nodeTableWiderThanTheLimit_splitsColumnsAndRepeatsTheNodeName() {
        List<Object> items = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            items.add(FigureSpec.count("figure_number_" + i, Role.LOAD, "figure " + i, "A count made up by a test."));
            items.add((long) i);
        }
        FigureValues figures = Specs.values(items.toArray());
        RunResult result = new RunResult("wide", 1, 0, Results.SECOND, 0, 1, StopReason.completed(), Map.of(),
                Map.of("db", new NodeResult("database", figures)), Results.network(), null);
        String text = TextReport.render(result, "x");
        String expected = """
                nodes of type database
                  node  figure 1  figure 2  figure 3  figure 4  figure 5  figure 6  figure 7  figure 8  figure 9
                  db           1         2         3         4         5         6         7         8         9

                  node  figure 10  figure 11  figure 12
                  db           10         11         12
                """;
        assertTrue(text.contains(expected), text);
        text.lines().forEach(line -> assertTrue(line.length() <= TextReport.MAX_WIDTH, line));
    }

    @Test
    void render_hasNoTrailingSpacesAndOnlyNewlineLineEnds() {
        String text = TextReport.render(Results.sample(), REPRODUCE);
        assertFalse(text.contains("\r"));
        text.lines().forEach(line -> assertFalse(line.endsWith(" "), "trailing space in: '" + line + "'"));
    }

    @Test
    void render_callsToEachDependency_areRowsPerNodeAndTarget_withZeroFiguresLeftOut() {
        FigureSpec calls = FigureSpec.count("calls", Role.LOAD, "calls", "Calls made.").per(FigureSpec.Per.TARGET)
                .asHeadline();
        FigureSpec retries = FigureSpec.count("retries", Role.LOAD, "retries", "Retries made.").per(FigureSpec.Per.TARGET);
        FigureSpec hedges = FigureSpec.count("hedges", Role.LOAD, "hedges", "Hedges sent.").per(FigureSpec.Per.TARGET);
        FigureSpec failed = FigureSpec.count("failed", Role.ERRORS, "failed", "Requests failed.");
        Map<String, NodeResult> nodes = new java.util.LinkedHashMap<>();
        nodes.put("front", new NodeResult("service", Specs.values(Specs.SERVED, 10L, failed, 0L, calls, "db", 10L,
                retries, "db", 3L, hedges, "db", 0L, calls, "cache", 0L, retries, "cache", 0L, hedges, "cache", 0L)));
        for (int i = 1; i <= 8; i++) {
            nodes.put("leaf-" + i, new NodeResult("service", Specs.values(Specs.SERVED, (long) i, failed, 0L)));
        }
        RunResult result = new RunResult("chain", 1, 0, Results.SECOND, 0, 1, StopReason.completed(), Map.of(), nodes,
                Results.network(), null);
        String text = TextReport.render(result, "x");
        assertTrue(text.contains("""
                  node -> target  calls  retries
                  front -> db        10        3
                  front -> cache      0        0
                """), "a row per dependency; calls is a headline, so a target with none still shows: " + text);
        assertFalse(text.contains("hedges"), "a figure that is zero everywhere has no column: " + text);
        assertFalse(text.contains("failed"), text);
        assertTrue(text.contains("  leaf-8       8\n"), text);
        text.lines().forEach(line -> assertTrue(line.length() <= TextReport.MAX_WIDTH, line));
    }

    private static RunResult single(LatencySummary latency, Double availability, double throughput) {
        long count = latency == null ? 0 : latency.count();
        Map<String, WorkloadResult> workloads = Map.of("w", new WorkloadResult("open-loop", count, count, 0, Map.of(), 0, 0,
                availability, throughput, latency, FigureValues.empty(), null));
        return new RunResult("s", 1, 0, Results.SECOND, 0, 10, StopReason.completed(), workloads, Map.of(),
                Results.network(), null);
    }
}
