package org.distsim.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.distsim.reports.chart.Scale;
import org.distsim.reports.chart.Tick;

/**
 * The plot area of one {@link SvgChart}: its two scales, where it lies on the page, and the layers
 * drawn into it in order (shaded span, grid and ticks, frame, bands, lines, dots, markers,
 * thresholds, callouts). Coordinates are written through {@link Svg#num}, so the bytes depend only
 * on the data.
 */
final class PlotLayers {

    private static final double FONT = SvgChart.FONT;

    private final StringBuilder out;
    private final Scale x;
    private final Scale y;
    private final double left;
    private final double right;
    private final double top;
    private final double bottom;

    PlotLayers(StringBuilder out, Scale x, Scale y, double left, double right, double top, double bottom) {
        this.out = out;
        this.x = x;
        this.y = y;
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
    }

    Scale x() {
        return x;
    }

    private double px(double value) {
        return x.position(value, left, right);
    }

    private double py(double value) {
        return y.position(value, bottom, top);
    }

    /** The pixel height of {@code value}, kept inside the plot (a band's end beyond the axis). */
    private double pyClamped(double value) {
        return py(y.clamp(value));
    }

    /** Shades {@code [from, to)} of the x axis (cut to the axis), with a label at its foot. */
    void span(double from, double to, String label) {
        double a = px(Math.max(from, x.min()));
        double b = px(Math.min(to, x.max()));
        out.append("<rect x=\"").append(Svg.num(a)).append("\" y=\"").append(Svg.num(top)).append("\" width=\"")
                .append(Svg.num(b - a)).append("\" height=\"").append(Svg.num(bottom - top))
                .append("\" fill=\"#eee\"/>\n");
        SvgChart.text(out, a + 4, bottom - 6, label, "start", "fill=\"#777\" font-size=\"11\"");
    }

    /**
     * Shades each stretch (cut to the axis) under everything else, and tags it above the frame, in
     * the row over the markers' numbers, with a bracket over its length and its letter (A, B, ...
     * in the chart's order) in the middle; letters closer than a letter's width share one tag.
     */
    void shades(List<SvgChart.Shade> stretches) {
        double lastTagged = Double.NEGATIVE_INFINITY;
        List<Double> positions = new ArrayList<>();
        List<StringBuilder> tags = new ArrayList<>();
        for (int i = 0; i < stretches.size(); i++) {
            SvgChart.Shade s = stretches.get(i);
            if (s.to() < x.min() || s.from() > x.max()) {
                continue;
            }
            double a = px(Math.max(s.from(), x.min()));
            double b = Math.max(a + 1, px(Math.min(s.to(), x.max())));
            out.append("<rect x=\"").append(Svg.num(a)).append("\" y=\"").append(Svg.num(top)).append("\" width=\"")
                    .append(Svg.num(b - a)).append("\" height=\"").append(Svg.num(bottom - top)).append("\" fill=\"")
                    .append(SvgChart.SHADE).append("\" fill-opacity=\"0.18\"/>\n");
            double bracket = top - 16;
            out.append("<path d=\"M").append(Svg.num(a)).append(' ').append(Svg.num(bracket + 4)).append('V')
                    .append(Svg.num(bracket)).append('H').append(Svg.num(b)).append('V').append(Svg.num(bracket + 4))
                    .append("\" fill=\"none\" stroke=\"").append(SvgChart.SHADE).append("\" stroke-width=\"1.5\"/>\n");
            double middle = (a + b) / 2;
            String tag = letter(i);
            if (middle - lastTagged < FONT * 0.6 * (tags.isEmpty() ? 2 : tags.get(tags.size() - 1).length() + 2)) {
                tags.get(tags.size() - 1).append(',').append(tag);
            } else {
                positions.add(middle);
                tags.add(new StringBuilder(tag));
                lastTagged = middle;
            }
        }
        for (int i = 0; i < positions.size(); i++) {
            SvgChart.text(out, positions.get(i), top - 19, tags.get(i).toString(), "middle",
                    "fill=\"#8a5a00\" font-size=\"11\" font-weight=\"bold\"");
        }
    }

    /** The height of one row of {@link SvgChart.Gap} strips along the top of the plot. */
    private static final double GAP_ROW = 15;

