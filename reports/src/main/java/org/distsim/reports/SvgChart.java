package org.distsim.reports;

import java.util.ArrayList;
import java.util.List;
import org.distsim.reports.chart.CategoryScale;
import org.distsim.reports.chart.LinearScale;
import org.distsim.reports.chart.LogScale;
import org.distsim.reports.chart.Scale;
import org.distsim.reports.chart.Tick;
import org.distsim.reports.chart.TimeScale;

/**
 * A line chart drawn as inline SVG: a title, axes with "nice" ticks (scales of
 * {@link org.distsim.reports.chart}: 1, 2 or 5 times a power of ten, powers of ten on a log axis,
 * clock steps on a time axis), labelled axes with units, a legend whose colours are the lines',
 * optional vertical markers (faults, notes) and a shaded span (the warm-up). For estimates over
 * replications a line can carry a shaded band (its confidence interval), the y axis can be
 * logarithmic, and the x axis can be categories (values that are not numbers) or trimmed to the
 * data instead of starting at zero. A horizontal threshold (an objective), annotated points (the
 * knee of a curve) and a second row of x labels (the utilisation a parameter value means) can be
 * added. The drawing of the plot area is {@link PlotLayers}'.
 *
 * <p>Drawn by hand rather than with a charting library so that the bytes depend only on the data:
 * no font metrics of the machine (label positions are computed from the number of characters), no
 * locale (numbers go through {@link Decimals}), no generated ids. Undefined points ({@code null}
 * or non-finite) break a line into separate pieces instead of being drawn as zero.
 */
public final class SvgChart {

    /** One line of the chart. */
    /**
     * One series: a line through its defined points (dashed or not), or, with {@code markers},
     * only a marker at each point (measurements between which nothing is known, beside a theory
     * curve that is).
     */
    public record Series(String name, String colour, double[] xs, Double[] ys, boolean dashed, boolean markers) {

        /** A line. */
        public Series(String name, String colour, double[] xs, Double[] ys, boolean dashed) {
            this(name, colour, xs, ys, dashed, false);
        }
    }

    /** A vertical line at {@code x} with a label, such as a fault. */
    public record VLine(double x, String label, String colour, String dash) {
    }

    /**
     * A shaded area between {@code lows} and {@code highs} over {@code xs}, such as a confidence
     * interval around a line; undefined ends (null) break it into pieces, like a line. With
     * {@code bars}, an error bar at each point instead of an area.
     */
    public record Band(String colour, double[] xs, Double[] lows, Double[] highs, boolean bars) {

        /** A shaded area. */
        public Band(String colour, double[] xs, Double[] lows, Double[] highs) {
            this(colour, xs, lows, highs, false);
        }
    }

    static final double FONT = 12;
    private static final double MARGIN_LEFT = 64;
    private static final double MARGIN_RIGHT = 20;
    private static final double MARGIN_TOP = 52;
    private static final double MARGIN_BOTTOM = 44;
    /** Extra room under the plot for a second row of x labels and its title. */
    private static final double SECOND_ROW = 36;
    private static final int TARGET_TICKS = 6;
    private static final int TARGET_Y_TICKS = 5;
    private static final double LEGEND_ROW = 16;
    /** Room around data trimmed to its range, as a fraction of it, so edge points stay inside the frame. */
    private static final double PADDING = 0.04;

    /** A horizontal line at {@code y} with a label, such as an objective's threshold. */
    public record HLine(double y, String label, String colour) {
    }

    /**
     * A stretch of the x axis shaded because a fault is in force, tagged above the plot with its
     * letter; the chart's key says what each letter is.
     *
     * @param inForce  true when the fault was still in force at {@code to} (the end of the run)
     */
    public record Shade(double from, double to, String label, boolean inForce) {
    }

    /** The fill of a fault's shaded stretch and the colour of its tag (Okabe-Ito orange, colour-blind safe). */
    static final String SHADE = "#e69f00";
    /** Room above the plot for the row of shaded stretches' tags. */
    private static final double SHADE_ROW = 22;

    /**
     * A stretch of time in which a series' requests finished and none succeeded, so its line (of
     * successful requests' latency) has no point there: hatched in the series' colour, so a collapse
     * never reads as a quiet stretch or a recovery.
     *
     * @param row  -1 to hatch the plot's whole height (one series' chart); otherwise the row of a
     *             strip along the top, one row per series, so that overlaid series' stretches do
     *             not hide each other
     */
    public record Gap(double from, double to, String label, String colour, int row) {
    }

