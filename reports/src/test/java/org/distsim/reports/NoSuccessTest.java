package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.junit.jupiter.api.Test;

/** A stretch in which requests finished and none succeeded is marked on the latency charts, never left blank. */
class NoSuccessTest {

    /**
     * 60 one-second intervals of 100 requests: all fail from 20 s to 25 s, none finishes from 40 s
     * to 45 s (an idle stretch, not a collapse).
     */
    private static TimeSeries collapse(String workload) {
        List<Long> starts = new ArrayList<>();
        Map<String, List<Double>> columns = new LinkedHashMap<>();
        String prefix = "workload." + workload + ".";
        for (String name : List.of("ok", "failed", "unknown", "availability", "p50_ms", "p95_ms", "p99_ms")) {
            columns.put(prefix + name, new ArrayList<>());
        }
        for (int i = 0; i < 60; i++) {
            starts.add(i * Results.SECOND);
            boolean down = i >= 20 && i < 25;
            boolean idle = i >= 40 && i < 45;
            Double latency = down || idle ? null : 10.0;
            columns.get(prefix + "ok").add(down || idle ? 0.0 : 100.0);
            columns.get(prefix + "failed").add(down ? 90.0 : 0.0);
            columns.get(prefix + "unknown").add(down ? 10.0 : 0.0);
            columns.get(prefix + "availability").add(idle ? null : down ? 0.0 : 1.0);
            columns.get(prefix + "p50_ms").add(latency);
            columns.get(prefix + "p95_ms").add(latency);
            columns.get(prefix + "p99_ms").add(latency);
        }
        return new TimeSeries(Results.SECOND, starts, Specs.columns(columns));
    }

    @Test
    void aStretchIsWhereRequestsFinishedAndNoneSucceeded_notWhereNoneFinished() {
        assertEquals(List.of(new NoSuccess.Stretch(20, 25)), NoSuccess.of(collapse("web"), "web", 1));
        // In groups of two intervals, as a long run's line is drawn: a group with an ok request is no stretch.
        assertEquals(List.of(new NoSuccess.Stretch(20, 24)), NoSuccess.of(collapse("web"), "web", 2));
    }

    @Test
    void theLatencyChartsHatchTheStretchAndTheCaptionCountsWhatItsRequestsBecame() {
        RunReport rich = HtmlReportTest.richReport();
        RunResult r = rich.result();
        String workload = r.workloads().keySet().iterator().next();
        RunResult collapsed = new RunResult(r.scenario(), r.seed(), r.replication(), r.durationNanos(),
                r.warmupNanos(), r.events(), r.stop(), r.workloads(), r.nodes(), r.network(), collapse(workload),
                r.facts(), r.cutDurations());
        String html = HtmlReport.render(RunReport.of(collapsed, "./distsim run rich.yaml"));
        String latency = html.substring(html.indexOf("<h2 id=\"latency\""), html.indexOf("<h2 id=\"outcomes\""));
        assertTrue(latency.contains("class=\"no-success\""), "the stretch is hatched");
        assertTrue(latency.contains("hatched: requests finished and none succeeded (450 failed, 50 timed out)"),
                "the caption says what became of them");
        assertEquals(1, latency.split("class=\"no-success\"", -1).length - 1, "one stretch, the idle one unmarked");
    }
}
