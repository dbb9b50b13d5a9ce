package org.distsim.reports.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Two results side by side, figure by figure: {@code distsim compare A.json B.json}. Either may be
 * the JSON of one run or of replications. When both figures come from replications (n at least 2
 * on each side), the difference is tested with Welch's unequal-variance t-test at the 5 % level
 * (two-sided); Welch ignores any pairing by common random numbers, so it is conservative for
 * results from the same seed.
 */
public final class Comparison {

    /** The significance level of the test: 1 - {@link Estimate#CONFIDENCE}. */
    public static final double ALPHA = 1 - Estimate.CONFIDENCE;

    private Comparison() {
    }

    /** One side of a figure: a single value (n null), or an estimate over replications. */
    public record Value(Double mean, Double halfWidth, Double sd, Integer n) {
    }

    /**
     * One row.
     *
     * @param figure       the figure's path in the documents ({@code workloads.clients.latency_ms.p99})
     * @param difference   b - a; null when either is undefined
     * @param relative     (b - a) / |a|; null when a is 0 or undefined
     * @param pValue       Welch's two-sided p-value; null when no test applies
     * @param significant  whether the difference is significant at 5 %; null when no test applies
     */
    public record Row(String figure, Value a, Value b, Double difference, Double relative, Double pValue,
            Boolean significant) {
    }

    /** A document as read: what it is and its figures by path. */
    public record Document(String name, String scenario, String kind, Map<String, Value> figures) {
    }

    /**
     * Reads a distsim result (a run or replications).
     *
     * @throws IllegalArgumentException saying why the document cannot be compared
     */
    public static Document read(String name, JsonNode root) {
        if (root != null && root.path("schema_version").isInt() && root.path("kind").asText("").equals("sweep")) {
            throw new IllegalArgumentException(name + " is a sweep, which has many design points;"
                    + " compare takes the JSON of one run or of replications (distsim run --replications N)");
        }
        if (root == null || !root.isObject() || !root.path("schema_version").isInt() || !root.path("workloads").isObject()
                || !root.path("scenario").isTextual()) {
            throw new IllegalArgumentException(name + " is not a distsim result: expected the JSON of"
                    + " 'distsim run --format json' (with schema_version, scenario and workloads)");
        }
        String kind = root.path("kind").asText("run");
        Map<String, Value> figures = new LinkedHashMap<>();
        // if/else, not a string switch: that compiles to String.hashCode, which the determinism check bans.
        if (kind.equals("run")) {
            readRun(root, figures);
        } else if (kind.equals("replications")) {
            readReplications(root, figures);
        } else {
            throw new IllegalArgumentException(name + ": unknown kind of distsim result \"" + kind + "\"");
        }
        return new Document(name, root.get("scenario").asText(), kind, figures);
    }

    private static void readRun(JsonNode root, Map<String, Value> figures) {
        for (Map.Entry<String, JsonNode> w : root.get("workloads").properties()) {
            String prefix = "workloads." + w.getKey() + ".";
            for (String key : List.of("requests", "ok", "failed", "unknown", "in_flight", "errors", "availability",
                    "throughput_rps")) {
                figures.put(prefix + key, single(w.getValue().get(key)));
            }
            for (String key : RunFigures.LATENCY) {
                figures.put(prefix + "latency_ms." + key, single(w.getValue().path("latency_ms").get(key)));
            }
            w.getValue().path("figures").properties()
                    .forEach(f -> figures.put(prefix + "figures." + f.getKey(), single(f.getValue())));
        }
        root.path("nodes").properties().forEach(n -> n.getValue().properties().forEach(f -> {
            if (!f.getKey().equals("type")) {
                figures.put("nodes." + n.getKey() + "." + f.getKey(), single(f.getValue()));
            }
        }));
    }

    private static void readReplications(JsonNode root, Map<String, Value> figures) {
        root.get("workloads").properties().forEach(w -> w.getValue().path("figures").properties().forEach(f ->
                figures.put("workloads." + w.getKey() + "." + f.getKey(), estimate(f.getValue()))));
        root.path("nodes").properties().forEach(n -> n.getValue().path("figures").properties().forEach(f ->
                figures.put("nodes." + n.getKey() + "." + f.getKey(), estimate(f.getValue()))));
    }

    private static Value single(JsonNode node) {
        return new Value(node != null && node.isNumber() ? node.doubleValue() : null, null, null, null);
    }

    private static Value estimate(JsonNode node) {
        if (!node.isObject() || !node.path("n").isInt()) {
            throw new IllegalArgumentException("a figure of replications needs n, mean, half_width and sd, got " + node);
        }
        return new Value(number(node.get("mean")), number(node.get("half_width")), number(node.get("sd")),
                node.get("n").intValue());
    }

