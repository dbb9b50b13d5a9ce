package org.distsim.reports.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.distsim.core.figure.Unit;

/**
 * The text of {@code distsim compare}: which documents, how their figures were matched and what
 * was left out, then one row per compared figure with A, B, the change B - A absolute and
 * relative, and, with replications on both sides, Welch's verdict. The "significant only" view
 * keeps the rows whose difference is significant by the test, or, where no test applies, at least
 * a stated share of A. Each figure is formatted by the unit its document declares for it.
 */
public final class ComparisonText {

    private ComparisonText() {
    }

    /**
     * The report.
     *
     * @param significantOnly  keep only notable rows ({@link Comparison.Row#notable})
     * @param threshold        the share of |A| a change must reach to be notable without a test
     */
    public static String render(Comparison.Document a, Comparison.Document b, Comparison.Matching matching,
            boolean significantOnly, double threshold) {
        StringBuilder out = new StringBuilder(4096);
        out.append("A: ").append(a.name()).append(" (").append(describe(a)).append(")\n");
        out.append("B: ").append(b.name()).append(" (").append(describe(b)).append(")\n");
        out.append("matched by name: workloads ").append(Comparison.preview(matching.workloads()));
        out.append(matching.nodes().isEmpty() ? "; no node in common" : "; nodes "
                + Comparison.preview(matching.nodes())).append('\n');
        for (String left : matching.left()) {
            out.append("not compared: ").append(left).append('\n');
        }
        List<Comparison.Row> rows = matching.rows();
        boolean tested = rows.stream().anyMatch(r -> r.significant() != null);
        out.append("change = B - A");
        if (tested) {
            out.append("; significant: Welch's t-test, two-sided, at the 5% level");
        } else {
            out.append("; no significance test: it needs replications (distsim run --replications N) on both sides");
        }
        out.append('\n');
        List<Comparison.Row> shown = rows;
        if (significantOnly) {
            shown = rows.stream().filter(r -> r.notable(threshold)).toList();
            out.append("showing the ").append(shown.size()).append(" of ").append(rows.size())
                    .append(" figures whose change is ").append(tested ? "significant, or, without a test, " : "")
                    .append("at least ").append(Numbers.percent(threshold, 1)).append(" of A\n");
        }
        out.append('\n');
        if (shown.isEmpty()) {
            return out.append(significantOnly ? "no figure changed that much\n" : "").toString();
        }
        List<String> header = new ArrayList<>(List.of("figure", "A", "B", "B - A", "change"));
        if (tested) {
            header.add("significant");
        }
        Table table = new Table(header);
        for (Comparison.Row r : shown) {
            Unit unit = a.units().getOrDefault(r.figure(), b.units().get(r.figure()));
            List<String> cells = new ArrayList<>(List.of(r.figure(), value(unit, r.a()), value(unit, r.b()),
                    r.difference() == null ? Numbers.NONE : signed(Numbers.figure(unit, r.difference())),
                    r.relative() == null ? Numbers.NONE : signed(Numbers.percent(r.relative(), 1))));
            if (tested) {
                cells.add(r.significant() == null ? Numbers.NONE : (r.significant() ? "yes" : "no")
                        + " (p " + pValue(r.pValue()) + ")");
            }
            table.add(cells);
        }
        table.appendTo(out, "");
        return out.toString();
    }

    private static String describe(Comparison.Document d) {
        if (d.kind().equals("run")) {
            return d.scenario() + ", one run";
        }
        int n = d.figures().values().stream().map(Comparison.Value::n).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(0);
        return d.scenario() + ", replications, n = " + n;
    }

    private static String value(Unit unit, Comparison.Value v) {
        if (v.mean() == null) {
            return Numbers.NONE;
        }
        return v.halfWidth() == null ? Numbers.figure(unit, v.mean())
                : Numbers.figure(unit, v.mean()) + " +/- " + Numbers.figure(unit, v.halfWidth());
    }

    private static String signed(String text) {
        return text.startsWith("-") || text.equals(Numbers.NONE) ? text : "+" + text;
    }

    private static String pValue(Double p) {
        if (p == null) {
            return "-";
        }
        return p < 0.001 ? "< 0.001" : "= " + Numbers.fixed(p, 3);
    }
}
