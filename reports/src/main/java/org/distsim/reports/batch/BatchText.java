package org.distsim.reports.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.WorkloadFigures;

/**
 * The console report of replications and of sweeps: every figure as
 * {@code mean +/- 95 % confidence half-width} over replications, then, per workload, the pooled
 * latency percentiles of all requests of all replications. A sweep prints one table per workload
 * and node with a row per design point. The layout is for people; scripts read the JSON.
 */
public final class BatchText {

    /** The workload figures a sweep table shows; the JSON and CSV have all of them. */
    static final List<String> SWEEP_WORKLOAD_FIGURES = Stream.of(WorkloadFigures.THROUGHPUT,
            WorkloadFigures.AVAILABILITY, WorkloadFigures.LATENCY_MEAN, WorkloadFigures.LATENCY_P50,
            WorkloadFigures.LATENCY_P95, WorkloadFigures.LATENCY_P99, WorkloadFigures.LATENCY_P999)
            .map(RunFigures::key).toList();

    /** The theory a sweep table shows beside the estimates, where a closed form applies. */
    private static final List<String> THEORY_COLUMNS = List.of("theory latency_ms.mean", "theory latency_ms.p99");

    private BatchText() {
    }

    /** {@code mean 5.000 ms, p50 3.466 ms, ..., availability 100.000%}: a theory's latency and availability. */
    static String theory(Theory t) {
        StringBuilder durations = new StringBuilder();
        StringBuilder fractions = new StringBuilder();
        t.figures().forEach((key, value) -> {
            FigureSpec spec = RunFigures.builtIn(key);
            if (spec != null && spec.kind() == FigureKind.DURATION) {
                durations.append(durations.length() == 0 ? "" : ", ").append(spec.name()).append(' ')
                        .append(Numbers.fixed(value, 3)).append(' ').append(spec.unit().symbol());
            } else if (spec != null && spec.unit() == Unit.FRACTION) {
                fractions.append(fractions.length() == 0 ? "" : ", ").append(spec.name()).append(' ')
                        .append(Numbers.percent(value, 3));
            }
        });
        return durations + (durations.length() > 0 && fractions.length() > 0 ? "; " : "") + fractions;
    }

    /** The report of replications, ending with {@code reproduce with: <reproduce>}. */
    public static String render(ReplicationSummary s, String reproduce) {
        return render(s, Theory.Set.NONE, reproduce);
    }

    /** The report of replications, with what closed forms predict under each workload that has theory. */
    public static String render(ReplicationSummary s, Theory.Set theory, String reproduce) {
        StringBuilder out = new StringBuilder(4096);
        out.append(s.scenario()).append(": ").append(completed(s)).append(" (seed ").append(s.seed())
                .append("), ").append(Numbers.seconds(s.durationNanos())).append(" each, warm-up ")
                .append(Numbers.seconds(s.warmupNanos())).append('\n');
        out.append("each figure: mean +/- 95% confidence half-width over the replications (Student t)\n");
        for (Map.Entry<String, ReplicationSummary.Workload> e : s.workloads().entrySet()) {
            out.append('\n').append("workload ").append(e.getKey()).append('\n');
            estimates(out, e.getValue().figures(), e.getValue().specs());
            out.append("  pooled latency (every request of every replication): ")
                    .append(pooled(e.getValue().pooledLatency())).append('\n');
            Theory t = theory.workload(e.getKey());
            if (t != null) {
                out.append("  theory (").append(t.model()).append("): ").append(theory(t)).append('\n');
            }
        }
        for (Map.Entry<String, ReplicationSummary.Node> e : s.nodes().entrySet()) {
            out.append('\n').append("node ").append(e.getKey()).append(" (").append(e.getValue().type()).append(")\n");
            estimates(out, e.getValue().figures(), e.getValue().specs());
        }
        warnings(out, s);
        out.append('\n').append("reproduce with: ").append(reproduce).append('\n');
        return out.toString();
    }

