package org.distsim.reports.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sweep page over hand-built estimates: one SVG per figure, bands, axes chosen from the data. */
class SweepHtmlTest {

    /** A point whose clients had latency p50/p95/p99 of {@code p50} times 1, 3 and 5, with a 10 % half-width. */
    private static SweepResult.Point point(List<String> values, double p50) {
        Map<String, Estimate> figures = new LinkedHashMap<>();
        figures.put("throughput_rps", estimate(100 * p50));
        figures.put("availability", new Estimate(3, 0.999, 0.001, 0.0005, 0.998, 1.0));
        figures.put("latency_ms.p50", estimate(p50));
        figures.put("latency_ms.p95", estimate(3 * p50));
        figures.put("latency_ms.p99", estimate(5 * p50));
        ReplicationSummary summary = new ReplicationSummary("s", 1, 10, 0, 3,
                List.of(new ReplicationSummary.Run(0, 1, null), new ReplicationSummary.Run(1, 1, null),
                        new ReplicationSummary.Run(2, 1, null)),
                Map.of("clients", new ReplicationSummary.Workload(figures, null)), Map.of());
        return new SweepResult.Point(values, summary);
    }

    private static Estimate estimate(double mean) {
        return new Estimate(3, mean, mean / 10, mean / 10, mean * 0.9, mean * 1.1);
    }

    private static SweepResult oneParameter(double... p50s) {
        List<SweepResult.Point> points = new ArrayList<>();
        for (int i = 0; i < p50s.length; i++) {
            points.add(point(List.of((100 * (i + 1)) + "/s"), p50s[i]));
        }
        return new SweepResult("s", 1, 3, List.of("workloads.clients.rate"), points);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void oneSvgPerFigure_eachLineWithItsBand_andTheSameBytesTwice() {
        SweepResult sweep = oneParameter(1, 2, 4);
        String html = SweepHtml.render(sweep, "distsim sweep s.yaml");
        assertEquals(3, count(html, "<svg"), "latency percentiles, throughput, availability");
        // p50, p95, p99 + throughput + availability: one band polygon per line.
        assertEquals(5, count(html, "<polygon class=\"band\""), html);
        assertTrue(html.contains("workloads.clients.rate (/s)"), "numeric x with the values' unit");
        assertFalse(html.contains("log scale"), "one decade: a linear axis");
        assertFalse(html.contains("<script"));
        assertFalse(html.replace("http://www.w3.org/2000/svg", "").matches("(?s).*https?:.*"), "nothing from the network");
        assertEquals(html, SweepHtml.render(sweep, "distsim sweep s.yaml"));
        assertTrue(html.chars().allMatch(c -> c < 128), "ASCII, whatever the terminal's encoding");
        assertTrue(html.contains("<td>200/s</td><td>3</td><td>200.00 &plusmn; 20.00</td>"), html);
    }

    @Test
    void latencySpanningMoreThanTwoDecades_getsALogAxis() {
        String html = SweepHtml.render(oneParameter(1, 10, 1000), "r");
        assertTrue(html.contains("latency (ms), log scale"), html);
        assertTrue(html.contains(">1000</text>") && html.contains(">10</text>"), "decade ticks");
    }

    @Test
    void twoParameters_giveAChartPerPercentile_withALinePerValueOfTheFirst_onCategories() {
        List<SweepResult.Point> points = new ArrayList<>();
        for (String workers : List.of("1", "2")) {
            for (String dist : List.of("exponential", "constant")) {
                points.add(point(List.of(workers, dist), workers.equals("1") ? 2 : 1));
            }
        }
        String html = SweepHtml.render(new SweepResult("s", 1, 3, List.of("nodes.server.workers",
                "nodes.server.service-time.dist"), points), "r");
        assertEquals(5, count(html, "<svg"), "p50, p95, p99, throughput, availability");
        assertEquals(10, count(html, "<polygon class=\"band\""));
        assertTrue(html.contains(">workers=1</text>") && html.contains(">workers=2</text>"), "legend");
        assertTrue(html.contains(">exponential</text>") && html.contains(">constant</text>"), "category ticks");
    }
}
