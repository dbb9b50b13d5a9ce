package org.distsim.ui.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Statistic;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;

/**
 * Which figure the live lesson chart draws, and from which column for each design: chosen once,
 * before the view shows the run, so the chart never changes figure mid-run. (Chosen from the
 * intervals closed so far, cap-partition's chart showed replication lag until its partition made
 * stale reads, then switched.)
 *
 * <p>The choice is the end card's ({@link LessonFigures#ranked}): by role, then by how much the
 * designs differ, never by name, over the figures of the whole run. A run is deterministic, so the
 * whole run is known before it is shown: {@link #of(Scenario, Long)} runs the scenario headless to
 * its end, with the same seed and without the viewer's interactions, which are the viewer's own
 * experiment and do not change what the scenario teaches.
 *
 * <p>Each design reads its own node carrying the lesson: the lead figure, from the node on its path
 * that records the most of it; for a level of work waiting (a gauge), the largest level of the
 * lead's role and unit on its path, whichever node holds it (the lead's own figure on ties). In queue-spike
 * the synchronous design's line is its service's queue and the queued design's the message queue's
 * backlog; with the lead's figure for both, the queued design's line was its workers' queue, about
 * zero, while its backlog held the spike.
 *
 * @param title   the chart's title: the figures' labels with the unit ({@code stale reads/s},
 *                {@code queue / backlog (mean)})
 * @param designs for each workload in declaration order, where its line comes from, or null when
 *                the design records no figure of the lesson's role
 * @param kind    the kind of every design's figure, which says how it is drawn
 */
public record LessonPlan(String title, List<Source> designs, FigureKind kind) {

    /**
     * One design's column of the time series.
     *
     * @param scope     a workload's or a node's
     * @param owner     the workload or node
     * @param spec      the figure
     * @param qualifier the peer of a family instance, or null
     */
    public record Source(TimeSeries.Scope scope, String owner, FigureSpec spec, String qualifier) {

        /** The key of this figure's column. */
        String key() {
            return key(spec);
        }

        /** The key of {@code other}'s column at the same owner and peer (a derived figure's parts). */
        String key(FigureSpec other) {
            return scope.prefix() + owner + "." + other.columnKey(qualifier);
        }
    }

    public LessonPlan {
        designs = java.util.Collections.unmodifiableList(new ArrayList<>(designs));
    }

    /**
     * The plan of {@code scenario} run with {@code seed} (the scenario's own when null): from a
     * headless run to its end. Null when no design records a figure of a lesson's role.
     */
    public static LessonPlan of(Scenario scenario, Long seed) {
        RunResult result = ScenarioRunner.run(scenario, new RunOptions(seed, null, 0, null));
        return of(result);
    }

    /** The plan read from a finished run's figures and facts; null when there is no lesson figure. */
    static LessonPlan of(RunResult result) {
        Map<String, List<Figure>> workloads = new LinkedHashMap<>();
        // Only the figures the chart can draw: those with a column in the time series.
        result.workloads().forEach((name, workload) -> workloads.put(name, LessonFigures.drawable(result.series(),
                TimeSeries.Scope.WORKLOAD, name, workload.figures().list())));
        Map<String, List<Figure>> nodes = new LinkedHashMap<>();
        result.nodes().forEach((name, node) -> nodes.put(name, LessonFigures.drawable(result.series(),
                TimeSeries.Scope.NODE, name, node.figures().list())));
        var topology = result.facts().topology();
        // A figure no design has made by the end is still the one to watch: its line at zero.
        Map<String, List<LessonFigures.Entry>> ranked = LessonFigures.ranked(topology, workloads, nodes, false);
        if (ranked.isEmpty()) {
            ranked = LessonFigures.ranked(topology, workloads, nodes, true);
        }
        if (ranked.isEmpty()) {
            return null;
        }
        LessonFigures.Entry best = LessonFigures.lead(ranked);
        Figure lead = best.figure();
        Map<String, List<LessonFigures.Entry>> all = LessonFigures.ranked(topology, workloads, nodes, true);
        List<Source> designs = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        for (String workload : workloads.keySet()) {
            LessonFigures.Entry chosen = null;
            for (LessonFigures.Entry entry : all.getOrDefault(workload, List.of())) {
                if (!alike(entry.figure(), lead)) {
                    continue;
                }
                boolean leads = entry.identity().equals(List.of(lead.spec(), lead.statistic()));
                // Work waiting is the same quantity at whichever node it waits (a service's queue, a
                // message queue's backlog), so a level is read where it is largest; counts of
                // different things (stale reads, lost writes) are never drawn as one line.
                boolean larger = lead.spec().kind() == FigureKind.GAUGE && chosen != null
                        && entry.size() > chosen.size();
                if (chosen == null && (leads || lead.spec().kind() == FigureKind.GAUGE) || larger
                        || chosen != null && leads && entry.size() == chosen.size()) {
                    chosen = entry;
                }
            }
            if (chosen == null) {
                designs.add(null);
                continue;
            }
            Figure f = chosen.figure();
            labels.add(f.spec().label());
            designs.add(chosen.where() == null
                    ? new Source(TimeSeries.Scope.WORKLOAD, workload, f.spec(), f.qualifier())
                    : new Source(TimeSeries.Scope.NODE, chosen.where(), f.spec(), f.qualifier()));
        }
        return new LessonPlan(title(String.join(" / ", labels), lead.spec()), designs, lead.spec().kind());
    }

    /** Whether {@code figure} can share a chart with {@code lead}: the same role, kind, unit and statistic. */
    private static boolean alike(Figure figure, Figure lead) {
        return figure.spec().role() == lead.spec().role() && figure.spec().kind() == lead.spec().kind()
                && figure.spec().unit() == lead.spec().unit() && figure.statistic() == lead.statistic()
                && figure.statistic() != Statistic.MAX;
    }

    private static String title(String label, FigureSpec spec) {
        String symbol = spec.unit().symbol();
        return switch (spec.kind()) {
            case COUNT -> label + "/s";
            case RATIO -> label + " (%)";
            case GAUGE -> label + " (mean" + (symbol.isEmpty() ? "" : ", " + symbol) + ")";
            default -> symbol.isEmpty() ? label : label + " (" + symbol + ")";
        };
    }
}
