package org.distsim.ui.live;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.Topology;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Statistic;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;

/**
 * The lesson's numbers of a finished run, one line per design (workload): the figures a scenario
 * exists to show, picked by their declared {@link Role}, never by name. A lesson figure is one of
 * the roles that say what went wrong or what a mechanism did beyond load, errors and latency (which
 * the design's availability, p99 and throughput already show): consistency, resilience, efficiency
 * and backlog, in that order, since a wrong answer matters more than a retry, a retry more than
 * wasted work, and wasted work more than a queue, which every service has. Before the role, though,
 * comes whether the figure tells anything apart ({@link Contrast}): a health check that marked one
 * backend down in each of two designs, or the two rebalances of a scenario's one log, say that a
 * mechanism acted, not what the scenario compares, and rank after a consumer group's lag that runs
 * from 4 to 4 667 messages. Within a role a figure derived from two others comes first (retry
 * amplification before the retries it counts), then the figures that differ most between the
 * designs, then the headline figures.
 *
 * <p>A design's figures are its workload's own and those of every node on its path in the topology.
 * Where several nodes on the path record the same figure (a queue on each service), the line names
 * the largest, so that a design of many nodes does not fill the card with one figure. A figure is
 * shown for every design when it is non-zero in any of them, so a zero next to another design's
 * count is part of the lesson (no inconsistent order when compensations are retried).
 */
final class LessonFigures {

    /** The roles whose figures are a lesson's numbers, most telling first. */
    static final List<Role> ROLES = List.of(Role.CONSISTENCY, Role.RESILIENCE, Role.EFFICIENCY, Role.BACKLOG);

    /** The most figures one design's line names; the rest are counted. */
    static final int PER_DESIGN = 4;

    /**
     * The most figures the card names over all designs: a scenario of many designs gets fewer per
     * design (one at least), so that the card still fits a 1280x720 projector.
     */
    static final int MAX_FIGURES = 8;

    /** The most designs listed one by one; the rest are counted on a last line. */
    static final int MAX_DESIGNS = 3;

    /** About how many characters one row of the card holds at its width and font (720 px, 15-16 px). */
    static final int ROW = 80;

    /** Values closer to zero than this are written as {@code <0.01}: the card is read, not computed with. */
    private static final double TINY = 0.01;

    private LessonFigures() {
    }

    /**
     * One figure of one design: the value (a gauge's mean, with its max beside it), where it was
     * recorded, on how many of the design's nodes that figure is recorded, and how it sorts.
     */
    record Entry(String where, int of, Figure figure, Figure max, int rank, int order, int tier) {

        Entry(String where, int of, Figure figure, Figure max, int rank, int order) {
            this(where, of, figure, max, rank, order, Contrast.SAME);
        }

        /** What makes a figure the same figure on another node or in another design. */
        List<Object> identity() {
            return List.of(figure.spec(), figure.statistic());
        }

        /**
         * Whether the figure shows something happened: non-zero, or, for a quotient of two counts
         * (retry amplification = calls / successes), its counts differing: a quotient of 1 says
         * nothing was amplified.
         */
        boolean nonZero() {
            if (figure.spec().derivation() != null) {
                return figure.value() != null && figure.value().doubleValue() != 1;
            }
            return isNonZero(figure) || (max != null && isNonZero(max));
        }

        /** Derived figures first within their role: one weighs two of the role's counts against each other. */
        int derivedFirst() {
            return figure.spec().derivation() != null ? 0 : 1;
        }

        double size() {
            return figure.value() == null ? Double.NEGATIVE_INFINITY : figure.value().doubleValue();
        }

        Entry among(int count) {
            return new Entry(where, count, figure, max, rank, order, tier);
        }

        /** This entry, in {@code tier}: {@link Contrast#TELLS} when its figure tells something apart. */
        Entry inTier(int next) {
            return new Entry(where, of, figure, max, rank, order, next);
        }