    /** The report of a sweep: per workload and per node, a row per design point. */
    public static String render(SweepResult sweep, String reproduce) {
        StringBuilder out = new StringBuilder(8192);
        out.append(sweep.scenario()).append(": sweep of ").append(sweep.points().size()).append(" points x ")
                .append(sweep.replications()).append(sweep.replications() == 1 ? " replication" : " replications")
                .append(" (seed ").append(sweep.seed()).append("; replication r uses the same random streams at every point)\n");
        out.append("each figure: mean +/- 95% confidence half-width over the replications (Student t)\n");
        if (sweep.partial()) {
            out.append("PARTIAL: interrupted; figures cover only the replications that finished\n");
        }
        if (sweep.points().isEmpty()) {
            return out.append('\n').append("reproduce with: ").append(reproduce).append('\n').toString();
        }
        // Node names and figures from the first point that has any (in a partial sweep, early points may have none).
        ReplicationSummary first = sweep.points().stream().map(SweepResult.Point::summary)
                .filter(summary -> !summary.nodes().isEmpty()).findFirst().orElse(sweep.points().get(0).summary());
        for (String workload : workloadNames(sweep)) {
            out.append('\n').append("workload ").append(workload).append('\n');
            List<String> header = new ArrayList<>(sweep.parameters());
            header.add("n");
            header.addAll(SWEEP_WORKLOAD_FIGURES);
            boolean withTheory = sweep.points().stream().anyMatch(p -> p.theory().workload(workload) != null);
            if (withTheory) {
                header.addAll(THEORY_COLUMNS);
            }
            Table table = new Table(header);
            for (SweepResult.Point point : sweep.points()) {
                ReplicationSummary.Workload w = point.summary().workloads().get(workload);
                List<String> row = new ArrayList<>(point.values());
                row.add(Integer.toString(point.summary().runs().size()));
                for (String figure : SWEEP_WORKLOAD_FIGURES) {
                    Estimate e = w == null ? null : w.figures().get(figure);
                    row.add(e == null ? Numbers.NONE : Numbers.estimate(w.spec(figure), e));
                }
                if (withTheory) {
                    Theory t = point.theory().workload(workload);
                    for (String column : THEORY_COLUMNS) {
                        String figure = column.substring("theory ".length());
                        Double v = t == null ? null : t.figure(figure);
                        row.add(v == null ? Numbers.NONE : Numbers.figure(RunFigures.builtIn(figure), v));
                    }
                }
                table.add(row);
            }
            table.appendTo(out, "  ");
        }
        for (Map.Entry<String, ReplicationSummary.Node> node : first.nodes().entrySet()) {
            out.append('\n').append("node ").append(node.getKey()).append(" (").append(node.getValue().type()).append(")\n");
            List<String> figures = List.copyOf(node.getValue().figures().keySet());
            List<String> header = new ArrayList<>(sweep.parameters());
            header.addAll(figures);
            Table table = new Table(header);
            for (SweepResult.Point point : sweep.points()) {
                ReplicationSummary.Node n = point.summary().nodes().get(node.getKey());
                List<String> row = new ArrayList<>(point.values());
                for (String figure : figures) {
                    Estimate e = n == null ? null : n.figures().get(figure);
                    row.add(e == null ? Numbers.NONE : Numbers.estimate(n.spec(figure), e));
                }
                table.add(row);
            }
            table.appendTo(out, "  ");
        }
        out.append('\n').append("reproduce with: ").append(reproduce).append('\n');
        return out.toString();
    }

    private static List<String> workloadNames(SweepResult sweep) {
        return sweep.points().stream().flatMap(p -> p.summary().workloads().keySet().stream()).distinct().toList();
    }

    private static String completed(ReplicationSummary s) {
        String text = s.runs().size() + (s.runs().size() == 1 ? " replication" : " replications");
        return s.partial() ? "PARTIAL, " + text + " of " + s.planned() + " finished (interrupted)" : text;
    }

    private static void estimates(StringBuilder out, Map<String, Estimate> figures, Map<String, FigureSpec> specs) {
        Table table = new Table(List.of("figure", "mean +/- half-width", "min", "max", "n"));
        for (Map.Entry<String, Estimate> e : figures.entrySet()) {
            Estimate x = e.getValue();
            FigureSpec spec = specs.get(e.getKey());
            table.add(List.of(e.getKey(), Numbers.estimate(spec, x), Numbers.figure(spec, x.min()),
                    Numbers.figure(spec, x.max()), Integer.toString(x.n())));
        }
        table.appendTo(out, "  ");
    }

    static String pooled(LatencySummary l) {
        if (l == null || l.count() == 0) {
            return "no request succeeded";
        }
        return l.count() + " requests, mean " + Numbers.fixed(l.mean(), 3) + " ms, p50 " + Numbers.fixed(l.p50(), 3)
                + ", p95 " + Numbers.fixed(l.p95(), 3) + ", p99 " + Numbers.fixed(l.p99(), 3) + ", p99.9 "
                + Numbers.fixed(l.p999(), 3) + ", max " + Numbers.fixed(l.max(), 3) + " ms";
    }

    private static void warnings(StringBuilder out, ReplicationSummary s) {
        long stopped = s.runs().stream().filter(r -> r.stop() != null && !r.stop().isCompleted()).count();
        if (stopped > 0) {
            out.append('\n').append("warning: ").append(stopped).append(" of ").append(s.runs().size())
                    .append(" replications were stopped early by a limit (").append(s.runs().stream()
                            .filter(r -> r.stop() != null && !r.stop().isCompleted()).findFirst().orElseThrow()
                            .stop().message()).append("); their figures are not comparable\n");
        }
    }
}
