package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distsim.core.facts.Objective;
import org.distsim.core.facts.ObjectiveFigure;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.facts.Topology;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.api.Test;

/** The HTML report draws every node and every workload of a run, however many there are. */
class HtmlReportCoverageTest {

    private static final Pattern SVG = Pattern.compile("<svg .*?aria-label=\"([^\"]*)\".*?</svg>", Pattern.DOTALL);
    private static final int NODES = 24;
    private static final int WORKLOADS = 12;

    /** 24 services and 12 workloads, like load-balancing's six designs of four backends, and more. */
    static RunReport wide() {
        List<Long> starts = new ArrayList<>();
        Map<String, List<Double>> columns = new LinkedHashMap<>();
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        Map<String, WorkloadResult> workloads = new LinkedHashMap<>();
        for (int w = 0; w < WORKLOADS; w++) {
            String name = "clients-" + w;
            workloads.put(name, Results.readers());
            for (String figure : List.of("p50_ms", "p95_ms", "p99_ms", "throughput_rps", "availability", "failed",
                    "unknown")) {
                columns.put("workload." + name + "." + figure, new ArrayList<>());
            }
        }
        for (int n = 0; n < NODES; n++) {
            String name = "backend-" + n;
            nodes.put(name, new NodeResult("service", Specs.values(Specs.UTILISATION, 0.5, 1.0)));
            columns.put("node." + name + ".utilisation", new ArrayList<>());
        }
        for (int i = 0; i < 30; i++) {
            starts.add(i * Results.SECOND);
            int t = i;
            columns.forEach((key, values) -> {
                boolean failures = key.endsWith(".failed") || key.endsWith(".unknown");
                values.add(failures ? (key.contains("clients-3.") && t == 10 ? 4.0 : 0.0)
                        : key.endsWith("availability") ? 1.0 : key.contains("p99") && t == 15 ? 900.0
                        : 10 + (key.length() + t) % 7);
            });
        }
        RunResult result = new RunResult("wide", 1, 0, 30 * Results.SECOND, 0, 1000, StopReason.completed(), workloads,
                nodes, new NetworkResult(1, 1, 0, Map.of(), 0),
                new TimeSeries(Results.SECOND, starts, Specs.columns(columns)));
        return RunReport.of(result.withFacts(new RunFacts("Six designs, side by side.", new Topology(List.of(), List.of()),
                List.of(), List.of(), List.of(Objective.latency("clients-0", ObjectiveFigure.P99, 60_000_000)))), "x");
    }

    /** The legend entries of every chart whose title starts with {@code title}. */
    private static Set<String> legends(String html, String title) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = SVG.matcher(html);
        while (m.find()) {
            if (m.group(1).startsWith(title)) {
                Matcher legend = Pattern.compile("<text x=\"[0-9.]+\" y=\"[0-9.]+\">([^<]*)</text>").matcher(m.group());
                while (legend.find()) {
                    names.add(legend.group(1));
                }
            }
        }
        return names;
    }

    @Test
    void nodeCharts_showEveryOneOfTwentyFourNodes_onChartsOfOneScale() {
        String html = HtmlReport.render(wide());
        Set<String> shown = legends(html, "Utilisation of the service nodes");
        for (int n = 0; n < NODES; n++) {
            assertTrue(shown.contains("backend-" + n), "backend-" + n + " is missing from the utilisation charts");
        }
        assertTrue(html.contains("Utilisation of the service nodes (3 of 3: backend-16 to backend-23)"));
    }

    @Test
    void workloadCharts_showEveryWorkload_inEachOverlay() {
        String html = HtmlReport.render(wide());
        for (String title : List.of("p99 latency by workload", "Throughput", "Availability",
                "Latency distribution")) {
            Set<String> shown = legends(html, title);
            for (int w = 0; w < WORKLOADS; w++) {
                assertTrue(shown.contains("clients-" + w), "clients-" + w + " is missing from " + title);
            }
        }
        for (int w = 0; w < WORKLOADS; w++) {
            assertTrue(html.contains("aria-label=\"Latency of clients-" + w + " (successful requests)\""));
        }
    }

    @Test
    void errorCharts_areDrawnOnlyForWorkloadsWithErrors_andTheOthersNamedInOneSentence() {
        String html = HtmlReport.render(wide());
        assertTrue(html.contains("aria-label=\"Errors of clients-3 by outcome\""));
        assertFalse(html.contains("aria-label=\"Errors of clients-0 by outcome\""));
        assertTrue(html.contains("No failed or timed-out request at any time: clients-0, clients-1, clients-2,"
                + " clients-4,"));
    }

    @Test
    void latencyCharts_shareOneScale_markTheSpikeAboveIt_andDrawTheObjective() {
        String html = HtmlReport.render(wide());
        Matcher m = SVG.matcher(html);
        Set<String> tops = new LinkedHashSet<>();
        int marked = 0;
        while (m.find()) {
            if (m.group(1).startsWith("Latency of clients-")) {
                // The label of the highest y tick, the top of the axis.
                Matcher tick = Pattern.compile("text-anchor=\"end\" fill=\"#333\">([^<]*)</text>").matcher(m.group());
                String top = null;
                while (tick.find()) {
                    top = tick.group(1);
                }
                tops.add(top);
                marked += m.group().contains(">900</text>") ? 1 : 0;
            }
        }
        assertEquals(1, tops.size(), "one y scale for every workload: " + tops);
        assertEquals(WORKLOADS, marked, "each spike above the axis is labelled with its height");
        assertTrue(html.contains("objective: p99 &lt;= 60 ms"));
        assertTrue(html.contains("<p class=\"description\">Six designs, side by side.</p>"));
        assertTrue(html.contains("All 12 designs have the same p99 latency"), "the verdict compares the designs: " + html.substring(html.indexOf("Verdict."), html.indexOf("Verdict.") + 400));
    }

    @Test
    void pack_keepsEachDesignTogether_andSplitsALongRunEvenly() {
        List<SvgChart.Series> lines = new ArrayList<>();
        Map<String, Integer> designs = new LinkedHashMap<>();
        for (int i = 0; i < 24; i++) {
            lines.add(new SvgChart.Series("n" + i, "", new double[0], new Double[0], false));
            designs.put("n" + i, i / 4);
        }
        assertEquals(List.of(8, 8, 8), ChartKit.pack(lines, designs).stream().map(List::size).toList(),
                "six designs of four: two designs a chart, none cut in half");
        assertEquals(List.of(6, 6), ChartKit.pack(lines.subList(0, 12), Map.of()).stream().map(List::size).toList());
    }
}