        String text() {
            FigureSpec spec = figure.spec();
            String label = spec.label() + (figure.qualifier() == null ? "" : " " + figure.qualifier());
            String value = spec.kind() == FigureKind.GAUGE
                    ? label + " mean " + format(spec.unit(), figure.value()) + ", max " + format(spec.unit(),
                            max == null ? null : max.value())
                    : format(spec.unit(), figure.value()) + " " + label;
            if (where == null) {
                return value;
            }
            // Where several nodes record it, the line names the one with the largest value.
            return value + " at " + where + (of > 1 ? " (top of " + of + ")" : "");
        }
    }

    /**
     * One line per workload, in declaration order: {@code shoppers-once: 29 inconsistent at
     * order-once, ...}; empty when no lesson figure is non-zero anywhere. The lines take at most
     * {@code rows} rows of the card (a row holds about {@link #ROW} characters): fewer figures per
     * design first, then fewer designs, the rest counted; none when not even one line fits.
     */
    static List<String> of(RunResult result, int rows) {
        Map<String, List<Figure>> workloads = new LinkedHashMap<>();
        result.workloads().forEach((name, workload) -> workloads.put(name, workload.figures().list()));
        Map<String, List<Figure>> nodes = new LinkedHashMap<>();
        result.nodes().forEach((name, node) -> nodes.put(name, node.figures().list()));
        Map<String, List<Entry>> designs = ranked(result.facts().topology(), workloads, nodes, false);
        int perDesign = Math.max(1, Math.min(PER_DESIGN, MAX_FIGURES / Math.max(1, designs.size())));
        // Every design with one figure compares more than one design with several.
        for (int listed = Math.min(MAX_DESIGNS, designs.size()); listed >= 1; listed--) {
            for (int figures = perDesign; figures >= 1; figures--) {
                List<String> lines = lines(designs, figures, listed);
                if (rows(lines) <= rows) {
                    return lines;
                }
            }
        }
        return List.of();
    }

    /**
     * Each design's lesson figures, most telling first: its workload's own and those of the nodes on
     * its path, one per figure (the largest where several nodes record it), sorted by role, then by
     * how much the figure differs between the designs, then headline first. Only the figures that are
     * non-zero in some design are kept, unless {@code evenZero}, when all are (a chart of a run that
     * has not yet shown its lesson still draws the figure to watch). A design with none is left out.
     *
     * @param workloads  each workload's figures, in declaration order
     * @param nodes      each node's figures
     */
    static Map<String, List<Entry>> ranked(Topology topology, Map<String, List<Figure>> workloads,
            Map<String, List<Figure>> nodes, boolean evenZero) {
        Map<String, List<Entry>> byDesign = new LinkedHashMap<>();
        Map<String, List<Entry>> everywhere = new LinkedHashMap<>();
        for (Map.Entry<String, List<Figure>> workload : workloads.entrySet()) {
            List<Entry> entries = new ArrayList<>();
            collect(null, workload.getValue(), entries);
            for (String node : path(topology, workload.getKey())) {
                List<Figure> values = nodes.get(node);
                if (values != null) {
                    collect(node, values, entries);
                }
            }
            everywhere.put(workload.getKey(), entries);
            byDesign.put(workload.getKey(), largest(entries));
        }
        Map<List<Object>, Integer> tiers = Contrast.tiers(everywhere);
        Set<List<Object>> shown = new LinkedHashSet<>();
        byDesign.values().forEach(entries -> entries.stream().filter(e -> evenZero || e.nonZero())
                .forEach(e -> shown.add(e.identity())));
        Map<List<Object>, Double> spread = spread(byDesign);
        Map<String, List<Entry>> designs = new LinkedHashMap<>();
        byDesign.forEach((design, entries) -> {
            List<Entry> lesson = entries.stream().filter(e -> shown.contains(e.identity()))
                    .map(e -> e.inTier(tiers.get(e.identity())))
                    .sorted(Comparator.comparingInt(Entry::tier)
                            .thenComparingInt(Entry::rank)
                            .thenComparingInt(Entry::derivedFirst)
                            .thenComparing(e -> -spread.get(e.identity()))
                            .thenComparingInt(Entry::order)).toList();
            if (!lesson.isEmpty()) {
                designs.put(design, lesson);
            }
        });
        return designs;
    }

