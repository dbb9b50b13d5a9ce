package org.distsim.reports.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;
import org.apache.commons.math3.stat.inference.TTest;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Statistic;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.reports.FigureCatalog;

/**
 * Two results side by side, figure by figure: {@code distsim compare A.json B.json}. Either may be
 * the JSON of one run or of replications. When both figures come from replications (n at least 2
 * on each side), the difference is tested with Welch's unequal-variance t-test at the 5 % level
 * (two-sided); Welch ignores any pairing by common random numbers, so it is conservative for
 * results from the same seed. Each figure is formatted by the unit the document's {@code catalog}
 * declares for it (documents without one format every figure with three decimals).
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

    /**
     * A document as read: what it is, its figures by path, and the unit of each figure the
     * document declares.
     */
    public record Document(String name, String scenario, String kind, Map<String, Value> figures,
            Map<String, Unit> units) {

        public Document(String name, String scenario, String kind, Map<String, Value> figures) {
            this(name, scenario, kind, figures, Map.of());
        }
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
        Map<String, Unit> units = new LinkedHashMap<>();
        JsonNode catalog = root.path("catalog");
        // if/else, not a string switch: that compiles to String.hashCode, which the determinism check bans.
        if (kind.equals("run")) {
            readRun(root, catalog, figures, units);
        } else if (kind.equals("replications")) {
            readReplications(root, catalog, figures, units);
        } else {
            throw new IllegalArgumentException(name + ": unknown kind of distsim result \"" + kind + "\"");
        }
        return new Document(name, root.get("scenario").asText(), kind, figures, units);
    }

    private static void readRun(JsonNode root, JsonNode catalog, Map<String, Value> figures, Map<String, Unit> units) {
        for (Map.Entry<String, JsonNode> w : root.get("workloads").properties()) {
            String prefix = "workloads." + w.getKey() + ".";
            JsonNode type = catalog.path(w.getValue().path("type").asText(""));
            for (FigureSpec spec : WorkloadFigures.SUMMARY) {
                put(figures, units, prefix + spec.name(), single(w.getValue().get(spec.name())), unit(type, spec.name()));
            }
            for (FigureSpec spec : WorkloadFigures.LATENCY) {
                put(figures, units, prefix + RunFigures.key(spec), single(w.getValue().path("latency_ms").get(spec.name())),
                        spec.unit());
            }
            w.getValue().path("figures").properties().forEach(f -> put(figures, units, prefix + "figures." + f.getKey(),
                    single(f.getValue()), unit(type, f.getKey())));
        }
        root.path("nodes").properties().forEach(n -> {
            JsonNode type = catalog.path(n.getValue().path("type").asText(""));
            n.getValue().properties().forEach(f -> {
                if (!f.getKey().equals("type")) {
                    put(figures, units, "nodes." + n.getKey() + "." + f.getKey(), single(f.getValue()),
                            unit(type, f.getKey()));
                }
            });
        });
    }

    private static void readReplications(JsonNode root, JsonNode catalog, Map<String, Value> figures,
            Map<String, Unit> units) {
        root.get("workloads").properties().forEach(w -> {
            JsonNode type = catalog.path(w.getValue().path("type").asText(""));
            w.getValue().path("figures").properties().forEach(f -> put(figures, units,
                    "workloads." + w.getKey() + "." + f.getKey(), estimate(f.getValue()), workloadUnit(type, f.getKey())));
        });
        root.path("nodes").properties().forEach(n -> {
            JsonNode type = catalog.path(n.getValue().path("type").asText(""));
            n.getValue().path("figures").properties().forEach(f -> put(figures, units,
                    "nodes." + n.getKey() + "." + f.getKey(), estimate(f.getValue()), unit(type, f.getKey())));
        });
    }

    private static void put(Map<String, Value> figures, Map<String, Unit> units, String path, Value value, Unit unit) {
        figures.put(path, value);
        if (unit != null) {
            units.put(path, unit);
        }
    }

    /** The unit of a workload figure of a replications document, keyed as {@link RunFigures} keys it. */
    private static Unit workloadUnit(JsonNode type, String key) {
        for (FigureSpec spec : WorkloadFigures.LATENCY) {
            if (RunFigures.key(spec).equals(key)) {
                return spec.unit();
            }
        }
        String own = "figures.";
        return unit(type, key.startsWith(own) ? key.substring(own.length()) : key);
    }

    /**
     * The unit the catalog declares for a result key, or null when the document does not say: the
     * key itself, a gauge's key less its {@code _mean} or {@code _max}, or a family instance
     * ({@code calls.db}) under its family's catalog key ({@code calls.<target>}).
     */
    private static Unit unit(JsonNode type, String key) {
        JsonNode entry = type.path(key);
        for (Statistic statistic : Statistic.values()) {
            String suffix = statistic.suffix();
            if (entry.isMissingNode() && !suffix.isEmpty() && key.endsWith(suffix)) {
                entry = type.path(key.substring(0, key.length() - suffix.length()));
            }
        }
        int dot = key.indexOf('.');
        if (entry.isMissingNode() && dot > 0) {
            String family = key.substring(0, dot);
            for (Map.Entry<String, JsonNode> candidate : type.properties()) {
                if (candidate.getKey().startsWith(family + ".<") && candidate.getValue().has("per")) {
                    entry = candidate.getValue();
                }
            }
        }
        if (!entry.path("unit").isTextual()) {
            return null;
        }
        for (Unit unit : Unit.values()) {
            if (FigureCatalog.lower(unit).equals(entry.path("unit").asText())) {
                return unit;
            }
        }
        return null;
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

    private static String describe(Document d) {
        if (d.kind().equals("run")) {
            return d.scenario() + ", one run";
        }
        int n = d.figures().values().stream().map(Value::n).filter(Objects::nonNull).mapToInt(Integer::intValue)
                .max().orElse(0);
        return d.scenario() + ", replications, n = " + n;
    }

    private static String value(Unit unit, Value v) {
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