    private static Double number(JsonNode node) {
        return node != null && node.isNumber() ? node.doubleValue() : null;
    }

    /**
     * The rows of every figure, in A's order.
     *
     * @throws IllegalArgumentException when the two come from different scenarios or have different figures
     */
    public static List<Row> compare(Document a, Document b) {
        if (!a.scenario().equals(b.scenario())) {
            throw new IllegalArgumentException("different scenarios: " + a.name() + " is \"" + a.scenario() + "\", "
                    + b.name() + " is \"" + b.scenario() + "\"");
        }
        List<String> onlyA = a.figures().keySet().stream().filter(k -> !b.figures().containsKey(k)).toList();
        List<String> onlyB = b.figures().keySet().stream().filter(k -> !a.figures().containsKey(k)).toList();
        if (!onlyA.isEmpty() || !onlyB.isEmpty()) {
            throw new IllegalArgumentException("the two results do not have the same figures"
                    + (onlyA.isEmpty() ? "" : "; only in " + a.name() + ": " + preview(onlyA))
                    + (onlyB.isEmpty() ? "" : "; only in " + b.name() + ": " + preview(onlyB)));
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Value> e : a.figures().entrySet()) {
            rows.add(row(e.getKey(), e.getValue(), b.figures().get(e.getKey())));
        }
        return rows;
    }

    private static String preview(List<String> keys) {
        return keys.size() <= 5 ? String.join(", ", keys) : String.join(", ", keys.subList(0, 5)) + " and "
                + (keys.size() - 5) + " more";
    }

    static Row row(String figure, Value a, Value b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Double difference = a.mean() == null || b.mean() == null ? null : b.mean() - a.mean();
        Double relative = difference == null || a.mean() == 0 ? null : difference / Math.abs(a.mean());
        Double p = null;
        Boolean significant = null;
        if (difference != null && a.sd() != null && b.sd() != null && a.n() != null && b.n() != null
                && a.n() >= 2 && b.n() >= 2) {
            double va = a.sd() * a.sd();
            double vb = b.sd() * b.sd();
            if (va == 0 && vb == 0) {
                // No spread on either side: any difference is certain, none is none.
                significant = difference != 0;
                p = difference != 0 ? 0.0 : 1.0;
            } else {
                p = new TTest().tTest(summary(a, va), summary(b, vb));
                significant = p < ALPHA;
            }
        }
        return new Row(figure, a, b, difference, relative, p, significant);
    }

    private static StatisticalSummaryValues summary(Value v, double variance) {
        return new StatisticalSummaryValues(v.mean(), variance, v.n(), Double.NaN, Double.NaN, v.mean() * v.n());
    }

    /** The rows as a text table with a header naming both documents. */
    public static String render(Document a, Document b, List<Row> rows) {
        StringBuilder out = new StringBuilder(4096);
        out.append("A: ").append(a.name()).append(" (").append(describe(a)).append(")\n");
        out.append("B: ").append(b.name()).append(" (").append(describe(b)).append(")\n");
        boolean tested = rows.stream().anyMatch(r -> r.significant() != null);
        out.append("change = B - A");
        if (tested) {
            out.append("; significant: Welch's t-test, two-sided, at the 5% level");
        } else {
            out.append("; no significance test: it needs replications (distsim run --replications N) on both sides");
        }
        out.append('\n').append('\n');
        List<String> header = new ArrayList<>(List.of("figure", "A", "B", "B - A", "change"));
        if (tested) {
            header.add("significant");
        }
        Table table = new Table(header);
        for (Row r : rows) {
            String name = r.figure().substring(r.figure().lastIndexOf('.') + 1);
            String key = r.figure().contains(".latency_ms.") ? "latency" : r.figure().endsWith(".availability")
                    ? "availability" : name;
            List<String> cells = new ArrayList<>(List.of(r.figure(), value(key, r.a()), value(key, r.b()),
                    r.difference() == null ? Numbers.NONE : signed(Numbers.figure(key, r.difference())),
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

    private static String describe(Document d) {
        if (d.kind().equals("run")) {
            return d.scenario() + ", one run";
        }
        int n = d.figures().values().stream().map(Value::n).filter(Objects::nonNull).mapToInt(Integer::intValue)
                .max().orElse(0);
        return d.scenario() + ", replications, n = " + n;
    }

    private static String value(String key, Value v) {
        if (v.mean() == null) {
            return Numbers.NONE;
        }
        return v.halfWidth() == null ? Numbers.figure(key, v.mean())
                : Numbers.figure(key, v.mean()) + " +/- " + Numbers.figure(key, v.halfWidth());
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
