package org.distsim.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart drawn as inline SVG: a title, axes with "nice" ticks (1, 2 or 5 times a power of
 * ten; powers of ten on a log axis), labelled axes with units, a legend whose colours are the
 * lines', optional vertical markers (faults, notes) and a shaded span (the warm-up). For
 * estimates over replications a line can carry a shaded band (its confidence interval), the y axis
 * can be logarithmic, and the x axis can be categories (values that are not numbers) or fitted to
 * the data instead of starting at zero.
 *
 * <p>Drawn by hand rather than with a charting library so that the bytes depend only on the data:
 * no font metrics of the machine (label positions are computed from the number of characters), no
 * locale (numbers go through {@link Decimals}), no generated ids. Undefined points ({@code null}
 * or non-finite) break a line into separate pieces instead of being drawn as zero.
 */
public final class SvgChart {

    /** One line of the chart. */
    public record Series(String name, String colour, double[] xs, Double[] ys, boolean dashed) {
    }

    /** A vertical line at {@code x} with a label, such as a fault. */
    public record VLine(double x, String label, String colour, String dash) {
    }

    /**
     * A shaded area between {@code lows} and {@code highs} over {@code xs}, such as a confidence
     * interval around a line; undefined ends (null) break it into pieces, like a line.
     */
    public record Band(String colour, double[] xs, Double[] lows, Double[] highs) {
    }

    private static final double FONT = 12;
    private static final double MARGIN_LEFT = 64;
    private static final double MARGIN_RIGHT = 20;
    private static final double MARGIN_TOP = 52;
    private static final double MARGIN_BOTTOM = 44;
    private static final int TARGET_TICKS = 6;
    private static final double LEGEND_ROW = 16;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<VLine> lines = new ArrayList<>();
    private final List<String[]> legendExtras = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private List<String> categories;
    private boolean logX;
    private boolean logY;
    private boolean xFromData;
    /** A fixed x range, or null to fit the data. */
    private double[] xSpan;
    private boolean dots;
    private Double yMinFixed;
    private Double yMaxFixed;
    private double spanFrom = Double.NaN;
    private double spanTo = Double.NaN;
    private String spanLabel;

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

    /** The x axis spans the data only, instead of starting at zero. */
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

    /** A dot at every defined point of every line, for lines of few points. */
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

    SvgChart marker(VLine line) {
        lines.add(line);
        return this;
    }

