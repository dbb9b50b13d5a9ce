package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.reports.Marker;
import org.distsim.reports.Objective;
import org.distsim.reports.Topology;
import org.junit.jupiter.api.Test;

class ScenarioReportsTest {

    private static final String YAML = """
            name: t
            duration: 60s
            nodes:
              lb: {type: load-balancer, backends: [web-1, web-2]}
              web-1: {type: service, service-time: 1ms}
              web-2: {type: service, service-time: 1ms}
              edge: {type: cache, backing: db, capacity: 100}
              db: {type: database}
            workloads:
              users: {type: open-loop, target: lb, rate: 10/s}
              readers: {type: open-loop, target: edge, rate: 10/s}
            faults:
              - {at: 20s, crash: web-1, duration: 5s}
              - {at: 30s, slow: {node: db, factor: 2.5}}
            notes:
              - {at: 20s, text: look}
            slo:
              - {workload: users, p99: 25ms, p50: 5ms, availability: 99.9%}
            """;

    private static Scenario scenario() throws ScenarioException {
        return ScenarioLoader.load("t.yaml", YAML, List.of());
    }

    @Test
    void topology_hasAnEdgeForEveryReferenceKnob() throws ScenarioException {
        Topology t = ScenarioReports.topology(scenario());
        assertEquals(List.of("users", "readers", "lb", "web-1", "web-2", "edge", "db"),
                t.vertices().stream().map(Topology.Vertex::name).toList());
        assertEquals(List.of("users->lb (target)", "readers->edge (target)", "lb->web-1 (backends)",
                "lb->web-2 (backends)", "edge->db (backing)"),
                t.edges().stream().map(e -> e.from() + "->" + e.to() + " (" + e.label() + ")").toList());
    }

    @Test
    void markers_areFaultsWithTheirUndoAndNotesByTime() throws ScenarioException {
        assertEquals(List.of("20 fault crash web-1", "20 note look", "25 fault restart web-1", "30 fault slow db x2.5"),
                ScenarioReports.markers(scenario()).stream()
                        .map(m -> m.atNanos() / 1_000_000_000L + " " + m.kind() + " " + m.label()).toList());
        assertEquals(Marker.FAULT, ScenarioReports.markers(scenario()).get(0).kind());
    }

    @Test
    void objectives_oneBoundEachLatencyFirstInStatisticOrder() throws ScenarioException {
        assertEquals(List.of(new Objective("users", "p50", 5.0), new Objective("users", "p99", 25.0),
                new Objective("users", Objective.AVAILABILITY, 0.999)), ScenarioReports.objectives(scenario()));
    }
}