    /**
     * Hatches each stretch with no successful request in its series' colour: the plot's whole
     * height, or a strip in its row along the top; labelled where the label fits.
     */
    void gaps(List<SvgChart.Gap> gaps) {
        for (SvgChart.Gap g : gaps) {
            if (g.to() < x.min() || g.from() > x.max()) {
                continue;
            }
            double a = px(Math.max(g.from(), x.min()));
            double b = Math.max(a + 2, px(Math.min(g.to(), x.max())));
            double y0 = g.row() < 0 ? top : top + 1 + g.row() * (GAP_ROW + 1);
            double h = g.row() < 0 ? bottom - top : GAP_ROW;
            hatchPattern(out, g.colour());
            out.append("<rect class=\"no-success\" x=\"").append(Svg.num(a)).append("\" y=\"").append(Svg.num(y0))
                    .append("\" width=\"").append(Svg.num(b - a)).append("\" height=\"").append(Svg.num(h))
                    .append("\" fill=\"url(#").append(hatchId(g.colour())).append(")\" stroke=\"").append(g.colour())
                    .append("\" stroke-width=\"1\"><title>").append(Svg.escape(g.label())).append("</title></rect>\n");
            if (b - a > Svg.textWidth(g.label(), 11) + 8) {
                SvgChart.text(out, a + 4, y0 + 12, g.label(), "start",
                        "font-size=\"11\" font-weight=\"bold\" fill=\"#222\" paint-order=\"stroke\" stroke=\"#fff\""
                                + " stroke-width=\"3\"");
            }
        }
    }

    /** The id of the hatch pattern of {@code colour} ({@code #d62728}): one per colour, so ids never clash. */
    static String hatchId(String colour) {
        return "hatch-" + colour.replace("#", "");
    }

    /**
     * Defines the hatch pattern of {@code colour}. Several charts of one page define the same id
     * with the same content, so whichever one the browser resolves draws alike.
     */
    static void hatchPattern(StringBuilder out, String colour) {
        out.append("<defs><pattern id=\"").append(hatchId(colour))
                .append("\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"3\" height=\"7\" fill=\"").append(colour)
                .append("\" fill-opacity=\"0.45\"/></pattern></defs>\n");
    }

    /** The tag of the {@code i}th shaded stretch: A to Z, then AA, AB, ... */
    static String letter(int i) {
        String one = String.valueOf((char) ('A' + i % 26));
        return i < 26 ? one : letter(i / 26 - 1) + one;
    }

    /** Grid lines and tick labels of both axes. */
    void grid() {
        int index = 0;
        int every = every(x.ticks());
        for (Tick t : x.ticks()) {
            double p = px(t.value());
            out.append("<line x1=\"").append(Svg.num(p)).append("\" y1=\"").append(Svg.num(top)).append("\" x2=\"")
                    .append(Svg.num(p)).append("\" y2=\"").append(Svg.num(bottom)).append("\" stroke=\"#ddd\"/>\n");
            if (index++ % every == 0) {
                SvgChart.text(out, p, bottom + 16, t.label(), "middle", "fill=\"#333\"");
            }
        }
        for (Tick t : y.ticks()) {
            double p = py(t.value());
            out.append("<line x1=\"").append(Svg.num(left)).append("\" y1=\"").append(Svg.num(p)).append("\" x2=\"")
                    .append(Svg.num(right)).append("\" y2=\"").append(Svg.num(p)).append("\" stroke=\"#ddd\"/>\n");
            SvgChart.text(out, left - 6, p + 4, t.label(), "end", "fill=\"#333\"");
        }
    }

    /** Labels that would overlap their neighbours are thinned to every k-th tick (categories can be long). */
    private int every(List<Tick> ticks) {
        double widest = 0;
        for (Tick t : ticks) {
            widest = Math.max(widest, Svg.textWidth(t.label(), FONT) + 8);
        }
        return ticks.size() < 2 ? 1 : Math.max(1, (int) Math.ceil(widest / ((right - left) / ticks.size())));
    }

    /** A second row of x labels under the first, in grey, with its title under it. */
    void secondRow(List<Tick> ticks, String title) {
        int index = 0;
        int every = every(ticks);
        for (Tick t : ticks) {
            if (t.value() < x.min() || t.value() > x.max()) {
                continue;
            }
            if (index++ % every == 0) {
                SvgChart.text(out, px(t.value()), bottom + 32, t.label(), "middle", "fill=\"#666\"");
            }
        }
        SvgChart.text(out, (left + right) / 2, bottom + 48, title, "middle", "fill=\"#666\"");
    }

    /** The frame goes under the data, so a line along an edge (availability at 100 %, no errors) stays visible. */
    void frame() {
        out.append("<rect x=\"").append(Svg.num(left)).append("\" y=\"").append(Svg.num(top)).append("\" width=\"")
                .append(Svg.num(right - left)).append("\" height=\"").append(Svg.num(bottom - top))
                .append("\" fill=\"none\" stroke=\"#444\"/>\n");
    }