    /** A legend entry for something drawn but not a series (a kind of marker), as a dashed line. */
    SvgChart legend(String name, String colour, String dash) {
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
        double bottom = height - MARGIN_BOTTOM;
        double top = MARGIN_TOP + (legend(out, left, 36, right) - 1) * LEGEND_ROW;
        if (!hasData()) {
            text(out, (left + right) / 2, (top + bottom) / 2, "no data", "middle", "fill=\"#888\"");
            out.append("</svg>\n");
            return out.toString();
        }
        double[] xr = xRange();
        double[] yr = yRange();
        Axis x = categories != null ? Axis.categorical(categories, left, right)
                : logX ? Axis.log(xr[0], xr[1], left, right) : Axis.linear(xr[0], xr[1], left, right, TARGET_TICKS);
        Axis y = logY ? Axis.log(yr[0], yr[1], bottom, top) : Axis.linear(yr[0], yr[1], bottom, top, 5);
        if (!Double.isNaN(spanFrom) && spanTo > x.min()) {
            double a = x.position(Math.max(spanFrom, x.min()));
            double b = x.position(Math.min(spanTo, x.max()));
            out.append("<rect x=\"").append(Svg.num(a)).append("\" y=\"").append(Svg.num(top)).append("\" width=\"")
                    .append(Svg.num(b - a)).append("\" height=\"").append(Svg.num(bottom - top))
                    .append("\" fill=\"#eee\"/>\n");
            text(out, a + 4, bottom - 6, spanLabel, "start", "fill=\"#777\" font-size=\"11\"");
        }
        grid(out, x, y, left, right, top, bottom);
        // The frame goes under the data, so a line along an edge (availability at 100 %, no errors) stays visible.
        out.append("<rect x=\"").append(Svg.num(left)).append("\" y=\"").append(Svg.num(top)).append("\" width=\"")
                .append(Svg.num(right - left)).append("\" height=\"").append(Svg.num(bottom - top))
                .append("\" fill=\"none\" stroke=\"#444\"/>\n");
        for (Band b : bands) {
            band(out, b, x, y);
        }
        for (Series s : series) {
            polyline(out, s, x, y);
            if (dots) {
                dots(out, s, x, y);
            }
        }
        markers(out, x, top, bottom);
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
            entries.add(new String[] {s.name(), s.colour(), s.dashed() ? "6 3" : null});
        }
        entries.addAll(legendExtras);
        for (String[] e : entries) {
            double w = 26 + Svg.textWidth(e[0], FONT) + 14;
            if (x + w > right && x > left) {
                x = left;
                y += LEGEND_ROW;
                rows++;
            }
            out.append("<line x1=\"").append(Svg.num(x)).append("\" y1=\"").append(Svg.num(y - 4)).append("\" x2=\"")
                    .append(Svg.num(x + 20)).append("\" y2=\"").append(Svg.num(y - 4)).append("\" stroke=\"")
                    .append(e[1]).append("\" stroke-width=\"2.5\"");
            if (e[2] != null) {
                out.append(" stroke-dasharray=\"").append(e[2]).append('"');
            }
            out.append("/>\n");
            text(out, x + 26, y, e[0], "start", "");
            x += w;
        }
        return rows;
    }

    private static void grid(StringBuilder out, Axis x, Axis y, double left, double right, double top, double bottom) {
        // Labels that would overlap their neighbours are thinned to every k-th tick (categories can be long).
        double widest = 0;
        for (Tick t : x.ticks()) {
            widest = Math.max(widest, Svg.textWidth(t.label(), FONT) + 8);
        }
        int every = x.ticks().size() < 2 ? 1 : (int) Math.ceil(widest / ((right - left) / x.ticks().size()));
        int index = 0;
        for (Tick t : x.ticks()) {
            double p = x.position(t.value());
            out.append("<line x1=\"").append(Svg.num(p)).append("\" y1=\"").append(Svg.num(top)).append("\" x2=\"")
                    .append(Svg.num(p)).append("\" y2=\"").append(Svg.num(bottom)).append("\" stroke=\"#ddd\"/>\n");
            if (index++ % Math.max(1, every) == 0) {
                text(out, p, bottom + 16, t.label(), "middle", "fill=\"#333\"");
            }
        }
        for (Tick t : y.ticks()) {
            double p = y.position(t.value());
            out.append("<line x1=\"").append(Svg.num(left)).append("\" y1=\"").append(Svg.num(p)).append("\" x2=\"")
                    .append(Svg.num(right)).append("\" y2=\"").append(Svg.num(p)).append("\" stroke=\"#ddd\"/>\n");
            text(out, left - 6, p + 4, t.label(), "end", "fill=\"#333\"");
        }
    }

    private void polyline(StringBuilder out, Series s, Axis x, Axis y) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= s.ys().length; i++) {
            boolean ok = i < s.ys().length && defined(s.xs()[i], s.ys()[i]);
            if (ok) {
                if (points.length() > 0) {
                    points.append(' ');
                }
                points.append(Svg.num(x.position(s.xs()[i]))).append(',').append(Svg.num(y.position(s.ys()[i])));
            } else if (points.length() > 0) {
                boolean single = points.indexOf(" ") < 0;
                if (single) {
                    String[] xy = points.toString().split(",");
                    out.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1])
                            .append("\" r=\"2\" fill=\"").append(s.colour()).append("\"/>\n");
                } else {
                    out.append("<polyline fill=\"none\" stroke=\"").append(s.colour())
                            .append("\" stroke-width=\"1.6\" stroke-linejoin=\"round\"");
                    if (s.dashed()) {
                        out.append(" stroke-dasharray=\"6 3\"");
                    }
                    out.append(" points=\"").append(points).append("\"/>\n");
                }
                points.setLength(0);
            }
        }
    }

    /**
     * A band as one polygon per run of defined points: along the highs, then back along the lows.
     * Ends outside the axis (a low at or below zero on a log axis, a high above a fixed top) are
     * drawn at the edge of the plot. A run of one point is drawn as a vertical bar.
     */
    private void band(StringBuilder out, Band b, Axis x, Axis y) {
        int n = Math.min(b.xs().length, Math.min(b.lows().length, b.highs().length));
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && bandDefined(b, end)) {
                end++;
            }
            if (end - start == 1) {
                double p = x.position(b.xs()[start]);
                out.append("<line x1=\"").append(Svg.num(p)).append("\" y1=\"").append(Svg.num(clamped(y, b.lows()[start])))
                        .append("\" x2=\"").append(Svg.num(p)).append("\" y2=\"").append(Svg.num(clamped(y, b.highs()[start])))
                        .append("\" stroke=\"").append(b.colour()).append("\" stroke-opacity=\"0.5\" stroke-width=\"6\"/>\n");
            } else if (end - start > 1) {
                StringBuilder points = new StringBuilder();
                for (int i = start; i < end; i++) {
                    points.append(points.length() > 0 ? " " : "").append(Svg.num(x.position(b.xs()[i]))).append(',')
                            .append(Svg.num(clamped(y, b.highs()[i])));
                }
                for (int i = end - 1; i >= start; i--) {
                    points.append(' ').append(Svg.num(x.position(b.xs()[i]))).append(',')
                            .append(Svg.num(clamped(y, b.lows()[i])));
                }
                out.append("<polygon class=\"band\" fill=\"").append(b.colour())
                        .append("\" fill-opacity=\"0.18\" stroke=\"none\" points=\"").append(points).append("\"/>\n");
            }
            start = end == start ? start + 1 : end;
        }
    }

    private boolean bandDefined(Band b, int i) {
        Double low = b.lows()[i];
        Double high = b.highs()[i];
        return low != null && high != null && Double.isFinite(low) && Double.isFinite(high)
                && Double.isFinite(b.xs()[i]) && (!logX || b.xs()[i] > 0) && (!logY || high > 0);
    }

    /** The position of {@code value}, kept inside the axis. */
    private static double clamped(Axis y, double value) {
        return y.position(Math.min(y.max(), Math.max(y.min(), value)));
    }

    private void dots(StringBuilder out, Series s, Axis x, Axis y) {
        for (int i = 0; i < s.ys().length; i++) {
            if (defined(s.xs()[i], s.ys()[i])) {
                out.append("<circle cx=\"").append(Svg.num(x.position(s.xs()[i]))).append("\" cy=\"")
                        .append(Svg.num(y.position(s.ys()[i]))).append("\" r=\"2.5\" fill=\"").append(s.colour())
                        .append("\"/>\n");
            }
        }
    }

    /**
     * Markers as vertical lines, their labels written upwards along the line from the bottom of the
     * plot; markers closer than a label's height share one label, so labels never overlap.
     */
    private void markers(StringBuilder out, Axis x, double top, double bottom) {
        double lastLabelled = Double.NEGATIVE_INFINITY;
        List<double[]> positions = new ArrayList<>();
        List<StringBuilder> labels = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (VLine m : lines) {
            if (m.x() < x.min() || m.x() > x.max()) {
                continue;
            }
            double p = x.position(m.x());
            out.append("<line x1=\"").append(Svg.num(p)).append("\" y1=\"").append(Svg.num(top)).append("\" x2=\"")
                    .append(Svg.num(p)).append("\" y2=\"").append(Svg.num(bottom)).append("\" stroke=\"")
                    .append(m.colour()).append("\" stroke-width=\"1.2\" stroke-dasharray=\"").append(m.dash())
                    .append("\"/>\n");
            if (p - lastLabelled < FONT + 2) {
                labels.get(labels.size() - 1).append("; ").append(m.label());
            } else {
                positions.add(new double[] {p});
                labels.add(new StringBuilder(m.label()));
                colours.add(m.colour());
                lastLabelled = p;
            }
        }
        double room = bottom - top - 8;
        for (int i = 0; i < positions.size(); i++) {
            double p = positions.get(i)[0];
            String label = labels.get(i).toString();
            int maxChars = (int) (room / (FONT * 0.6));
            if (label.length() > maxChars) {
                label = label.substring(0, Math.max(1, maxChars - 3)) + "...";
            }
            out.append("<text transform=\"translate(").append(Svg.num(p + 4)).append(' ').append(Svg.num(top + 6))
                    .append(") rotate(90)\" fill=\"").append(colours.get(i))
                    .append("\" font-size=\"11\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">")
                    .append(Svg.escape(label)).append("</text>\n");
        }
    }

    private double[] xRange() {
        if (xSpan != null) {
            return xSpan.clone();
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
        if (!logX && !xFromData) {
            min = Math.min(min, 0);
        }
        if (max <= min) {
            max = logX ? min * 10 : min + 1;
        }
        return new double[] {min, max};
    }

    private double[] yRange() {
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
        if (logY) {
            return new double[] {yMinFixed != null ? yMinFixed : min, yMaxFixed != null ? yMaxFixed : max};
        }
        min = yMinFixed != null ? yMinFixed : Math.min(0, min);
        max = yMaxFixed != null ? yMaxFixed : max;
        if (max <= min) {
            max = min + 1;
        }
        return new double[] {min, max};
    }

    private boolean defined(double x, Double y) {
        return y != null && Double.isFinite(y) && Double.isFinite(x) && (!logX || x > 0) && (!logY || y > 0);
    }

    private static void text(StringBuilder out, double x, double y, String text, String anchor, String extra) {
        out.append("<text x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y)).append('"');
        if (!"start".equals(anchor)) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (!extra.isEmpty()) {
            out.append(' ').append(extra);
        }
        out.append('>').append(Svg.escape(text)).append("</text>\n");
    }

    private record Tick(double value, String label) {
    }

    /** Maps data values to pixels, and knows its ticks. */
    private record Axis(double min, double max, double from, double to, boolean log, List<Tick> ticks) {

        /** A linear axis from 0 or the data's minimum to a nice value above the data's maximum. */
        static Axis linear(double min, double max, double from, double to, int target) {
            double step = niceStep((max - min) / target);
            double lo = Math.floor(min / step) * step;
            double hi = Math.ceil(max / step - 1e-9) * step;
            if (hi <= lo) {
                hi = lo + step;
            }
            int decimals = Math.max(0, -(int) Math.floor(StrictMath.log10(step) + 1e-9));
            List<Tick> ticks = new ArrayList<>();
            long count = Math.round((hi - lo) / step);
            for (long i = 0; i <= count; i++) {
                double v = lo + i * step;
                ticks.add(new Tick(v, Decimals.fixed(v == 0 ? 0.0 : v, decimals)));
            }
            return new Axis(lo, hi, from, to, false, ticks);
        }

        /** Evenly spaced categories at 0, 1, 2...: half a step of room at either end. */
        static Axis categorical(List<String> labels, double from, double to) {
            List<Tick> ticks = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                ticks.add(new Tick(i, labels.get(i)));
            }
            return new Axis(-0.5, Math.max(1, labels.size()) - 0.5, from, to, false, ticks);
        }

        /** A log axis over whole decades, ticked at 1, 10, 100... (and 2 and 5 when few decades). */
        static Axis log(double min, double max, double from, double to) {
            int lo = (int) Math.floor(StrictMath.log10(min));
            int hi = (int) Math.ceil(StrictMath.log10(max) - 1e-12);
            if (hi <= lo) {
                hi = lo + 1;
            }
            List<Tick> ticks = new ArrayList<>();
            for (int e = lo; e <= hi; e++) {
                BigDecimal decade = BigDecimal.ONE.scaleByPowerOfTen(e);
                ticks.add(new Tick(decade.doubleValue(), decade.stripTrailingZeros().toPlainString()));
                if (hi - lo <= 3 && e < hi) {
                    for (int m : new int[] {2, 5}) {
                        BigDecimal v = decade.multiply(BigDecimal.valueOf(m));
                        ticks.add(new Tick(v.doubleValue(), v.stripTrailingZeros().toPlainString()));
                    }
                }
            }
            return new Axis(StrictMath.pow(10, lo), StrictMath.pow(10, hi), from, to, true, ticks);
        }

        double position(double value) {
            double f = log ? (StrictMath.log10(value) - StrictMath.log10(min)) / (StrictMath.log10(max) - StrictMath.log10(min))
                    : (value - min) / (max - min);
            return from + f * (to - from);
        }

        private static double niceStep(double raw) {
            if (!(raw > 0)) {
                return 1;
            }
            double magnitude = StrictMath.pow(10, Math.floor(StrictMath.log10(raw)));
            double f = raw / magnitude;
            double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
            return nice * magnitude;
        }
    }
}
