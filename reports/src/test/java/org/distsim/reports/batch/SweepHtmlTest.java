package org.distsim.reports.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.facts.Objective;
import org.distsim.core.facts.ObjectiveFigure;
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
                Map.of("clients", Summaries.workload(figures)), Map.of());
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
        assertTrue(html.contains(">rate of clients (per second)</text>"), "numeric x in words, with the values' unit");
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

    /** The one-parameter sweep above with M/M/1-like theory at every point and on a curve between them. */
    private static SweepResult withTheory(List<Objective> objectives) {
        SweepResult plain = oneParameter(1, 2, 4);
        List<SweepResult.Point> points = new ArrayList<>();
        for (int i = 0; i < plain.points().size(); i++) {
            double p50 = new double[] {1, 2, 4}[i];
            points.add(new SweepResult.Point(plain.points().get(i).values(), plain.points().get(i).summary(),
                    theory(p50, 0.25 * (i + 1))));
        }
        List<SweepResult.CurvePoint> curve = new ArrayList<>();
        for (int x = 100; x <= 300; x += 25) {
            double p50 = Math.pow(2, (x - 100) / 100.0);
            curve.add(new SweepResult.CurvePoint(x, theory(p50, x / 400.0)));
        }
        return new SweepResult("s", 1, 3, plain.parameters(), points, objectives, curve);
    }

    private static Theory.Set theory(double p50, double load) {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("latency_ms.mean", 1.2 * p50);
        w.put("latency_ms.p50", p50);
        w.put("latency_ms.p99", 5 * p50);
        w.put("availability", 1.0);
        Map<String, Double> n = new LinkedHashMap<>();
        n.put("offered_load", load);
        return new Theory.Set(Map.of("clients", new Theory("M/M/1", w, List.of("Poisson arrivals"), null)),
                Map.of("server", new Theory("M/M/1", n, List.of(), null)), "server");
    }

    @Test
    void theory_isADashedCurveThroughTheMeasuredPoints_withItsAssumptionsAndAgreement() {
        String html = SweepHtml.render(withTheory(List.of()), "r");
        assertTrue(html.contains("p99, M/M/1 theory"), "in the legend");
        assertTrue(html.contains("p99 measured"), "the measurements are named as such");
        assertEquals(4, count(html, "stroke-dasharray=\"6 3\" points=\""), "p50, p99, mean and availability have theory");
        assertTrue(html.contains("Mean latency of clients"), "theory of the mean gets its own chart");
        assertTrue(html.contains("<li>Poisson arrivals</li>"), "the assumptions are listed");
        assertTrue(html.contains("for p50 at 3 of 3, p99 at 3 of 3 points"), "the mean was not measured here: " + html);
        assertTrue(html.contains(">load on server, the bottleneck, in % of its capacity (theory)</text>"));
        assertTrue(html.contains(">75%</text>"), "the load of the last point");
        assertTrue(html.contains("<th>p99 latency, theory (ms)</th>"), "and in the table, headed in words with its unit");
        assertTrue(html.contains("<th>rate of clients</th>"), "the parameter is headed in words, as on the x axis");
    }

    @Test
    void anObjective_isAThreshold_andItsKneeIsRingedAndNamed() {
        SweepResult sweep = withTheory(List.of(new Objective("clients", ObjectiveFigure.P99, 12.0)));
        String html = SweepHtml.render(sweep, "r");
        assertTrue(html.contains(">objective: p99 &lt;= 12 ms</text>"), html);
        // p99 is 10 ms at 200/s and 20 ms at 300/s: 12 ms at 220/s.
        assertTrue(html.contains(">knee: 220/s</text>"), html);
        assertTrue(html.contains("The knee: p99 breaks p99 &lt;= 12 ms at about 220/s (theory: "), html);
    }

    @Test
    void availabilityOfOneHundredPercentEverywhere_isASentence_notAFlatLine() {
        List<SweepResult.Point> points = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Estimate> figures = new LinkedHashMap<>();
            figures.put("availability", new Estimate(3, 1.0, 0.0, 0.0, 1.0, 1.0));
            figures.put("latency_ms.p50", estimate(1 + i));
            ReplicationSummary summary = new ReplicationSummary("s", 1, 10, 0, 3, List.of(),
                    Map.of("clients", Summaries.workload(figures)), Map.of());
            points.add(new SweepResult.Point(List.of((i + 1) + "/s"), summary));
        }
        String html = SweepHtml.render(new SweepResult("s", 1, 3, List.of("workloads.clients.rate"), points), "r");
        assertFalse(html.contains("Availability of clients"), "no chart");
        assertTrue(html.contains("<p>Availability: 100% at every point, in every replication (no request failed).</p>"));
    }

    @Test
    void availabilityNearOneHundredPercent_getsAnAxisThatShowsItsChanges() {
        assertEquals(99.425, SweepChart.availabilityFloor(99.5), 1e-9, "15 % of the distance to 100 % below the lowest");
        assertEquals(99.9935, SweepChart.availabilityFloor(99.995), 1e-9, "at least a hundredth of a per cent of room");
        String html = SweepHtml.render(oneParameter(1, 2, 4), "r");
        // Availability 99.9 % +/- 0.05: the axis starts near 99.8 %, not at 99 % or 0 %.
        assertTrue(html.contains(">99.80</text>") || html.contains(">99.8</text>"), html);
    }
}