    /**
     * A series as one polyline per run of defined points (undefined points break the line); a run
     * of one point is a small dot. Points beyond a fixed axis are drawn at its edge, where
     * {@link #overflow} marks how far they went.
     */
    void polyline(SvgChart.Series s, IntPredicate defined) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= s.ys().length; i++) {
            boolean ok = i < s.ys().length && defined.test(i);
            if (ok) {
                if (points.length() > 0) {
                    points.append(' ');
                }
                points.append(Svg.num(px(s.xs()[i]))).append(',').append(Svg.num(pyClamped(s.ys()[i])));
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
    void band(SvgChart.Band b, IntPredicate defined) {
        int n = Math.min(b.xs().length, Math.min(b.lows().length, b.highs().length));
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && defined.test(end)) {
                end++;
            }
            if (b.bars() && end > start) {
                for (int i = start; i < end; i++) {
                    errorBar(b, i);
                }
            } else if (end - start == 1) {
                double p = px(b.xs()[start]);
                out.append("<line x1=\"").append(Svg.num(p)).append("\" y1=\"").append(Svg.num(pyClamped(b.lows()[start])))
                        .append("\" x2=\"").append(Svg.num(p)).append("\" y2=\"").append(Svg.num(pyClamped(b.highs()[start])))
                        .append("\" stroke=\"").append(b.colour()).append("\" stroke-opacity=\"0.5\" stroke-width=\"6\"/>\n");
            } else if (end - start > 1) {
                StringBuilder points = new StringBuilder();
                for (int i = start; i < end; i++) {
                    points.append(points.length() > 0 ? " " : "").append(Svg.num(px(b.xs()[i]))).append(',')
                            .append(Svg.num(pyClamped(b.highs()[i])));
                }
                for (int i = end - 1; i >= start; i--) {
                    points.append(' ').append(Svg.num(px(b.xs()[i]))).append(',')
                            .append(Svg.num(pyClamped(b.lows()[i])));
                }
                out.append("<polygon class=\"band\" fill=\"").append(b.colour())
                        .append("\" fill-opacity=\"0.18\" stroke=\"none\" points=\"").append(points).append("\"/>\n");
            }
            start = end == start ? start + 1 : end;
        }
    }

    /** A measurement's marker: a ring with a white centre, so it stands out from lines and bars. */
    static void marker(StringBuilder out, double cx, double cy, String colour) {
        out.append("<circle cx=\"").append(Svg.num(cx)).append("\" cy=\"").append(Svg.num(cy))
                .append("\" r=\"3.5\" fill=\"#fff\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>\n");
    }

    /** A marker at every defined point of a series that is drawn as markers only. */
    void markers(SvgChart.Series s, IntPredicate defined) {
        for (int i = 0; i < s.ys().length; i++) {
            if (defined.test(i)) {
                marker(out, px(s.xs()[i]), py(s.ys()[i]), s.colour());
            }
        }
    }

    /** An error bar from the low to the high end at point {@code i}, with short caps. */
    private void errorBar(SvgChart.Band b, int i) {
        double p = px(b.xs()[i]);
        double lo = pyClamped(b.lows()[i]);
        double hi = pyClamped(b.highs()[i]);
        out.append("<path d=\"M").append(Svg.num(p)).append(' ').append(Svg.num(lo)).append('V').append(Svg.num(hi))
                .append("M").append(Svg.num(p - 4)).append(' ').append(Svg.num(lo)).append('H').append(Svg.num(p + 4))
                .append("M").append(Svg.num(p - 4)).append(' ').append(Svg.num(hi)).append('H').append(Svg.num(p + 4))
                .append("\" class=\"band\" fill=\"none\" stroke=\"").append(b.colour())
                .append("\" stroke-width=\"1.5\"/>\n");
    }

    /** A dot at every defined point of a series. */
    void dots(SvgChart.Series s, IntPredicate defined) {
        for (int i = 0; i < s.ys().length; i++) {
            if (defined.test(i)) {
                out.append("<circle cx=\"").append(Svg.num(px(s.xs()[i]))).append("\" cy=\"")
                        .append(Svg.num(py(s.ys()[i]))).append("\" r=\"2.5\" fill=\"").append(s.colour())
                        .append("\"/>\n");
            }
        }
    }

    /**
     * Markers as vertical lines, each tagged with its number ({@code numbers}, from 1, in the
     * chart's order) just above the frame, outside the data; the chart's key says what each number
     * is. Tags closer than one tag's width share one ("2,3"), so they never overlap.
     */
    void markers(List<SvgChart.VLine> lines) {
        double lastTagged = Double.NEGATIVE_INFINITY;
        List<Double> positions = new ArrayList<>();
        List<StringBuilder> tags = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        int number = 0;
        for (SvgChart.VLine m : lines) {
            number++;
            if (m.x() < x.min() || m.x() > x.max()) {
                continue;
            }
            double p = px(m.x());
            out.append("<line x1=\"").append(Svg.num(p)).append("\" y1=\"").append(Svg.num(top)).append("\" x2=\"")
                    .append(Svg.num(p)).append("\" y2=\"").append(Svg.num(bottom)).append("\" stroke=\"")
                    .append(m.colour()).append("\" stroke-width=\"1.2\" stroke-dasharray=\"").append(m.dash())
                    .append("\"/>\n");
            String tag = Integer.toString(number);
            if (p - lastTagged < FONT * 0.6 * (tags.isEmpty() ? 2 : tags.get(tags.size() - 1).length() + 2)) {
                tags.get(tags.size() - 1).append(',').append(tag);
            } else {
                positions.add(p);
                tags.add(new StringBuilder(tag));
                colours.add(m.colour());
                lastTagged = p;
            }
        }
        for (int i = 0; i < positions.size(); i++) {
            SvgChart.text(out, positions.get(i), top - 4, tags.get(i).toString(), "middle",
                    "fill=\"" + colours.get(i) + "\" font-size=\"11\" font-weight=\"bold\"");
        }
    }

    /**
     * For each run of points of {@code s} above the top of the axis, a small triangle at the top
     * edge over the highest of them, labelled with its value, so a line cut by the axis still
     * says how high it went. Labels closer than their own width to the previous one are left out;
     * the triangle stays.
     */
    void overflow(SvgChart.Series s, IntPredicate defined) {
        double lastLabel = Double.NEGATIVE_INFINITY;
        int i = 0;
        int n = s.ys().length;
        while (i < n) {
            if (!defined.test(i) || s.ys()[i] <= y.max()) {
                i++;
                continue;
            }
            int peak = i;
            while (i < n && defined.test(i) && s.ys()[i] > y.max()) {
                if (s.ys()[i] > s.ys()[peak]) {
                    peak = i;
                }
                i++;
            }
            double p = px(s.xs()[peak]);
            out.append("<path d=\"M").append(Svg.num(p - 4)).append(' ').append(Svg.num(top + 7)).append('L')
                    .append(Svg.num(p)).append(' ').append(Svg.num(top + 1)).append('L').append(Svg.num(p + 4))
                    .append(' ').append(Svg.num(top + 7)).append("Z\" fill=\"").append(s.colour()).append("\"/>\n");
            String label = Decimals.sensible(s.ys()[peak]);
            double width = Svg.textWidth(label, 11);
            if (p - lastLabel > width + 8) {
                // Near the right edge the label goes to the left of its mark, so it stays inside the chart.
                boolean left = p + 6 + width > right;
                SvgChart.text(out, left ? p - 6 : p + 6, top + 12, label, left ? "end" : "start", "fill=\"" + s.colour()
                        + "\" font-size=\"11\" font-weight=\"bold\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"");
                lastLabel = p;
            }
        }
    }

    /**
     * Horizontal lines across the plot, each labelled above its left end: curves against a load
     * rise to the right, so the left end is where a label is least in the way.
     */
    void thresholds(List<SvgChart.HLine> lines) {
        for (SvgChart.HLine h : lines) {
            if (h.y() < y.min() || h.y() > y.max()) {
                continue;
            }
            double p = py(h.y());
            out.append("<line x1=\"").append(Svg.num(left)).append("\" y1=\"").append(Svg.num(p)).append("\" x2=\"")
                    .append(Svg.num(right)).append("\" y2=\"").append(Svg.num(p)).append("\" stroke=\"").append(h.colour())
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"8 4\"/>\n");
            SvgChart.text(out, left + 4, p - 4, h.label(), "start", "fill=\"" + h.colour()
                    + "\" font-size=\"11\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"");
        }
    }

    /**
     * A ring around each point with its label beside it, on the side with more room, so a point
     * near the right edge is labelled above and to its left.
     */
    void callouts(List<SvgChart.Callout> points) {
        for (SvgChart.Callout c : points) {
            if (c.x() < x.min() || c.x() > x.max() || c.y() < y.min() || c.y() > y.max()) {
                continue;
            }
            double cx = px(c.x());
            double cy = py(c.y());
            out.append("<circle cx=\"").append(Svg.num(cx)).append("\" cy=\"").append(Svg.num(cy))
                    .append("\" r=\"6\" fill=\"none\" stroke=\"").append(c.colour()).append("\" stroke-width=\"2\"/>\n");
            // A rising curve leaves room above-left and below-right of its points.
            boolean toLeft = cx - left > right - cx;
            SvgChart.text(out, toLeft ? cx - 10 : cx + 10, toLeft ? cy - 10 : cy + 18, c.label(), toLeft ? "end" : "start",
                    "fill=\"" + c.colour() + "\" font-size=\"11\" font-weight=\"bold\" stroke=\"#fff\""
                    + " stroke-width=\"3\" paint-order=\"stroke\"");
        }
    }
}
