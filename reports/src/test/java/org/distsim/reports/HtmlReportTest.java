package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.distsim.core.facts.Component.ComponentRole;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Layer;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.FaultWindow;
import org.distsim.core.facts.Marker;
import org.distsim.core.facts.MarkerKind;
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

class HtmlReportTest {

    private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);

    /** A 60 s run with a crash at 20 s and a note at 10 s, a cache and a service, 1 s intervals. */
    static RunReport richReport() {
        List<Long> starts = new ArrayList<>();
        Map<String, List<Double>> columns = new LinkedHashMap<>();
        String[] names = {"workload.web <&>.throughput_rps", "workload.web <&>.ok", "workload.web <&>.failed",
            "workload.web <&>.unknown", "workload.web <&>.availability", "workload.web <&>.p50_ms",
            "workload.web <&>.p95_ms", "workload.web <&>.p99_ms", "node.api.utilisation", "node.api.queue",
            "node.cache.hits", "node.cache.misses", "node.cache.hit_ratio"};
        for (String name : names) {
            columns.put(name, new ArrayList<>());
        }
        for (int i = 0; i < 60; i++) {
            starts.add(i * Results.SECOND);
            boolean down = i >= 20 && i < 25;
            double[] row = {100, down ? 50 : 100, 0, down ? 50 : 0, down ? 0.5 : 1, 1 + i % 3, 5 + i % 7,
                9 + i % 11, 0.5, down ? 12 : 1, 70, 30, 0.7};
            for (int c = 0; c < names.length; c++) {
                columns.get(names[c]).add(row[c]);
            }
        }
        columns.get("workload.web <&>.p99_ms").set(22, null);
        var api = Specs.values(Specs.UTILISATION, 0.5, 1.0, Specs.QUEUE, 1.5, 12.0);
        var cache = Specs.values(Specs.HITS, 4200L, Specs.MISSES, 1800L, Specs.HIT_RATIO, 0.7);
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        nodes.put("api", new NodeResult("service", api));
        nodes.put("cache", new NodeResult("cache", cache));
        Map<String, WorkloadResult> workloads = new LinkedHashMap<>();
        workloads.put("web <&>", Results.readers());
        RunResult result = new RunResult("rich \"demo\"", 3, 0, 60 * Results.SECOND, 5 * Results.SECOND, 1000,
                StopReason.completed(), workloads, nodes, new NetworkResult(1, 1, 0, Map.of(), 0),
                new TimeSeries(Results.SECOND, starts, Specs.columns(columns)));
        Topology topology = new Topology(
                List.of(new Component("web <&>", "open-loop", ComponentRole.WORKLOAD, Layer.CLIENTS, null, "", List.of()),
                        new Component("api", "service", ComponentRole.NODE, Layer.SERVICES, null, "", List.of()),
                        new Component("cache", "cache", ComponentRole.NODE, Layer.CACHES, null, "", List.of())),
                List.of(new Link("web <&>", "api", Link.Kind.REQUEST, "target"),
                        new Link("api", "cache", Link.Kind.REQUEST, "dependencies")));
        List<Marker> markers = List.of(new Marker(10 * Results.SECOND, MarkerKind.NOTE, "watch <this>"),
                new Marker(20 * Results.SECOND, MarkerKind.FAULT, "crash api"),
                new Marker(25 * Results.SECOND, MarkerKind.FAULT, "restart api"),
                new Marker(40 * Results.SECOND, MarkerKind.FAULT, "restart cache"));
        List<Objective> objectives = List.of(Objective.latency("web <&>", ObjectiveFigure.P99, 25_000_000),
                new Objective("web <&>", ObjectiveFigure.AVAILABILITY, 0.9999));
        return RunReport.of(result.withFacts(new RunFacts("", topology, markers,
                List.of(new FaultWindow(20 * Results.SECOND, 25 * Results.SECOND, "crash api", true)), objectives)),
                "./distsim run rich.yaml --seed 3");
    }

    @Test
    void render_isOneSelfContainedPageWithoutScriptsOrExternalReferences() {
        String html = HtmlReport.render(richReport());
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html.substring(0, 40));
        assertTrue(html.endsWith("</html>\n"));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
        String withoutSvgNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(withoutSvgNamespace.contains("http://"), "no network reference");
        assertFalse(withoutSvgNamespace.contains("https://"), "no network reference");
        assertFalse(html.contains("<link"), "no external stylesheet");
        assertFalse(html.contains("<img"), "no external image");
    }

    @Test
    void render_drawsEveryPlotAsWellFormedInlineSvg() throws Exception {
        String html = HtmlReport.render(richReport());
        Matcher m = SVG.matcher(html);
        List<String> svgs = new ArrayList<>();
        while (m.find()) {
            svgs.add(m.group());
        }
        // topology, 1 latency, CDF, throughput, availability, 1 errors, utilisation, queue, hit ratio
        assertEquals(9, svgs.size());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String svg : svgs) {
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        }
        for (String title : List.of("Latency of web &lt;&amp;&gt; (successful requests)", "Latency distribution",
                "Availability", "Errors of web &lt;&amp;&gt; by outcome", "Utilisation of the service nodes",
                "Queue of the service nodes", "Hit ratio of the cache nodes")) {
            assertTrue(html.contains(title), title);
        }
    }

    @Test
    void render_marksFaultsAndNotesAndShowsObjectivesTablesAndTheReproduceCommand() {
        String html = HtmlReport.render(richReport());
        assertTrue(html.contains("<span>2 at 40 s: restart cache</span>"), "fault label in the key under the plots");
        assertFalse(html.contains("at 20 s: crash api</span>"), "a window's edge is not a numbered line too");
        assertTrue(html.contains("font-weight=\"bold\">2</text>"), "the fault's number on the plot");
        assertTrue(html.contains("<span>A 20 s to 25 s: crash api</span>"), "the fault window in the key");
        assertTrue(html.contains("fill=\"#e69f00\" fill-opacity=\"0.18\""), "the fault window shaded on the plot");
        assertTrue(html.contains("font-weight=\"bold\">A</text>"), "the window's letter above the plot");
        assertFalse(html.contains("rotate(90)"), "no label written along a marker, over the data");
        assertTrue(html.contains("watch &lt;this&gt;"), "note label, escaped");
        assertTrue(html.contains("<td class=\"pass\">PASS</td>"));
        assertTrue(html.contains("<td class=\"fail\">FAIL</td>"));
        assertTrue(html.contains("<pre>./distsim run rich.yaml --seed 3</pre>"));
        assertTrue(html.contains("<title>distsim: rich &quot;demo&quot;</title>"));
        assertTrue(html.contains("<h3>Nodes of type cache (after the warm-up)</h3>"));
        assertTrue(html.contains("<td>70.0%</td>"), "every node figure is in a table, a fraction as a percentage");
        assertTrue(html.contains("<th>hit ratio (%)</th>"), "headers are labels with units, not raw keys");
        assertFalse(html.contains("hit_ratio"), "no raw figure id as a label");
        assertFalse(html.contains("<&>"), "names are escaped everywhere");
    }

    @Test
    void render_drawsEachProbabilityCurve_withItsAxesFromTheDeclaration() {
        String html = HtmlReport.render(RunReport.of(Results.sampleWithCurve(), ""));
        assertTrue(html.contains("<h2 id=\"curves\">Probability curves</h2>"), "a section for curves");
        assertTrue(html.contains("Fresh reads after a write"), "titled by the curve's label");
        assertTrue(html.contains("time since the write was acknowledged (ms, log scale)"), "x axis from the declaration");
        assertFalse(HtmlReport.render(RunReport.of(Results.sample(), "")).contains("id=\"curves\""),
                "no section when no node recorded a curve");
    }

    @Test
    void render_twice_givesIdenticalBytes() {
        assertEquals(HtmlReport.render(richReport()), HtmlReport.render(richReport()));
        assertEquals(HtmlReport.render(RunReport.of(Results.sample(), "x")),
                HtmlReport.render(RunReport.of(Results.sample(), "x")));
    }

    @Test
    void render_emptyRun_stillGivesAPage() {
        String html = HtmlReport.render(RunReport.of(Results.empty(), "x"));
        assertTrue(html.contains("<h1>idle</h1>"));
        assertTrue(html.endsWith("</html>\n"));
    }
}
