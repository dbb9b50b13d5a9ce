package org.distsim.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.distsim.core.facts.FaultWindow;
import org.distsim.core.facts.Marker;
import org.distsim.core.facts.MarkerKind;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;

/**
 * What every chart over time in the run report shares: the time axis with the warm-up shaded and
 * the faults and notes marked (numbered on the plot, explained in a key under it), the averaging
 * of long series, and small multiples, which draw any number of lines without dropping one.
 */
final class ChartKit {

    static final int MAX_POINTS = 400;
    private static final String FAULT = "#222";
    private static final String FAULT_DASH = "5 3";
    private static final String NOTE = "#2ca02c";
    private static final String NOTE_DASH = "2 3";
    private static final int MAX_LINES = HtmlPage.maxLines();

    private ChartKit() {
    }

    /**
     * A chart over simulated seconds with the warm-up shaded, the windows during which a fault is
     * in force shaded and lettered (windows of the same span are one shade, or the same slow-down of
     * three designs would be three times as dark), and the notes and the other faults marked. A
     * fault applied or undone where a window starts or ends is that window's edge, so it gets no
     * numbered line of its own; the timeline table lists every fault.
     */
    static SvgChart timeChart(RunReport report, String title, String yLabel) {
        SvgChart chart = new SvgChart(title, "simulated time (s)", yLabel);
        RunResult r = report.result();
        if (r.durationNanos() > 0) {
            chart.timeSpan(0, r.durationNanos() / 1e9);
        }
        if (r.warmupNanos() > 0) {
            chart.span(0, r.warmupNanos() / 1e9, "warm-up");
        }
        List<FaultWindow> windows = report.result().facts().windows();
        Set<Long> edges = new HashSet<>();
        for (FaultWindow w : windows) {
            edges.add(w.startNanos());
            if (w.undone()) {
                edges.add(w.endNanos());
            }
        }
        boolean faults = false;
        boolean notes = false;
        for (Marker m : report.markers()) {
            boolean fault = m.kind() == MarkerKind.FAULT;
            if (fault && edges.contains(m.atNanos())) {
                continue;
            }
            faults |= fault;
            notes |= !fault;
            chart.marker(new SvgChart.VLine(m.atNanos() / 1e9, m.label(), fault ? FAULT : NOTE,
                    fault ? FAULT_DASH : NOTE_DASH));
        }
        for (List<FaultWindow> same : sameSpans(windows)) {
            FaultWindow w = same.get(0);
            String labels = String.join("; ", same.stream().map(FaultWindow::label).toList());
            chart.shade(new SvgChart.Shade(w.startNanos() / 1e9, w.endNanos() / 1e9, labels, !w.undone()));
        }
        if (faults) {
            chart.legend("fault", FAULT, FAULT_DASH);
        }
        if (!windows.isEmpty()) {
            chart.legend("fault in force", SvgChart.SHADE, "shade");
        }
        if (notes) {
            chart.legend("note", NOTE, NOTE_DASH);
        }
        return chart;
    }

    /** The windows grouped by span (start, end, still in force), in order of first appearance. */
    static List<List<FaultWindow>> sameSpans(List<FaultWindow> windows) {
        Map<List<Long>, List<FaultWindow>> bySpan = new LinkedHashMap<>();
        for (FaultWindow w : windows) {
            bySpan.computeIfAbsent(List.of(w.startNanos(), w.endNanos(), w.undone() ? 1L : 0L), k -> new ArrayList<>()).add(w);
        }
        return new ArrayList<>(bySpan.values());
    }

    /** A chart over time with its marker key and caption. */
    static void figure(StringBuilder out, SvgChart chart, String caption) {
        HtmlPage.figure(out, chart, caption, chart.markerKey(" s"));
    }

    /**
     * Draws every one of {@code lines}: on one chart when they are few enough to tell apart by
     * colour, otherwise on several charts of at most {@link HtmlPage#maxLines()} lines each, all on
     * one y scale (the lowest and highest value over every line, unless {@code yMin} or
     * {@code yMax} fixes it), so charts side by side compare. No line is ever left out.
     *
     * @param chartFor  a new chart for the given title suffix (empty for a single chart,
     *                  {@code " (2 of 3)"} otherwise)
     */
    static void smallMultiples(StringBuilder out, Function<String, SvgChart> chartFor, List<SvgChart.Series> lines,
            Double yMin, Double yMax, String caption) {
        smallMultiples(out, chartFor, lines, Map.of(), yMin, yMax, caption);
    }

    /**
     * As {@link #smallMultiples(StringBuilder, Function, List, Double, Double, String)}, keeping
     * the lines of one design ({@code designs}: line name to design number) on one chart where they
     * fit, so a chart compares whole designs.
     */
    static void smallMultiples(StringBuilder out, Function<String, SvgChart> chartFor, List<SvgChart.Series> lines,
            Map<String, Integer> designs, Double yMin, Double yMax, String caption) {
        smallMultiples(out, chartFor, lines, designs, yMin, yMax, caption, (chart, line, colour, row) -> { });
    }

    /** What belongs to one line on its chart, drawn in the line's colour and row (a stretch with no successful request). */
    @FunctionalInterface
    interface LineMarks {
        /**
         * @param line   the line's name
         * @param colour the colour the line was given on {@code chart}
         * @param row    the line's place on {@code chart}, from 0
         */
        void add(SvgChart chart, String line, String colour, int row);
    }

