package org.distsim.reports.batch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.distsim.core.facts.Objective;
import org.distsim.core.facts.ObjectiveFigure;
import org.distsim.reports.SvgChart;
import org.distsim.reports.chart.Tick;

/**
 * One chart of the sweep page as data, and its drawing: lines of means over the swept parameter,
 * each in its 95 % band, the theory each line is compared with as a dashed line, the objectives
 * as thresholds with the knee (where a line first breaks its objective) ringed, and under the x
 * axis the load each parameter value puts on the bottleneck.
 *
 * @param title       the chart's title
 * @param yLabel      the y axis' label, with its unit
 * @param kind        what the figure is, which decides its axis
 * @param lines       the lines, each with its figure's estimates at the x positions
 * @param objectives  the objectives on this chart's figures
 * @param caption     what the chart shows, in a sentence or two
 */
record SweepChart(String title, String yLabel, Kind kind, List<Line> lines, List<Objective> objectives,
        String caption) {

    /** What a chart's figure is: latency (ms, maybe on a log axis), a rate, or a fraction shown in percent. */
    enum Kind { LATENCY, THROUGHPUT, AVAILABILITY }

    /**
     * One line: its label and colour, the figure it draws ({@code p99}, {@code mean},
     * {@code availability}, {@code throughput_rps}), the estimate at each x position (null where
     * undefined) and the theory it is compared with (null for none).
     */
    record Line(String label, String colour, String figure, List<Estimate> estimates, Curve theory) {
    }

    /** A dashed theory line: its label and its points, in the chart's units. */
    record Curve(String label, double[] xs, Double[] ys) {
    }

    /**
     * The x axis of the sweep: the last parameter's values at the x positions, numeric or
     * categories, its label, and the second row of labels (the bottleneck's load) or null.
     */
    record XAxis(List<String> values, boolean numeric, double[] xs, String label, String unit, List<Tick> loads,
            String loadLabel) {
    }

    private static final String THRESHOLD = "#c62828";

    /** Where each line first breaks its objective, for the caption: "p99 at 882/s". */
    List<String> knees(XAxis x) {
        List<String> knees = new ArrayList<>();
        if (!x.numeric()) {
            return knees;
        }
        for (Line line : lines) {
            for (Objective o : objectives) {
                if (!o.figure().key().equals(line.figure())) {
                    continue;
                }
                Double knee = Knee.crossing(x.xs(), means(line), o.limit(), o.isUpperBound());
                if (knee != null) {
                    StringBuilder text = new StringBuilder(line.figure().replace("_rps", "") + " breaks "
                            + describe(o) + " at about " + ParameterAxis.text(round(knee), x.unit()));
                    if (line.theory() != null) {
                        Double theory = Knee.crossing(line.theory().xs(), Arrays.asList(line.theory().ys()), o.limit(),
                                o.isUpperBound());
                        if (theory != null) {
                            text.append(" (theory: ").append(ParameterAxis.text(round(theory), x.unit())).append(')');
                        }
                    }
                    knees.add(text.toString());
                }
            }
        }
        return knees;
    }

    /** The chart, drawn. */
    SvgChart svg(XAxis x) {
        double scale = kind == Kind.AVAILABILITY ? 100 : 1;
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        double lowest = 100;
        List<SvgChart.Series> series = new ArrayList<>();
        List<SvgChart.Band> bands = new ArrayList<>();
        List<SvgChart.Series> theories = new ArrayList<>();
        for (Line line : lines) {
            int n = Math.min(x.xs().length, line.estimates().size());
            Double[] means = new Double[n];
            Double[] lows = new Double[n];
            Double[] highs = new Double[n];
            for (int i = 0; i < n; i++) {
                Estimate e = line.estimates().get(i);
                if (e == null || e.mean() == null) {
                    continue;
                }
                means[i] = e.mean() * scale;
                lows[i] = e.low() == null ? null : e.low() * scale;
                highs[i] = e.high() == null ? null : e.high() * scale;
                double low = lows[i] == null ? means[i] : lows[i];
                double high = highs[i] == null ? means[i] : highs[i];
                if (means[i] > 0) {
                    smallest = Math.min(smallest, low > 0 ? low : means[i]);
                }
                largest = Math.max(largest, high);
                lowest = Math.min(lowest, low);
            }
            double[] lineXs = Arrays.copyOf(x.xs(), n);
            // Beside a theory curve, measurements are points with their intervals: a line between
            // them would claim a shape that only the theory knows.
            boolean measured = line.theory() != null;
            String label = !measured ? line.label() : line.label().startsWith("mean, 95%")
                    ? "measured: mean and 95% interval" : line.label() + " measured";
            series.add(new SvgChart.Series(label, line.colour(), lineXs, means, false, measured));
            bands.add(new SvgChart.Band(line.colour(), lineXs, lows, highs, measured));
            if (line.theory() != null) {
                Double[] ys = new Double[line.theory().ys().length];
                for (int i = 0; i < ys.length; i++) {
                    Double y = line.theory().ys()[i];
                    ys[i] = y == null ? null : y * scale;
                    if (y != null && kind == Kind.AVAILABILITY) {
                        lowest = Math.min(lowest, ys[i]);
                    }
                }
                theories.add(new SvgChart.Series(line.theory().label(), line.colour(), line.theory().xs(), ys, true));
            }
        }
        // Latencies spanning more than two decades (an overloaded point) get a log axis, else every
        // other point would lie flat along the floor.
        boolean log = kind == Kind.LATENCY && largest / smallest > 100;
        SvgChart chart = new SvgChart(title, x.label(), log ? yLabel + ", log scale" : yLabel).dots();
        if (x.numeric()) {
            chart.xFromData();
        } else {
            chart.categories(x.values());
        }
        if (log) {
            chart.logY();
        }
        if (kind == Kind.AVAILABILITY) {
            for (Objective o : objectives) {
                lowest = Math.min(lowest, o.limit() * scale);
            }
            chart.yRange(availabilityFloor(lowest), 100.0);
        }
        bands.forEach(chart::add);
        series.forEach(chart::add);
        theories.forEach(chart::add);
        for (Objective o : objectives) {
            chart.threshold(new SvgChart.HLine(o.limit() * scale, "objective: " + describe(o), THRESHOLD));
        }
        if (!objectives.isEmpty()) {
            chart.legend("objective", THRESHOLD, "8 4");
        }
        if (x.numeric()) {
            for (Line line : lines) {
                for (Objective o : objectives) {
                    Double knee = o.figure().key().equals(line.figure())
                            ? Knee.crossing(x.xs(), means(line), o.limit(), o.isUpperBound()) : null;
                    if (knee != null) {
                        chart.callout(new SvgChart.Callout(knee, o.limit() * scale, "knee: "
                                + ParameterAxis.text(round(knee), x.unit()), THRESHOLD));
                    }
                }
            }
        }
        if (x.loads() != null && !x.loads().isEmpty()) {
            chart.secondaryX(x.loads(), x.loadLabel());
        }
        return chart;
    }

    /**
     * The bottom of an availability axis (in percent) whose top is 100: a little below the lowest
     * value, so that a change of a hundredth of a per cent is as visible as one of ten per cent.
     */
    static double availabilityFloor(double lowestPercent) {
        double span = Math.max(100 - lowestPercent, 0.01);
        return Math.max(0, lowestPercent - 0.15 * span);
    }

    private static List<Double> means(Line line) {
        List<Double> means = new ArrayList<>();
        for (Estimate e : line.estimates()) {
            means.add(e == null ? null : e.mean());
        }
        return means;
    }

    /** {@code p99 <= 20 ms}, {@code availability >= 99.9%}, {@code throughput >= 900/s}: no needless decimals. */
    static String describe(Objective o) {
        if (o.isUpperBound()) {
            return o.figure().key() + " <= " + plain(o.limit()) + " ms";
        }
        if (o.figure() == ObjectiveFigure.AVAILABILITY) {
            return "availability >= " + plain(o.limit() * 100) + "%";
        }
        return "throughput >= " + plain(o.limit()) + "/s";
    }

    private static String plain(double value) {
        return new BigDecimal(value).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }

    /** A crossing to three significant digits: more would claim a precision linear interpolation does not have. */
    private static BigDecimal round(double x) {
        return new BigDecimal(x).round(new MathContext(3, RoundingMode.HALF_EVEN));
    }
}
