package org.distsim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.facts.Layer;
import org.distsim.models.scenario.Scenario;
import org.distsim.ui.Scenarios;
import org.junit.jupiter.api.Test;

class TopologyTest {

    @Test
    void tiersRunLeftToRightFromClientsToData() {
        Topology topology = Topology.of(Scenarios.load("load-balancing"));
        assertEquals(Layer.CLIENTS, topology.find("clients").layer());
        assertEquals(Layer.EDGE, topology.find("lb").layer());
        assertEquals(Layer.SERVICES, topology.find("web-2").layer());
        assertEquals(Layer.CACHES, topology.find("cache").layer());
        assertEquals(Layer.DATA, topology.find("db").layer());
        assertTrue(topology.find("clients").x() < topology.find("lb").x());
        assertTrue(topology.find("lb").x() < topology.find("web-1").x());
        assertTrue(topology.find("web-1").x() < topology.find("cache").x());
        assertTrue(topology.find("cache").x() < topology.find("db").x());
        // The three web servers are one tier, in declaration order: a column, or, wrapped for the
        // wide and low area of a 16:9 window, a row (Topology.of), read left to right.
        assertTrue(readsBefore(topology, "web-1", "web-2"));
        assertTrue(readsBefore(topology, "web-2", "web-3"));
        assertTrue(topology.find("web-3").x() < topology.find("cache").x());
    }

    @Test
    void linksComeFromTheKnobsThatNameOtherComponents() {
        Topology topology = Topology.of(Scenarios.load("load-balancing"));
        assertEquals(List.of(
                new Topology.Link("clients", "lb"),
                new Topology.Link("lb", "web-1"), new Topology.Link("lb", "web-2"), new Topology.Link("lb", "web-3"),
                new Topology.Link("web-1", "cache"), new Topology.Link("web-2", "cache"), new Topology.Link("web-3", "cache"),
                new Topology.Link("cache", "db")), topology.links());
    }

    @Test
    void aServiceCallingAServiceGoesOneColumnRight() {
        Scenario scenario = Scenarios.parse("chain.yaml", """
                name: chain
                duration: 1s
                nodes:
                  front: {type: service, service-time: 1ms, calls: [{target: back}]}
                  back: {type: service, service-time: 1ms}
                workloads:
                  users: {type: open-loop, target: front, rate: 10/s}
                """, List.of());
        Topology topology = Topology.of(scenario);
        assertEquals(3, topology.columns());
        assertEquals(1, topology.find("front").column());
        assertEquals(2, topology.find("back").column());
    }

    @Test
    void trafficAddsALinkOnceAndIgnoresUnknownNames() {
        Scenario scenario = Scenarios.load("partition");
        Topology topology = Topology.of(scenario);
        assertSame(topology, topology.withLink("db", "api"), "already linked the other way");
        assertSame(topology, topology.withLink("api", "nobody"));
        Topology more = topology.withLink("users", "db");
        assertEquals(topology.links().size() + 1, more.links().size());
        assertEquals(topology.find("db").x(), more.find("db").x(), "same tiers after a relayout");
    }

    @Test
    void aGroupsMembersAreThereAndLinkedToTheirFrontBeforeAnyTraffic() {
        Scenario scenario = Scenarios.parse("group.yaml", """
                name: group
                duration: 10s
                nodes:
                  db: {type: replicated-database, replicas: 2}
                workloads:
                  clients: {type: open-loop, target: db, rate: 10/s}
                """, List.of());
        Topology topology = Topology.of(scenario);
        assertEquals(4, topology.nodes().size());
        assertEquals(Layer.DATA, topology.find("db-2").layer());
        assertEquals("db", topology.find("db-2").group());
        assertTrue(topology.links().contains(new Topology.Link("db", "db-1")), topology.links().toString());
        assertTrue(topology.links().contains(new Topology.Link("db", "db-2")), topology.links().toString());
    }

    @Test
    void theScenariosLayoutOverridesColumnAndRow() {
        Topology topology = Topology.of(Scenarios.withLayout());
        assertEquals(1, topology.find("db").column());
        assertEquals(topology.find("lb").column(), topology.find("db").column());
        assertTrue(topology.find("db").y() < topology.find("lb").y(), "db on top of the edge column");
        assertTrue(topology.find("web-3").y() < topology.find("web-1").y(), "web-3 first in its column");
        assertTrue(topology.find("web-1").y() < topology.find("web-2").y(), "the others keep their order");
        assertEquals(Layer.DATA, topology.find("db").layer(), "the tier is still the type's");
        Topology relaid = topology.withLink("users", "db").withLink("db", "web-1");
        assertEquals(1, relaid.find("db").column(), "a relayout keeps the places");
    }

    @Test
    void aRowPastTheEndLeavesAGapAndAColumnPastTheEndAddsColumns() {
        Scenario scenario = Scenarios.parse("chain.yaml", """
                name: chain
                duration: 1s
                nodes:
                  front: {type: service, service-time: 1ms}
                workloads:
                  users: {type: open-loop, target: front, rate: 10/s}
                layout:
                  front: {column: 3, row: 2}
                """, List.of());
        Topology topology = Topology.of(scenario);
        assertEquals(4, topology.columns());
        assertEquals(3, topology.find("front").column());
        assertEquals(2, topology.layout().box("front").y(), 1e-12, "row 2, below two empty rows");
    }

    /** Whether {@code a} comes before {@code b} reading down a column, then across the columns. */
    private static boolean readsBefore(Topology topology, String a, String b) {
        Topology.Placed pa = topology.find(a);
        Topology.Placed pb = topology.find(b);
        return pa.column() < pb.column() || pa.column() == pb.column() && pa.y() < pb.y();
    }

    @Test
    void aGroupsMembersStandTogetherRightOfTheGroupWhateverTheirTraffic() {
        // The members are the group's by the registry, not by their names: db is a replicated database.
        Scenario scenario = Scenarios.parse("group.yaml", """
                name: group
                duration: 10s
                nodes:
                  api: {type: service, service-time: 1ms, calls: [{target: db}]}
                  db: {type: replicated-database, replicas: 3}
                workloads:
                  clients: {type: open-loop, target: api, rate: 10/s}
                """, List.of());
        Topology topology = Topology.of(scenario).withLink("db-1", "db-2").withLink("db-2", "db-3");
        int front = topology.find("db").column();
        // Right after the front: one column of three, or wrapped into a row of three for the view's wide area.
        int first = topology.find("db-1").column();
        assertEquals(front + 1, first);
        for (String member : List.of("db-1", "db-2", "db-3")) {
            assertTrue(topology.find(member).column() >= first && topology.find(member).column() <= first + 2, member);
            assertEquals("db", topology.find(member).group());
        }
        assertTrue(readsBefore(topology, "db-1", "db-2"));
        assertTrue(readsBefore(topology, "db-2", "db-3"));
        assertEquals(topology.find("db-3").column() + 1, topology.columns());
    }
}
