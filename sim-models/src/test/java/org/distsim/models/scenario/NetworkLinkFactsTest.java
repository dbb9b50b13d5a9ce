package org.distsim.models.scenario;

import static org.distsim.models.scenario.Scenarios.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.NetworkLink;
import org.distsim.core.facts.Topology;
import org.distsim.core.net.NetworkFigures;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.junit.jupiter.api.Test;

/** The network's links in a run's topology facts: what the view and the report draw them from. */
class NetworkLinkFactsTest {

    private static final String LINKED = """
            name: t
            duration: 10s
            network:
              links:
                - between: [zone:eu, zone:us]
                  latency: 40ms
                  bandwidth: 100 Mbit/s
                - {between: [zone:us, zone:ap], latency: {dist: exponential, mean: 90ms}}
                - {between: [zone:ap, zone:eu], latency: 120ms, bandwidth: 1 Gbit/s, one-way: true}
            nodes:
              db: {type: database, zone: us}
              mirror: {type: database, zone: ap}
            workloads:
              users: {type: open-loop, zone: eu, target: db, rate: 10/s, response-size: 100kB}
              far: {type: open-loop, zone: ap, target: mirror, rate: 10/s}
            """;

    @Test
    void everyLinkOfTheNetworkIsInTheTopologyInFileOrderWithItsLatencyAndBandwidth() throws Exception {
        Topology topology = ScenarioFacts.topology(load(LINKED));
        List<NetworkLink> network = topology.network();
        assertEquals(List.of("zone:eu - zone:us", "zone:us - zone:ap", "zone:ap - zone:eu"),
                network.stream().map(NetworkLink::name).toList());
        assertEquals(40_000_000L, network.get(0).latencyMeanNanos());
        assertEquals(12_500_000.0, network.get(0).bytesPerSecond(), 1e-6);
        assertEquals(90_000_000L, network.get(1).latencyMeanNanos());
        assertFalse(network.get(1).limited());
        assertTrue(network.get(1).directions().isEmpty(), "a link without a bandwidth records nothing");
        assertEquals(1, network.get(2).directions().size(), "a one-way link has one direction");
        assertNull(network.get(2).direction(false));
    }

    @Test
    void aLinksEndsHoldTheComponentsOfTheirZones() throws Exception {
        Topology topology = ScenarioFacts.topology(load(LINKED));
        NetworkLink first = topology.network().get(0);
        assertEquals(List.of("users"), topology.at(first.a()).stream().map(Component::name).toList());
        assertEquals(List.of("db"), topology.at(first.b()).stream().map(Component::name).toList());
    }

    @Test
    void eachDirectionIsNamedAsTheRunRecordsItsFiguresAndDeclaresThem() throws Exception {
        Scenario scenario = load(LINKED);
        RunResult result = ScenarioRunner.run(scenario, RunOptions.defaults());
        List<String> recorded = result.nodes().entrySet().stream()
                .filter(e -> NetworkFigures.LINK_TYPE.equals(e.getValue().type())).map(e -> e.getKey()).toList();
        List<String> declared = result.facts().topology().network().stream()
                .flatMap(link -> link.directions().stream()).map(NetworkLink.Direction::name).toList();
        assertEquals(recorded, declared);
        for (NetworkLink link : result.facts().topology().network()) {
            for (NetworkLink.Direction direction : link.directions()) {
                NodeResult node = result.nodes().get(direction.name());
                for (org.distsim.core.figure.FigureSpec spec : node.figures().specs()) {
                    assertTrue(direction.figure(spec.name()) != null, direction.name() + " declares " + spec.name());
                }
            }
        }
    }
}