    /** As the others, with {@code marks} added for each line on its chart. */
    static void smallMultiples(StringBuilder out, Function<String, SvgChart> chartFor, List<SvgChart.Series> lines,
            Map<String, Integer> designs, Double yMin, Double yMax, String caption, LineMarks marks) {
        List<List<SvgChart.Series>> groups = pack(lines, designs);
        Double low = yMin;
        Double high = yMax;
        if (groups.size() > 1) {
            double[] range = range(lines);
            low = low != null ? low : Double.valueOf(Math.min(0, range[0]));
            high = high != null ? high : Double.valueOf(range[1]);
        }
        for (int g = 0; g < groups.size(); g++) {
            List<SvgChart.Series> group = groups.get(g);
            SvgChart chart = chartFor.apply(groups.size() == 1 ? ""
                    : " (" + (g + 1) + " of " + groups.size() + ": " + group.get(0).name() + " to "
                    + group.get(group.size() - 1).name() + ")");
            int colour = 0;
            for (SvgChart.Series s : group) {
                marks.add(chart, s.name(), HtmlPage.colour(colour), colour);
                chart.add(new SvgChart.Series(s.name(), HtmlPage.colour(colour++), s.xs(), s.ys(), s.dashed()));
            }
            if (low != null || high != null) {
                chart.yRange(low, high);
            }
            figure(out, chart, caption + (groups.size() == 1 ? "" : " All " + lines.size() + " lines, on "
                    + groups.size() + " charts of one scale."));
        }
    }

    /**
     * The lines in order, in charts of at most {@link #MAX_LINES}: runs of lines of one design (or
     * of no known design) are packed whole while they fit, and a run longer than a chart is split
     * into nearly equal parts (12 lines as 6 and 6, not 10 and 2).
     */
    static List<List<SvgChart.Series>> pack(List<SvgChart.Series> lines, Map<String, Integer> designs) {
        List<List<SvgChart.Series>> runs = new ArrayList<>();
        Integer last = null;
        for (SvgChart.Series s : lines) {
            Integer design = designs.get(s.name());
            if (runs.isEmpty() || !java.util.Objects.equals(design, last)) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(s);
            last = design;
        }
        List<List<SvgChart.Series>> chunks = new ArrayList<>();
        for (List<SvgChart.Series> run : runs) {
            int parts = (run.size() + MAX_LINES - 1) / MAX_LINES;
            int size = (run.size() + parts - 1) / parts;
            for (int i = 0; i < run.size(); i += size) {
                chunks.add(run.subList(i, Math.min(run.size(), i + size)));
            }
        }
        List<List<SvgChart.Series>> groups = new ArrayList<>();
        for (List<SvgChart.Series> chunk : chunks) {
            if (groups.isEmpty() || groups.get(groups.size() - 1).size() + chunk.size() > MAX_LINES) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).addAll(chunk);
        }
        return groups;
    }

    /** The lowest and highest defined value over {@code lines}; {0, 1} when none is defined. */
    static double[] range(List<SvgChart.Series> lines) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (SvgChart.Series s : lines) {
            for (Double v : s.ys()) {
                if (v != null && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return min > max ? new double[] {0, 1} : new double[] {min, max};
    }

    /** True when some line has a defined value other than zero. */
    static boolean anyNonZero(List<SvgChart.Series> lines) {
        for (SvgChart.Series s : lines) {
            for (Double v : s.ys()) {
                if (v != null && Double.isFinite(v) && v != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<Double> percent(List<Double> fractions) {
        if (fractions == null) {
            return null;
        }
        List<Double> out = new ArrayList<>(fractions.size());
        for (Double f : fractions) {
            out.add(f == null ? null : f * 100);
        }
        return out;
    }

    static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /**
     * Time-series columns averaged over groups of {@code k} consecutive intervals so that a line
     * has at most {@link #MAX_POINTS} points, plotted at the middle of each group.
     */
    record Bucketed(int k, double[] xs, TimeSeries series) {

        static Bucketed of(TimeSeries series) {
            int n = series.startNanos().size();
            int k = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
            int groups = (n + k - 1) / k;
            double[] xs = new double[groups];
            for (int g = 0; g < groups; g++) {
                long start = series.startNanos().get(g * k);
                int last = Math.min(n, (g + 1) * k) - 1;
                long end = series.startNanos().get(last) + series.intervalNanos();
                xs[g] = (start + end) / 2e9;
            }
            return new Bucketed(k, xs, series);
        }

        SvgChart.Series series(String name, String colour, List<Double> column, boolean dashed) {
            Double[] ys = new Double[xs.length];
            if (column != null) {
                for (int g = 0; g < xs.length; g++) {
                    double sum = 0;
                    int count = 0;
                    for (int i = g * k; i < Math.min(column.size(), (g + 1) * k); i++) {
                        Double v = column.get(i);
                        if (v != null && Double.isFinite(v)) {
                            sum += v;
                            count++;
                        }
                    }
                    ys[g] = count == 0 ? null : sum / count;
                }
            }
            return new SvgChart.Series(name, colour, xs, ys, dashed);
        }

        String caption() {
            return k == 1 ? "" : " (each point averages " + k + " intervals)";
        }
    }
}
