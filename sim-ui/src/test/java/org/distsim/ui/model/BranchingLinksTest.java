package org.distsim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.distsim.ui.Scenarios;
import org.junit.jupiter.api.Test;

/** The live view's links of a service's branching calls, which it draws dashed. */
class BranchingLinksTest {

    @Test
    void aWeightedRoutesLinks_carryTheirShares_andTheCallOnFailureItsCondition() {
        Topology topology = Topology.of(Scenarios.parse("canary.yaml", """
                name: canary
                duration: 10s
                nodes:
                  front:
                    type: service
                    service-time: 1ms
                    calls:
                      - {name: render, route: [{target: stable, weight: 9}, {target: canary, weight: 1}]}
                      - {target: fallback, on: {call: render, outcome: failure}}
                      - {target: recommendations, probability: 20%}
                  stable: {type: service, service-time: 1ms}
                  canary: {type: service, service-time: 1ms}
                  fallback: {type: service, service-time: 1ms}
                  recommendations: {type: service, service-time: 1ms}
                workloads:
                  users: {type: open-loop, target: front, rate: 10/s}
                """, List.of()));
        List<Topology.Link> fromFront = topology.links().stream().filter(l -> l.from().equals("front")).toList();
        assertEquals(List.of(new Topology.Link("front", "stable", "90%"), new Topology.Link("front", "canary", "10%"),
                new Topology.Link("front", "fallback", "on failure of render"),
                new Topology.Link("front", "recommendations", "20%")), fromFront);
    }

    @Test
    void aLinkEveryRequestTakes_isNotBranching() {
        Topology topology = Topology.of(Scenarios.load("load-balancing"));
        assertEquals(false, topology.links().stream().anyMatch(Topology.Link::branching));
    }
}