    /**
     * The figure the live chart draws: the one the most designs lead with, since the chart compares
     * designs and a figure most of them record compares the most (load-balancing's six balancing
     * designs lead with their busiest backend's queue, its two remapping designs with their caches'
     * misses). A figure that tells something apart comes before one that does not, however many lead
     * with it; on equal counts the role decides, a derived figure first, then the first design's. So
     * a design whose path lacks the mechanism (tail-at-scale's single leaf, with nothing to hedge)
     * does not pick the lesson for the two that have it.
     */
    static Entry lead(Map<String, List<Entry>> ranked) {
        Map<List<Object>, Integer> votes = new LinkedHashMap<>();
        ranked.values().forEach(entries -> votes.merge(entries.get(0).identity(), 1, Integer::sum));
        Comparator<Entry> telling = Comparator.comparingInt(Entry::tier)
                .thenComparingInt(e -> -votes.get(e.identity()))
                .thenComparingInt(Entry::rank)
                .thenComparingInt(Entry::derivedFirst);
        Entry best = null;
        for (List<Entry> entries : ranked.values()) {
            Entry first = entries.get(0);
            if (best == null || telling.compare(first, best) < 0) {
                best = first;
            }
        }
        return best;
    }

    /**
     * How much each figure differs between the designs, as (largest - smallest) / largest of its
     * values: 1 when one design has none of what another has (no inconsistent order against 29),
     * 0 when all agree or there is one design. Within a role, the figures that tell the designs
     * apart come first: they are the lesson of a side-by-side scenario.
     */
    private static Map<List<Object>, Double> spread(Map<String, List<Entry>> byDesign) {
        Map<List<Object>, double[]> range = new LinkedHashMap<>();
        byDesign.values().forEach(entries -> entries.forEach(e -> {
            double v = Math.max(0, e.size());
            range.merge(e.identity(), new double[] {v, v},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }));
        Map<List<Object>, Double> spread = new LinkedHashMap<>();
        range.forEach((identity, r) -> spread.put(identity, r[1] > 0 ? (r[1] - r[0]) / r[1] : 0.0));
        return spread;
    }

    /** The lines naming {@code figures} figures of each of the first {@code listed} designs, the rest counted. */
    private static List<String> lines(Map<String, List<Entry>> designs, int figures, int listed) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<Entry>> design : designs.entrySet()) {
            if (lines.size() == listed) {
                break;
            }
            List<Entry> entries = design.getValue();
            List<String> parts = new ArrayList<>();
            entries.stream().limit(figures).forEach(e -> parts.add(e.text()));
            if (entries.size() > figures) {
                parts.add("and " + (entries.size() - figures) + " more");
            }
            lines.add(design.getKey() + ": " + String.join(", ", parts));
        }
        if (designs.size() > listed) {
            lines.add("and " + (designs.size() - listed) + " more design" + (designs.size() - listed == 1 ? "" : "s"));
        }
        return lines;
    }

    /** The rows {@code lines} take on the card, each wrapped at about {@link #ROW} characters. */
    static int rows(List<String> lines) {
        return lines.stream().mapToInt(line -> (line.length() + ROW - 1) / ROW).sum();
    }

    /**
     * The entries with one per figure: the largest where several nodes record it (the first of
     * equals), in the place of the first.
     */
    private static List<Entry> largest(List<Entry> entries) {
        Map<List<Object>, Entry> best = new LinkedHashMap<>();
        Map<List<Object>, Integer> count = new LinkedHashMap<>();
        for (Entry entry : entries) {
            count.merge(entry.identity(), 1, Integer::sum);
            best.merge(entry.identity(), entry, (kept, next) -> next.size() > kept.size()
                    ? new Entry(next.where(), 1, next.figure(), next.max(), kept.rank(), kept.order(), kept.tier())
                    : kept);
        }
        List<Entry> result = new ArrayList<>();
        best.forEach((identity, entry) -> result.add(entry.among(count.get(identity))));
        return result;
    }

    /** Adds the lesson figures among {@code figures}, a gauge as its mean with its max beside it. */
    private static void collect(String where, List<Figure> figures, List<Entry> entries) {
        for (Figure figure : figures) {
            int rank = ROLES.indexOf(figure.spec().role());
            if (rank < 0 || figure.statistic() == Statistic.MAX) {
                continue;
            }
            Figure max = null;
            if (figure.spec().kind() == FigureKind.GAUGE) {
                for (Figure other : figures) {
                    if (other.spec().equals(figure.spec()) && other.statistic() == Statistic.MAX
                            && Objects.equals(other.qualifier(), figure.qualifier())) {
                        max = other;
                    }
                }
            }
            // Headline figures sort before the others of their role.
            int order = (figure.spec().headline() ? 0 : 1_000_000) + entries.size();
            entries.add(new Entry(where, 1, figure, max, rank, order));
        }
    }

    /**
     * Those of {@code figures}, of a workload's or a node's {@code owner}, that the time series has a
     * column for, so that a chart can draw them: a figure known only at the end of the run
     * (sharding-hotspot's hot shard share, computed from the whole run's routed requests) would
     * leave the live chart empty from start to end.
     */
    static List<Figure> drawable(TimeSeries series, TimeSeries.Scope scope, String owner, List<Figure> figures) {
        return figures.stream().filter(f -> series.values(scope.prefix() + owner + "."
                + f.spec().columnKey(f.qualifier())) != null).toList();
    }

    /**
     * The nodes a workload's requests reach, and the members of every group among them, in the order
     * the links are written; a node shared by two designs is on both paths.
     */
    static List<String> path(Topology topology, String workload) {
        Set<String> reached = new LinkedHashSet<>();
        List<String> frontier = new ArrayList<>(List.of(workload));
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String from : frontier) {
                for (Link link : topology.links()) {
                    if (link.from().equals(from) && !link.to().equals(workload) && reached.add(link.to())) {
                        next.add(link.to());
                    }
                }
            }
            frontier = next;
        }
        return List.copyOf(reached);
    }

    private static boolean isNonZero(Figure figure) {
        return figure.value() != null && figure.value().doubleValue() != 0;
    }

    /** A value with its unit, in three significant digits at most: {@code 29}, {@code 4.2 ms}, {@code 83%}. */
    static String format(Unit unit, Number value) {
        if (value == null || !Double.isFinite(value.doubleValue())) {
            return "n/a";
        }
        double v = unit == Unit.FRACTION ? value.doubleValue() * 100 : value.doubleValue();
        // A time of a second or more reads better in seconds (busy on wasted work is counted in us).
        double perSecond = unit == Unit.MILLISECONDS ? 1e3 : unit == Unit.MICROSECONDS ? 1e6 : 0;
        if (perSecond > 0 && Math.abs(v) >= perSecond) {
            return format(Unit.ONE, v / perSecond) + " s";
        }
        if (value instanceof Long) {
            return value + (unit.symbol().isEmpty() ? "" : " " + unit.symbol());
        }
        if (v != 0 && Math.abs(v) < TINY) {
            return "<" + TINY + (unit == Unit.FRACTION ? "%" : unit.symbol().isEmpty() ? "" : " " + unit.symbol());
        }
        String digits = Math.abs(v) >= 100 ? BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_EVEN).toPlainString()
                : new BigDecimal(v).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                        .toPlainString();
        if (unit == Unit.FRACTION) {
            return digits + "%";
        }
        return unit.symbol().isEmpty() ? digits : digits + " " + unit.symbol();
    }
}
