package org.distsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.FaultWindow;
import org.distsim.core.facts.Layer;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.MarkerKind;
import org.distsim.core.facts.Objective;
import org.distsim.core.facts.ObjectiveFigure;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.facts.Topology;
import org.junit.jupiter.api.Test;

class ScenarioFactsTest {

    private static final long S = 1_000_000_000L;

    private static final String YAML = """
            name: t
            description: two pipelines
            duration: 60s
            nodes:
              lb: {type: load-balancer, backends: [web-1, web-2]}
              web-1: {type: service, service-time: 1ms}
              web-2:
                type: service
                service-time: 1ms
                calls: [{target: db, timeout: 1s, origins: [users]}]
              edge: {type: cache, backing: db, capacity: 100}
              db: {type: database}
              store: {type: replicated-database, replicas: 2}
            workloads:
              users: {type: open-loop, target: lb, rate: 10/s}
              readers: {type: open-loop, target: edge, rate: 10/s}
              near: {type: open-loop, target: store-2, rate: 10/s}
            faults:
              - {at: 20s, crash: web-1, duration: 5s}
              - {at: 30s, slow: {node: db, factor: 2.5}}
              - {at: 50s, crash: db}
            notes:
              - {at: 20s, text: look}
              - {at: 55s, text: too late}
            slo:
              - {workload: users, p99: 25ms, p50: 5ms, availability: 99.9%}
              - {workload: readers, throughput: 9/s}
            """;

    private static RunFacts facts(long endNanos) throws ScenarioException {
        return ScenarioFacts.of(ScenarioLoader.load("t.yaml", YAML, List.of()), endNanos);
    }

    @Test
    void topology_listsWorkloadsThenNodesEachGroupFollowedByItsMembers() throws ScenarioException {
        Topology t = facts(60 * S).topology();
        assertEquals(List.of("users", "readers", "near", "lb", "web-1", "web-2", "edge", "db", "store", "store-1",
                "store-2"), t.components().stream().map(Component::name).toList());
        Component member = t.component("store-2");
        assertEquals(Component.ComponentRole.MEMBER, member.role());
        assertEquals("store", member.group());
        assertEquals("database-replica", member.type());
        assertEquals(Layer.DATA, member.layer());
        assertNull(t.component("store").group());
        assertEquals(List.of("store-1", "store-2"), t.members("store").stream().map(Component::name).toList());
    }

    @Test
    void topology_takesEachComponentsLayerFromItsType() throws ScenarioException {
        Topology t = facts(60 * S).topology();
        assertEquals(List.of(Layer.CLIENTS, Layer.CLIENTS, Layer.CLIENTS, Layer.EDGE, Layer.SERVICES, Layer.SERVICES,
                Layer.CACHES, Layer.DATA, Layer.DATA, Layer.DATA, Layer.DATA),
                t.components().stream().map(Component::layer).toList());
    }

    @Test
    void links_areEveryNodeReferenceInWritingOrderThenTheMembers() throws ScenarioException {
        // origins names workloads to filter by, not a node requests go to: no link.
        assertEquals(List.of("users->lb REQUEST target", "readers->edge REQUEST target", "near->store-2 REQUEST target",
                "lb->web-1 REQUEST backends", "lb->web-2 REQUEST backends", "web-2->db REQUEST calls.target",
                "edge->db REQUEST backing", "store->store-1 MEMBER members", "store->store-2 MEMBER members"),
                facts(60 * S).topology().links().stream()
                        .map(l -> l.from() + "->" + l.to() + " " + l.kind() + " " + l.via()).toList());
    }

    @Test
    void markers_areFaultsWithTheirUndoAndNotesByTime_insideTheRun() throws ScenarioException {
        RunFacts facts = facts(52 * S);
        assertEquals(List.of("20 FAULT crash web-1", "20 NOTE look", "25 FAULT restart web-1", "30 FAULT slow db x2.5",
                "50 FAULT crash db"), facts.markers().stream()
                        .map(m -> m.atNanos() / S + " " + m.kind() + " " + m.label()).toList());
        assertEquals(MarkerKind.FAULT, facts.markers().get(0).kind());
        assertEquals(4, facts(50 * S).markers().size(), "a fault at the end of the run is outside it");
    }

    @Test
    void windows_pairEachFaultWithItsUndo_andOneNotUndoneEndsWithTheRun() throws ScenarioException {
        RunFacts facts = facts(52 * S);
        assertEquals(List.of(new FaultWindow(20 * S, 25 * S, "crash web-1", true),
                new FaultWindow(30 * S, 52 * S, "slow db x2.5", false),
                new FaultWindow(50 * S, 52 * S, "crash db", false)), facts.windows());
        assertEquals(List.of(new FaultWindow(20 * S, 22 * S, "crash web-1", false)), facts(22 * S).windows(),
                "a run cut short ends the window it cut");
    }

    @Test
    void objectives_areOneBoundEach_latencyFirstInStatisticOrder() throws ScenarioException {
        assertEquals(List.of(new Objective("users", ObjectiveFigure.P50, 5.0),
                new Objective("users", ObjectiveFigure.P99, 25.0),
                new Objective("users", ObjectiveFigure.AVAILABILITY, 0.999),
                new Objective("readers", ObjectiveFigure.THROUGHPUT, 9.0)), facts(60 * S).objectives());
    }

    @Test
    void description_isTheScenarios() throws ScenarioException {
        assertEquals("two pipelines", facts(60 * S).description());
    }

    @Test
    void via_dropsTheSectionTheComponentAndListIndexes() {
        assertEquals("calls.target", ScenarioFacts.via(new CallGraph.Edge("api", "db", "nodes.api.calls.0.target")));
        assertEquals("backends", ScenarioFacts.via(new CallGraph.Edge("lb", "w", "nodes.lb.backends.1")));
        assertEquals(Link.Kind.REQUEST, Link.Kind.valueOf("REQUEST"));
    }
}
