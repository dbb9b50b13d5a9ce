package org.distsim.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart drawn as inline SVG: a title, axes with "nice" ticks (1, 2 or 5 times a power of
 * ten; powers of ten on a log axis), labelled axes with units, a legend whose colours are the
 * lines', optional vertical markers (faults, notes) and a shaded span (the warm-up).
 *
 * <p>Drawn by hand rather than with a charting library so that the bytes depend only on the data:
 * no font metrics of the machine (label positions are computed from the number of characters), no
 * locale (numbers go through {@link Decimals}), no generated ids. Undefined points ({@code null}
 * or non-finite) break a line into separate pieces instead of being drawn as zero.
 */
final class SvgChart {

    /** One line of the chart. */
    record Series(String name, String colour, double[] xs, Double[] ys, boolean dashed) {
    }

    /** A vertical line at {@code x} with a label, such as a fault. */
    record VLine(double x, String label, String colour, String dash) {
    }

    private static final double FONT = 12;
    private static final double MARGIN_LEFT = 64;
    private static final double MARGIN_RIGHT = 20;
    private static final double MARGIN_TOP = 52;
    private static final double MARGIN_BOTTOM = 44;
    private static final int TARGET_TICKS = 6;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<VLine> lines = new ArrayList<>();
    private final List<String[]> legendExtras = new ArrayList<>();
    private boolean logX;
    private Double yMinFixed;
    private Double yMaxFixed;
    private double spanFrom = Double.NaN;
    private double spanTo = Double.NaN;
    private String spanLabel;

    SvgChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    SvgChart add(Series line) {
        series.add(line);
        return this;
    }

    SvgChart logX() {
        logX = true;
        return this;
    }

    /** Fixes the y range instead of fitting it to the data (either bound may be null). */
    SvgChart yRange(Double min, Double max) {
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

    String render(double width, double height) {
        StringBuilder out = new StringBuilder(16384);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Svg.num(width))
                .append("\" height=\"").append(Svg.num(height)).append("\" viewBox=\"0 0 ").append(Svg.num(width))
                .append(' ').append(Svg.num(height)).append("\" font-family=\"sans-serif\" font-size=\"")
                .append(Svg.num(FONT)).append("\" role=\"img\" aria-label=\"").append(Svg.escape(title)).append("\">\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        text(out, MARGIN_LEFT, 18, title, "start", "font-size=\"14\" font-weight=\"bold\"");
        double left = MARGIN_LEFT;
        double right = width - MARGIN_RIGHT;
        double top = MARGIN_TOP;
        double bottom = height - MARGIN_BOTTOM;
        legend(out, left, 36, right);
        if (!hasData()) {
            text(out, (left + right) / 2, (top + bottom) / 2, "no data", "middle", "fill=\"#888\"");
            out.append("</svg>\n");
            return out.toString();
        }
        double[] xr = xRange();
        double[] yr = yRange();
        Axis x = logX ? Axis.log(xr[0], xr[1], left, right) : Axis.linear(xr[0], xr[1], left, right, TARGET_TICKS);
        Axis y = Axis.linear(yr[0], yr[1], bottom, top, 5);
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
        for (Series s : series) {
            polyline(out, s, x, y);
        }
        markers(out, x, top, bottom);
        text(out, (left + right) / 2, height - 8, xLabel, "middle", "");
        out.append("<text transform=\"translate(14 ").append(Svg.num((top + bottom) / 2))
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(Svg.escape(yLabel)).append("</text>\n");
        out.append("</svg>\n");
        return out.toString();
    }

    private void legend(StringBuilder out, double left, double y, double right) {
        double x = left;
        List<String[]> entries = new ArrayList<>();
        for (Series s : series) {
            entries.add(new String[] {s.name(), s.colour(), s.dashed() ? "6 3" : null});
        }
        entries.addAll(legendExtras);
        for (String[] e : entries) {
            double w = 26 + Svg.textWidth(e[0], FONT) + 14;
            if (x + w > right && x > left) {
                break; // the legend stays on one line; charts keep their series few
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
    }

    private static void grid(StringBuilder out, Axis x, Axis y, double left, double right, double top, double bottom) {
        for (Tick t : x.ticks()) {
            double p = x.position(t.value());
            out.append("<line x1=\"").append(Svg.num(p)).append("\" y1=\"").append(Svg.num(top)).append("\" x2=\"")
                    .append(Svg.num(p)).append("\" y2=\"").append(Svg.num(bottom)).append("\" stroke=\"#ddd\"/>\n");
            text(out, p, bottom + 16, t.label(), "middle", "fill=\"#333\"");
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
        if (!logX) {
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
        min = yMinFixed != null ? yMinFixed : Math.min(0, min);
        max = yMaxFixed != null ? yMaxFixed : max;
        if (max <= min) {
            max = min + 1;
        }
        return new double[] {min, max};
    }

    private boolean defined(double x, Double y) {
        return y != null && Double.isFinite(y) && Double.isFinite(x) && (!logX || x > 0);
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
