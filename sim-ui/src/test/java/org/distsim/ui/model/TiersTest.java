package org.distsim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioFacts;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.ui.Scenarios;
import org.junit.jupiter.api.Test;

class TiersTest {

    private static final String TWO_TIERS = """
            name: tiers
            duration: 10s
            nodes:
              lb: {type: load-balancer, backends: [web-1, web-2, web-3]}
              web-1: {type: service, service-time: 1ms, calls: [{target: db}]}
              web-2: {type: service, service-time: 1ms, calls: [{target: db}]}
              web-3: {type: service, service-time: 1ms, calls: [{target: db}]}
              db: {type: database, read-time: 1ms}
              lb-b: {type: load-balancer, backends: [b-1, b-2]}
              b-1: {type: service, service-time: 1ms}
              b-2: {type: service, service-time: 1ms}
              order: {type: service, service-time: 1ms, calls: [{target: payment}, {target: inventory}, {target: shipping}]}
              payment: {type: service, service-time: 1ms}
              inventory: {type: service, service-time: 1ms}
              shipping: {type: service, service-time: 1ms}
            workloads:
              users: {type: open-loop, target: lb, rate: 10/s}
              others: {type: open-loop, target: lb-b, rate: 10/s}
              shoppers: {type: open-loop, target: order, rate: 10/s}
            """;

    @Test
    void threeNumberedSiblingsBehindOneFrontAreATier_twoAreNot_norThreeDifferentServices() {
        var facts = ScenarioFacts.topology(Scenarios.parse("tiers.yaml", TWO_TIERS, List.of()));
        assertEquals(Map.of("web \u00d73", List.of("web-1", "web-2", "web-3")), Tiers.of(facts));
    }

    @Test
    void aCollapsedTierIsOneComponentWithItsLinksOnce() {
        var facts = ScenarioFacts.topology(Scenarios.parse("tiers.yaml", TWO_TIERS, List.of()));
        var collapsed = Tiers.collapse(facts, Tiers.of(facts));
        assertEquals(null, collapsed.component("web-2"));
        assertEquals("service", collapsed.component("web \u00d73").type());
        assertEquals(1, collapsed.links().stream().filter(l -> l.from().equals("lb")).count());
        assertEquals(1, collapsed.links().stream().filter(l -> l.to().equals("db")).count());
    }

    @Test
    void loadBalancingsEightDesignsAreARowEachWithTheirBackendsAsOneBox() throws Exception {
        Path file = Path.of(System.getProperty("distsim.root", "..")).resolve("scenarios/load-balancing.yaml");
        Scenario scenario = ScenarioLoader.load(file.toString(), Files.readString(file, StandardCharsets.UTF_8), List.of());
        Topology topology = Topology.of(scenario);
        assertEquals(8, topology.tiers().size());
        assertEquals(List.of("rr-1", "rr-2", "rr-3", "rr-4"), topology.tiers().get("rr \u00d74"));
        assertEquals("rr \u00d74", topology.boxOf("rr-3"));
        assertEquals(8, topology.layout().bands().size());
        for (var band : topology.layout().bands()) {
            assertEquals(1, band.height(), 1e-9, "one row per design");
        }
        assertTrue(topology.roomy(), "eight rows need the room the charts give");
        // Traffic between a tier's members and its front adds no arrow: it runs on the tier's.
        assertSame(topology, topology.withLink("lb-rr", "rr-2"));
    }
}
