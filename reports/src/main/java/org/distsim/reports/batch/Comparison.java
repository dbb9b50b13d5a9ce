package org.distsim.reports.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;
import org.apache.commons.math3.stat.inference.TTest;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Statistic;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.reports.FigureCatalog;

/**
 * Two results side by side, figure by figure: {@code distsim compare A.json B.json}. Either may be
 * the JSON of one run or of replications, of one scenario or of two (design A against design B).
 * Figures are matched by name: a workload's by the workload's name, a node's by the node's name
 * where both results have a node of that name and type; whatever only one side has is listed, not
 * compared. When both figures come from replications (n at least 2 on each side), the difference
 * is tested with Welch's unequal-variance t-test at the 5 % level (two-sided); Welch ignores any
 * pairing by common random numbers, so it is conservative for results from the same seed.
 * Each figure is formatted by the unit the document's {@code catalog} declares for it (documents
 * without one format every figure with three decimals).
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

        /**
         * Whether the row belongs in the "significant only" view: significant by the test where one
         * applies; without a test, a change of at least {@code threshold} (a fraction of |A|), or
         * any change from zero.
         */
        public boolean notable(double threshold) {
            if (significant != null) {
                return significant;
            }
            if (difference == null || difference == 0) {
                return false;
            }
            return relative == null || Math.abs(relative) >= threshold;
        }
    }

    /**
     * A document as read: what it is, its figures by path, its nodes' types and the unit
     * of each figure the document declares.
     *
     * @param name       the file it came from
     * @param scenario   the scenario's name
     * @param kind       {@code run} or {@code replications}
     * @param figures    every figure by path, in document order
     * @param nodeTypes  every node's component type, by node name in document order
     * @param units      the unit the document declares for each figure, by path; none for a figure it does not declare
     */
    public record Document(String name, String scenario, String kind, Map<String, Value> figures,
            Map<String, String> nodeTypes, Map<String, Unit> units) {

        public Document(String name, String scenario, String kind, Map<String, Value> figures,
                Map<String, String> nodeTypes) {
            this(name, scenario, kind, figures, nodeTypes, Map.of());
        }
    }

    /**
     * What was compared: a row per figure both sides have, and what was left out and why.
     *
     * @param rows       the compared figures, in A's order
     * @param workloads  the workloads matched by name, in A's order
     * @param nodes      the nodes matched by name and type, in A's order
     * @param left       what was not compared, one phrase each ({@code workload checkout only in B})
     */
    public record Matching(List<Row> rows, List<String> workloads, List<String> nodes, List<String> left) {
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
        Map<String, String> nodeTypes = new LinkedHashMap<>();
        root.path("nodes").properties().forEach(n -> nodeTypes.put(n.getKey(), n.getValue().path("type").asText("")));
        // if/else, not a string switch: that compiles to String.hashCode, which the determinism check bans.
        if (kind.equals("run")) {
            readRun(root, catalog, figures, units);
        } else if (kind.equals("replications")) {
            readReplications(root, catalog, figures, units);
        } else {
            throw new IllegalArgumentException(name + ": unknown kind of distsim result \"" + kind + "\"");
        }
        return new Document(name, root.get("scenario").asText(), kind, figures, nodeTypes, units);
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
     * The rows of every figure both documents have, matched by workload and node name.
     *
     * @throws IllegalArgumentException when the two have no workload name in common
     */
    public static Matching compare(Document a, Document b) {
        Set<String> workloadsA = owners(a, "workloads.");
        Set<String> workloadsB = owners(b, "workloads.");
        List<String> workloads = workloadsA.stream().filter(workloadsB::contains).toList();
        if (workloads.isEmpty()) {
            throw new IllegalArgumentException("no workload name in common, so nothing to match: " + a.name()
                    + " has " + String.join(", ", workloadsA) + "; " + b.name() + " has " + String.join(", ", workloadsB)
                    + " (compare matches workloads, and nodes, by name)");
        }
        List<String> nodes = new ArrayList<>();
        List<String> left = new ArrayList<>();
        unmatched(left, "workload", workloadsA, workloadsB, a, b);
        unmatched(left, "node", a.nodeTypes().keySet(), b.nodeTypes().keySet(), a, b);
        for (Map.Entry<String, String> n : a.nodeTypes().entrySet()) {
            String typeB = b.nodeTypes().get(n.getKey());
            if (typeB == null) {
                continue;
            }
            if (typeB.equals(n.getValue())) {
                nodes.add(n.getKey());
            } else {
                left.add("node " + n.getKey() + " (a " + n.getValue() + " in A, a " + typeB + " in B)");
            }
        }
        List<Row> rows = new ArrayList<>();
        int onlyOneSide = 0;
        for (Map.Entry<String, Value> e : a.figures().entrySet()) {
            String key = e.getKey();
            if (!matched(key, workloads, nodes)) {
                continue;
            }
            Value other = b.figures().get(key);
            if (other == null) {
                onlyOneSide++;
            } else {
                rows.add(row(key, e.getValue(), other));
            }
        }
        for (String key : b.figures().keySet()) {
            if (matched(key, workloads, nodes) && !a.figures().containsKey(key)) {
                onlyOneSide++;
            }
        }
        if (onlyOneSide > 0) {
            left.add(onlyOneSide + (onlyOneSide == 1 ? " figure" : " figures")
                    + " of matched workloads or nodes that only one side has");
        }
        return new Matching(rows, workloads, nodes, left);
    }

    private static Set<String> owners(Document d, String section) {
        Set<String> owners = new LinkedHashSet<>();
        for (String key : d.figures().keySet()) {
            if (key.startsWith(section)) {
                String rest = key.substring(section.length());
                owners.add(rest.substring(0, rest.indexOf('.')));
            }
        }
        return owners;
    }

    private static void unmatched(List<String> left, String what, Set<String> inA, Set<String> inB, Document a,
            Document b) {
        List<String> onlyA = inA.stream().filter(n -> !inB.contains(n)).toList();
        List<String> onlyB = inB.stream().filter(n -> !inA.contains(n)).toList();
        if (!onlyA.isEmpty()) {
            left.add(what + (onlyA.size() == 1 ? " " : "s ") + preview(onlyA) + " only in A (" + a.name() + ")");
        }
        if (!onlyB.isEmpty()) {
            left.add(what + (onlyB.size() == 1 ? " " : "s ") + preview(onlyB) + " only in B (" + b.name() + ")");
        }
    }

    private static boolean matched(String key, List<String> workloads, List<String> nodes) {
        String[] parts = key.split("\\.", 3);
        if (parts.length < 3) {
            return false;
        }
        return parts[0].equals("workloads") ? workloads.contains(parts[1])
                : parts[0].equals("nodes") && nodes.contains(parts[1]);
    }

    static String preview(List<String> names) {
        return names.size() <= 5 ? String.join(", ", names) : String.join(", ", names.subList(0, 5)) + " and "
                + (names.size() - 5) + " more";
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
}
