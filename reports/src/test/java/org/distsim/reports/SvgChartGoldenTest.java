package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.distsim.reports.chart.Tick;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One chart of each kind the reports draw, rendered from fixed data and compared byte for byte
 * with a committed SVG under {@code src/test/resources/golden/svg}. A change to the drawing fails
 * here until the files are re-blessed on purpose, after looking at them, with
 * {@value #BLESS}.
 */
class SvgChartGoldenTest {

    static final String BLESS = "mvn -pl reports test -Dtest=SvgChartGoldenTest -Dbless=true";

    /** The module runs its tests in its own directory. */
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "svg");

    private static final String BLUE = HtmlPage.colour(0);
    private static final String ORANGE = HtmlPage.colour(1);
    private static final String RED = HtmlPage.colour(3);

    static Stream<Arguments> charts() {
        return Stream.of(
                chart("time-series", SvgChartGoldenTest::timeSeries),
                chart("latency-distribution", SvgChartGoldenTest::distribution),
                chart("sweep-with-theory", SvgChartGoldenTest::sweep),
                chart("log-latency-bands", SvgChartGoldenTest::logBands),
                chart("categories", SvgChartGoldenTest::categories),
                chart("percent-axis", SvgChartGoldenTest::percent),
                chart("no-data", () -> new SvgChart("Nothing yet", "x", "y")));
    }

    private static Arguments chart(String name, Supplier<SvgChart> chart) {
        return Arguments.of(name, chart);
    }

    /** A run's time series: warm-up shaded, a fault and a note marked, a line with a gap, a dashed line. */
    private static SvgChart timeSeries() {
        double[] xs = {0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95};
        Double[] p50 = new Double[xs.length];
        Double[] p99 = new Double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            p50[i] = 2.0 + (i % 3) * 0.25;
            p99[i] = i >= 8 && i <= 10 ? null : 9.0 + i * 0.5;
        }
        return new SvgChart("Latency of clients", "simulated time (s)", "latency (ms)")
                .timeSpan(0, 95)
                .span(0, 10, "warm-up")
                .add(new SvgChart.Series("p50", BLUE, xs, p50, false))
                .add(new SvgChart.Series("p99", RED, xs, p99, true))
                .marker(new SvgChart.VLine(40, "crash server", "#c62828", "4 3"))
                .marker(new SvgChart.VLine(41, "restart server", "#c62828", "4 3"))
                .marker(new SvgChart.VLine(70, "a note with a rather long text that will not fit along the line",
                        "#555", "1 3"))
                .legend("fault", "#c62828", "4 3");
    }

    /** A latency CDF on a log x axis with a fixed 0-100 % y axis. */
    private static SvgChart distribution() {
        double[] xs = {0.2, 0.5, 1, 2, 3.5, 8, 15, 40};
        Double[] ys = {1.0, 10.0, 30.0, 60.0, 80.0, 95.0, 99.0, 100.0};
        return new SvgChart("Latency distribution", "latency (ms, log scale)", "requests at or below (%)")
                .logX().yRange(0.0, 100.0)
                .add(new SvgChart.Series("clients", BLUE, xs, ys, false));
    }

    /**
     * A sweep beside theory: measured means as markers with error bars, a dashed theory curve
     * through them, an objective, its knee and a row of the load each value means.
     */
    private static SvgChart sweep() {
        double[] xs = {500, 600, 700, 800, 900, 950};
        Double[] means = {4.8, 5.9, 7.9, 11.0, 22.0, 45.0};
        Double[] lows = {4.5, 5.5, 7.2, 10.1, 19.0, 36.0};
        Double[] highs = {5.1, 6.3, 8.6, 11.9, 25.0, 54.0};
        double[] curveXs = {500, 550, 600, 650, 700, 750, 800, 850, 900, 950};
        Double[] theory = {4.6, 5.12, 5.76, 6.58, 7.68, 9.21, 11.51, 15.35, 23.03, 46.05};
        return new SvgChart("p99 latency of clients", "rate of clients (per second)", "latency (ms)")
                .xFromData().dots()
                .add(new SvgChart.Band(RED, xs, lows, highs, true))
                .add(new SvgChart.Series("p99 measured", RED, xs, means, false, true))
                .add(new SvgChart.Series("p99, M/M/1 theory", RED, curveXs, theory, true))
                .threshold(new SvgChart.HLine(20, "objective: p99 <= 20 ms", "#c62828"))
                .callout(new SvgChart.Callout(882, 20, "knee: 882/s", "#c62828"))
                .secondaryX(List.of(new Tick(500, "50%"), new Tick(600, "60%"), new Tick(700, "70%"),
                        new Tick(800, "80%"), new Tick(900, "90%"), new Tick(950, "95%")),
                        "utilisation of server (theory)");
    }

    /** Latencies over three decades on a log y axis; a band whose low end reaches zero is cut at the axis. */
    private static SvgChart logBands() {
        double[] xs = {1, 2, 3, 4};
        Double[] means = {0.8, 3.0, 40.0, 900.0};
        Double[] lows = {-0.1, 2.0, 30.0, 700.0};
        Double[] highs = {1.7, 4.0, 50.0, 1100.0};
        return new SvgChart("Latency p99", "workers", "latency (ms), log scale").logY().xFromData().dots()
                .add(new SvgChart.Band(ORANGE, xs, lows, highs))
                .add(new SvgChart.Series("p99", ORANGE, xs, means, false));
    }

    /** Values that are not numbers as evenly spaced categories, a point missing on one line. */
    private static SvgChart categories() {
        double[] xs = {0, 1, 2};
        return new SvgChart("p99 by algorithm", "algorithm", "latency (ms)")
                .categories(List.of("round-robin", "least-connections", "two-choices")).dots()
                .add(new SvgChart.Series("workers=1", BLUE, xs, new Double[] {12.0, 7.5, 8.0}, false))
                .add(new SvgChart.Series("workers=2", ORANGE, xs, new Double[] {6.0, null, 4.1}, false));
    }

    /** Availability near 100 % on a percentage axis whose floor shows the dip. */
    private static SvgChart percent() {
        double[] xs = {0, 10, 20, 30, 40, 50, 60};
        Double[] ys = {100.0, 100.0, 99.2, 97.5, 99.9, 100.0, 100.0};
        return new SvgChart("Availability", "simulated time (s)", "availability (%)").timeSpan(0, 60)
                .yRange(SvgChart.percentFloor(97.5), 100.0)
                .add(new SvgChart.Series("clients", BLUE, xs, ys, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void eachKindOfChart_rendersExactlyAsItsCommittedSvg(String name, Supplier<SvgChart> chart) throws IOException {
        String svg = chart.get().render(HtmlPage.CHART_WIDTH, HtmlPage.CHART_HEIGHT);
        assertEquals(svg, chart.get().render(HtmlPage.CHART_WIDTH, HtmlPage.CHART_HEIGHT), "the same bytes twice");
        Path file = GOLDEN.resolve(name + ".svg");
        if (Boolean.getBoolean("bless")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, svg, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), file + " is missing; create it with: " + BLESS);
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), svg, name + " changed; look at it, and if the"
                + " change is intended re-bless with: " + BLESS);
    }
}
