package org.distsim.reports;

import java.util.List;

/**
 * The frame every distsim HTML page shares: the head with its inline style sheet, figures, tables
 * and the closing "Reproduce" section. One copy, so the run report, the replications page and the
 * sweep page look alike and stay self-contained (no script, no external reference).
 */
public final class HtmlPage {

    /** Chart size on every page: the width fills the body, the height leaves room for a caption. */
    public static final double CHART_WIDTH = 960;
    public static final double CHART_HEIGHT = 300;

    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

    private static final String CSS = """
            body{font-family:sans-serif;margin:24px auto;max-width:1000px;color:#222;line-height:1.4}
            h1{font-size:24px;margin-bottom:4px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ccc}
            h3{font-size:15px;margin:16px 0 4px}
            table{border-collapse:collapse;margin:8px 0;font-size:13px}
            th,td{padding:3px 5px;border-bottom:1px solid #e4e4e4;text-align:right;white-space:nowrap}
            th{background:#f4f4f4;white-space:normal;vertical-align:bottom}th:first-child,td:first-child,th.l{text-align:left}
            td.l{text-align:left;white-space:normal}
            .meta td{border:none;text-align:left;padding:1px 12px 1px 0}
            .pass{color:#1a7f37;font-weight:bold}.fail{color:#c62828;font-weight:bold}
            .warn{background:#fff3f3;border-left:4px solid #c62828;padding:6px 10px;margin:6px 0}
            .note{background:#fffbe6;border-left:4px solid #d4a017;padding:6px 10px;margin:6px 0}
            figure{margin:12px 0}figcaption{font-size:12px;color:#555}
            code,pre{background:#f4f4f4;padding:2px 4px}pre{padding:8px;white-space:pre-wrap}
            .scroll{overflow-x:auto}
            .key{font-size:12px;color:#333;margin:0 0 4px 64px}.key span{display:inline-block;margin-right:14px;max-width:100%;overflow-wrap:anywhere}
            .verdict{background:#f4f8ff;border-left:4px solid #1f77b4;padding:6px 10px;margin:8px 0}
            """;

    private HtmlPage() {
    }

    /** The line colour number {@code i}, cycling through ten distinguishable colours. */
    public static String colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** How many lines a chart gets at most: one per palette colour, so no two look the same. */
    public static int maxLines() {
        return PALETTE.length;
    }

    /** Text escaped for an element body or a double-quoted attribute. */
    public static String escape(String text) {
        return Svg.escape(text);
    }

    /** Everything up to and including {@code <body>}, with {@code title} in the window title. */
    public static void begin(StringBuilder out, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n");
    }

    /** The command that reproduces the page, then the end of the document. */
    public static void end(StringBuilder out, String reproduce) {
        out.append("<h2>Reproduce</h2>\n<pre>").append(escape(reproduce)).append("</pre>\n");
        out.append("</body>\n</html>\n");
    }

    /** A chart of the standard size with its caption. */
    public static void figure(StringBuilder out, SvgChart chart, String caption) {
        out.append("<figure>\n").append(chart.render(CHART_WIDTH, CHART_HEIGHT)).append("<figcaption>")
                .append(escape(caption)).append("</figcaption>\n</figure>\n");
    }

    /**
     * A chart with a key under it (what each numbered marker on the plot is) and its caption; the
     * key is left out when empty.
     */
    public static void figure(StringBuilder out, SvgChart chart, String caption, List<String> key) {
        out.append("<figure>\n").append(chart.render(CHART_WIDTH, CHART_HEIGHT));
        if (!key.isEmpty()) {
            out.append("<div class=\"key\">");
            for (String k : key) {
                out.append("<span>").append(escape(k)).append("</span>");
            }
            out.append("</div>\n");
        }
        out.append("<figcaption>").append(escape(caption)).append("</figcaption>\n</figure>\n");
    }

    /**
     * A cell's text, escaped, with the plus-minus sign as an entity: the page stays ASCII, so it
     * reads the same when printed to a terminal whose encoding is not UTF-8.
     */
    private static String cell(String text) {
        return escape(text).replace("\u00b1", "&plusmn;");
    }

    /** A table of text cells (escaped here), scrolling sideways when wider than the page. */
    public static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        out.append("<div class=\"scroll\"><table>\n<tr>");
        for (String h : header) {
            out.append("<th>").append(cell(h)).append("</th>");
        }
        out.append("</tr>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (String c : row) {
                out.append("<td>").append(cell(c)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table></div>\n");
    }
}
