package org.distsim.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.result.RunResult;
import org.distsim.models.format.Knob;
import org.distsim.models.format.Rate;
import org.distsim.models.scenario.ComponentSpec;
import org.distsim.models.scenario.GroupMembers;
import org.distsim.models.scenario.Note;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.Slo;
import org.distsim.reports.Marker;
import org.distsim.reports.Objective;
import org.distsim.reports.RunReport;
import org.distsim.reports.Topology;

/**
 * What the reports need from a scenario, in the reports' own terms: its objectives, its fault and
 * note timeline, and its topology. The reports module knows nothing of scenarios, so the
 * translation lives here, at the edge where both are at hand.
 */
public final class ScenarioReports {

    private ScenarioReports() {
    }

    /** The report of a run of {@code scenario}, as {@code distsim run} renders it. */
    public static RunReport report(Scenario scenario, RunResult result, String reproduce) {
        return RunReport.of(result, reproduce, objectives(scenario), markers(scenario), topology(scenario));
    }

    /** One objective per bound of each {@code slo:} entry, in file order (latency bounds first). */
    static List<Objective> objectives(Scenario scenario) {
        List<Objective> objectives = new ArrayList<>();
        for (Slo slo : scenario.slos()) {
            slo.latencyBounds().forEach((statistic, bound) ->
                    objectives.add(Objective.latency(slo.workload(), statistic, bound.toNanos())));
            if (slo.availability() != null) {
                objectives.add(new Objective(slo.workload(), Objective.AVAILABILITY, slo.availability()));
            }
            if (slo.throughput() != null) {
                objectives.add(new Objective(slo.workload(), Objective.THROUGHPUT, slo.throughput().perSecond()));
            }
        }
        return objectives;
    }

    /** Faults (undo faults included) and notes, by time; faults before notes at equal times. */
    static List<Marker> markers(Scenario scenario) {
        List<Marker> markers = new ArrayList<>();
        for (ScheduledFault f : scenario.faults()) {
            markers.add(new Marker(f.atNanos(), Marker.FAULT, label(f.fault())));
        }
        for (Note note : scenario.notes()) {
            markers.add(new Marker(note.atNanos(), Marker.NOTE, note.text()));
        }
        markers.sort(java.util.Comparator.comparingLong(Marker::atNanos));
        return markers;
    }

    static String label(Fault fault) {
        if (fault instanceof Fault.Crash c) {
            return "crash " + c.node();
        } else if (fault instanceof Fault.Restart r) {
            return "restart " + r.node();
        } else if (fault instanceof Fault.Partition p) {
            return "partition " + p.name() + " " + p.groups().stream().map(g -> String.join(",", g))
                    .collect(Collectors.joining(" | ", "[", "]")) + (p.oneWay() ? " one-way" : "");
        } else if (fault instanceof Fault.Heal h) {
            return "heal " + h.name();
        } else if (fault instanceof Fault.SlowNode s) {
            return s.factor() == 1 ? "speed " + s.node() + " normal" : "slow " + s.node() + " x" + significant(s.factor());
        } else if (fault instanceof Fault.DegradeLink d) {
            return "degrade-link " + d.from() + "-" + d.to();
        } else if (fault instanceof Fault.RestoreLink r) {
            return "restore-link " + r.from() + "-" + r.to();
        }
        return fault.getClass().getSimpleName();
    }

    private static String significant(double value) {
        return new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * Workloads then nodes, and an edge for every name a component's configuration holds in a knob
     * of format {@code NODE_REF} or {@code ACTOR_REF}, however deep (nested records, lists).
     */
    static Topology topology(Scenario scenario) {
        List<Topology.Vertex> vertices = new ArrayList<>();
        Set<Topology.Edge> edges = new LinkedHashSet<>();
        List<ComponentSpec> components = new ArrayList<>(scenario.workloads().values());
        components.addAll(scenario.nodes().values());
        for (ComponentSpec c : components) {
            vertices.add(new Topology.Vertex(c.name(), c.typeName(), scenario.workloads().containsKey(c.name())));
        }
        for (ComponentSpec c : components) {
            collect(c.name(), c.config(), null, edges, 0);
        }
        Map<String, String> groupOf = GroupMembers.of(scenario);
        Set<Topology.Edge> drawn = new LinkedHashSet<>();
        for (Topology.Edge e : edges) {
            // A member of a group node (db-3 of db) is drawn as its group, the edge saying which member.
            String group = groupOf.get(e.to());
            drawn.add(group == null ? e : new Topology.Edge(e.from(), group, e.label() + " " + e.to()));
        }
        drawn.removeIf(e -> e.from().equals(e.to()) || !(scenario.nodes().containsKey(e.to())
                || scenario.workloads().containsKey(e.to())));
        return new Topology(vertices, new ArrayList<>(drawn));
    }

    private static void collect(String from, Object value, String knob, Set<Topology.Edge> edges, int depth) {
        if (value == null || depth > 8) {
            return;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                collect(from, item, knob, edges, depth + 1);
            }
        } else if (value instanceof Record record && !(value instanceof Rate)) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Knob annotation = component.getAnnotation(Knob.class);
                if (annotation == null) {
                    continue;
                }
                Object child = read(component, record);
                boolean reference = annotation.format() == Knob.Format.NODE_REF
                        || annotation.format() == Knob.Format.ACTOR_REF;
                if (reference) {
                    names(child).forEach(name -> edges.add(new Topology.Edge(from, name, kebab(component.getName()))));
                } else {
                    collect(from, child, component.getName(), edges, depth + 1);
                }
            }
        }
    }

    private static List<String> names(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof String s) {
            names.add(s);
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                names.addAll(names(item));
            }
        }
        return names;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null; // a non-public record: no edge rather than no report
        }
    }

    private static String kebab(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