    /** A point to call out with a ring and a label, such as the knee of a curve. */
    public record Callout(double x, double y, String label, String colour) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<VLine> lines = new ArrayList<>();
    private final List<HLine> thresholds = new ArrayList<>();
    private final List<Callout> callouts = new ArrayList<>();
    private final List<String[]> legendExtras = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Shade> shades = new ArrayList<>();
    private final List<Gap> gaps = new ArrayList<>();
    private List<String> categories;
    private boolean logX;
    private boolean logY;
    private boolean xFromData;
    /** A fixed x range, or null to fit the data. */
    private double[] xSpan;
    private boolean timeX;
    private boolean dots;
    private Double yMinFixed;
    private Double yMaxFixed;
    private double spanFrom = Double.NaN;
    private double spanTo = Double.NaN;
    private String spanLabel;
    private List<Tick> secondTicks;
    private String secondLabel;

    public SvgChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    public SvgChart add(Series line) {
        series.add(line);
        return this;
    }

    /** A shaded band, drawn under every line. */
    public SvgChart add(Band band) {
        bands.add(band);
        return this;
    }

    public SvgChart logX() {
        logX = true;
        return this;
    }

    /** A logarithmic y axis over whole decades; values at or below zero are left out. */
    public SvgChart logY() {
        logY = true;
        return this;
    }

    /**
     * The x axis spans exactly {@code [min, max]} whatever the data covers, so charts of one run
     * line up and a series that stops early is seen to stop.
     */
    public SvgChart xSpan(double min, double max) {
        if (!(max > min)) {
            throw new IllegalArgumentException("need min < max, got " + min + " and " + max);
        }
        xSpan = new double[] {min, max};
        return this;
    }

    /**
     * The x axis is simulated time spanning exactly {@code [fromSeconds, toSeconds]}, ticked where
     * a clock is read ({@link TimeScale}).
     */
    public SvgChart timeSpan(double fromSeconds, double toSeconds) {
        xSpan(fromSeconds, toSeconds);
        timeX = true;
        return this;
    }

    /** The x axis spans the data only (with a little room at the ends), instead of starting at zero. */
    public SvgChart xFromData() {
        xFromData = true;
        return this;
    }

    /**
     * Named x positions: the series' x values are indexes into {@code labels}, one tick and grid
     * line each, evenly spaced.
     */
    public SvgChart categories(List<String> labels) {
        categories = List.copyOf(labels);
        return this;
    }

    /** A dot at every defined point of every solid line, for lines of few points. */
    public SvgChart dots() {
        dots = true;
        return this;
    }

    /** Fixes the y range instead of fitting it to the data (either bound may be null). */
    public SvgChart yRange(Double min, Double max) {
        yMinFixed = min;
        yMaxFixed = max;
        return this;
    }

    /** A vertical line, such as a fault; its label is written along it. */
    public SvgChart marker(VLine line) {
        lines.add(line);
        return this;
    }

    /** A stretch shaded under everything, such as the time a fault is in force. */
    public SvgChart shade(Shade stretch) {
        shades.add(stretch);
        return this;
    }

    /** A stretch with no successful request, hatched over the lines. */
    public SvgChart gap(Gap stretch) {
        gaps.add(stretch);
        return this;
    }

    /** A horizontal line across the plot, labelled at its right end; the y axis reaches it. */
    public SvgChart threshold(HLine line) {
        thresholds.add(line);
        return this;
    }

    /** A ring around a point with a label beside it. */
    public SvgChart callout(Callout point) {
        callouts.add(point);
        return this;
    }

    /**
     * A second row of x labels under the first, at positions in the x axis' own units, with its
     * own title: what each value of a parameter means in another unit (its utilisation).
     */
    public SvgChart secondaryX(List<Tick> ticks, String label) {
        secondTicks = List.copyOf(ticks);
        secondLabel = label;
        return this;
    }

    /** A legend entry for something drawn but not a series (a kind of marker), as a dashed line. */
    public SvgChart legend(String name, String colour, String dash) {
        legendExtras.add(new String[] {name, colour, dash});
        return this;
    }

    /** Shades {@code [from, to)} of the x axis, labelled, such as the warm-up. */
    SvgChart span(double from, double to, String label) {
        spanFrom = from;
        spanTo = to;
        spanLabel = label;
        return this;
    }

    /**
     * What each marker's number on the plot stands for, in order: {@code 1 at 30 s: crash db}; the
     * page writes it under the chart, where a label has room and covers no data.
     */
    List<String> markerKey(String unit) {
        List<String> key = new ArrayList<>();
        int number = 1;
        for (VLine line : lines) {
            key.add(number++ + " at " + Decimals.sensible(line.x()) + unit + ": " + line.label());
        }
        for (int i = 0; i < shades.size(); i++) {
            Shade s = shades.get(i);
            key.add(PlotLayers.letter(i) + " " + Decimals.sensible(s.from()) + unit + " to "
                    + Decimals.sensible(s.to()) + unit + ": " + s.label() + (s.inForce() ? ", still in force at the end" : ""));
        }
        return key;
    }

    /** True when some series has at least one defined point. */
    boolean hasData() {
        for (Series s : series) {
            for (int i = 0; i < s.ys().length; i++) {
                if (defined(s.xs()[i], s.ys()[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The bottom of a percentage axis whose top is 100, so that dips stay visible when the values
     * are all close to 100 % (a 0-100 axis would flatten them).
     */
    public static double percentFloor(double lowest) {
        double floor = lowest >= 99.9 ? 99 : lowest >= 99 ? 90 : lowest >= 90 ? Math.floor(lowest / 10) * 10 - 10 : 0;
        return Math.max(0, floor);
    }

    public String render(double width, double height) {
        StringBuilder out = new StringBuilder(16384);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Svg.num(width))
                .append("\" height=\"").append(Svg.num(height)).append("\" viewBox=\"0 0 ").append(Svg.num(width))
                .append(' ').append(Svg.num(height)).append("\" font-family=\"sans-serif\" font-size=\"")
                .append(Svg.num(FONT)).append("\" role=\"img\" aria-label=\"").append(Svg.escape(title)).append("\">\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        text(out, MARGIN_LEFT, 18, title, "start", "font-size=\"14\" font-weight=\"bold\"");
        double left = MARGIN_LEFT;
        double right = width - MARGIN_RIGHT;
        double bottom = height - MARGIN_BOTTOM - (secondTicks == null ? 0 : SECOND_ROW);
        double top = MARGIN_TOP + (legend(out, left, 36, right) - 1) * LEGEND_ROW + (shades.isEmpty() ? 0 : SHADE_ROW);
        if (!hasData()) {
            text(out, (left + right) / 2, (top + bottom) / 2, "no data", "middle", "fill=\"#888\"");
            out.append("</svg>\n");
            return out.toString();
        }
        PlotLayers plot = new PlotLayers(out, xScale(), yScale(), left, right, top, bottom);
        if (!Double.isNaN(spanFrom) && spanTo > plot.x().min()) {
            plot.span(spanFrom, spanTo, spanLabel);
        }
        plot.shades(shades);
        plot.grid();
        if (secondTicks != null) {
            plot.secondRow(secondTicks, secondLabel);
        }
        plot.frame();
        for (Band b : bands) {
            plot.band(b, i -> bandDefined(b, i));
        }
        for (Series s : series) {
            if (!s.markers()) {
                plot.polyline(s, i -> defined(s.xs()[i], s.ys()[i]));
                if (yMaxFixed != null && !logY) {
                    plot.overflow(s, i -> defined(s.xs()[i], s.ys()[i]));
                }
                if (dots && !s.dashed()) {
                    plot.dots(s, i -> defined(s.xs()[i], s.ys()[i]));
                }
            }
        }
        // Measurements go on top of every line, so a theory curve never hides one.
        for (Series s : series) {
            if (s.markers()) {
                plot.markers(s, i -> defined(s.xs()[i], s.ys()[i]));
            }
        }
        plot.gaps(gaps);
        plot.markers(lines);
        plot.thresholds(thresholds);
        plot.callouts(callouts);
        text(out, (left + right) / 2, height - 8, xLabel, "middle", "");
        out.append("<text transform=\"translate(14 ").append(Svg.num((top + bottom) / 2))
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(Svg.escape(yLabel)).append("</text>\n");
        out.append("</svg>\n");
        return out.toString();
    }

    /** The legend, wrapped onto as many rows as it needs; returns the number of rows. */
    private int legend(StringBuilder out, double left, double y, double right) {
        double x = left;
        int rows = 1;
        List<String[]> entries = new ArrayList<>();
        for (Series s : series) {
            entries.add(new String[] {s.name(), s.colour(), s.markers() ? "markers" : s.dashed() ? "6 3" : null});
        }
        entries.addAll(legendExtras);
        for (String[] e : entries) {
            double w = 26 + Svg.textWidth(e[0], FONT) + 14;
            if (x + w > right && x > left) {
                x = left;
                y += LEGEND_ROW;
                rows++;
            }
            if ("markers".equals(e[2])) {
                PlotLayers.marker(out, x + 10, y - 4, e[1]);
            } else if ("hatch".equals(e[2])) {
                PlotLayers.hatchPattern(out, e[1]);
                out.append("<rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y - 10))
                        .append("\" width=\"20\" height=\"12\" fill=\"url(#").append(PlotLayers.hatchId(e[1]))
                        .append(")\" stroke=\"").append(e[1]).append("\"/>\n");
            } else if ("shade".equals(e[2])) {
                out.append("<rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y - 10)).append("\" width=\"20\"")
                        .append(" height=\"12\" fill=\"").append(e[1]).append("\" fill-opacity=\"0.25\"/>\n");
            } else {
                out.append("<line x1=\"").append(Svg.num(x)).append("\" y1=\"").append(Svg.num(y - 4)).append("\" x2=\"")
                        .append(Svg.num(x + 20)).append("\" y2=\"").append(Svg.num(y - 4)).append("\" stroke=\"")
                        .append(e[1]).append("\" stroke-width=\"2.5\"");
                if (e[2] != null) {
                    out.append(" stroke-dasharray=\"").append(e[2]).append('"');
                }
                out.append("/>\n");
            }
            text(out, x + 26, y, e[0], "start", "");
            x += w;
        }
        return rows;
    }

    private Scale xScale() {
        if (categories != null) {
            return CategoryScale.of(categories);
        }
        if (xSpan != null) {
            return timeX ? TimeScale.of(xSpan[0], xSpan[1], TARGET_TICKS)
                    : LinearScale.exact(xSpan[0], xSpan[1], TARGET_TICKS);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.xs().length; i++) {
                if (defined(s.xs()[i], s.ys()[i])) {
                    min = Math.min(min, s.xs()[i]);
                    max = Math.max(max, s.xs()[i]);
                }
            }
        }
        if (logX) {
            return LogScale.of(min, max);
        }
        if (xFromData && max > min) {
            return LinearScale.padded(min, max, TARGET_TICKS, PADDING);
        }
        return LinearScale.rounded(xFromData ? min : Math.min(0, min), max, TARGET_TICKS);
    }

    private Scale yScale() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.ys().length; i++) {
                if (defined(s.xs()[i], s.ys()[i])) {
                    min = Math.min(min, s.ys()[i]);
                    max = Math.max(max, s.ys()[i]);
                }
            }
        }
        for (Band b : bands) {
            for (int i = 0; i < b.xs().length; i++) {
                if (bandDefined(b, i)) {
                    if (!logY || b.lows()[i] > 0) {
                        min = Math.min(min, b.lows()[i]);
                    }
                    max = Math.max(max, b.highs()[i]);
                }
            }
        }
        for (HLine t : thresholds) {
            if (Double.isFinite(t.y()) && (!logY || t.y() > 0)) {
                min = Math.min(min, t.y());
                max = Math.max(max, t.y());
            }
        }
        if (logY) {
            return LogScale.of(yMinFixed != null ? yMinFixed : min, yMaxFixed != null ? yMaxFixed : max);
        }
        min = yMinFixed != null ? yMinFixed : Math.min(0, min);
        max = yMaxFixed != null ? yMaxFixed : max;
        if (max <= min) {
            max = min + 1;
        }
        return LinearScale.rounded(min, max, TARGET_Y_TICKS);
    }

    private boolean bandDefined(Band b, int i) {
        Double low = b.lows()[i];
        Double high = b.highs()[i];
        return low != null && high != null && Double.isFinite(low) && Double.isFinite(high)
                && Double.isFinite(b.xs()[i]) && (!logX || b.xs()[i] > 0) && (!logY || high > 0);
    }

    private boolean defined(double x, Double y) {
        return y != null && Double.isFinite(y) && Double.isFinite(x) && (!logX || x > 0) && (!logY || y > 0);
    }

    static void text(StringBuilder out, double x, double y, String text, String anchor, String extra) {
        out.append("<text x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y)).append('"');
        if (!"start".equals(anchor)) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (!extra.isEmpty()) {
            out.append(' ').append(extra);
        }
        out.append('>').append(Svg.escape(text)).append("</text>\n");
    }
}
