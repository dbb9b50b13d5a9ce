package org.distsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The demand estimated from a bound scenario: what it counts, and which knob it blames. */
class DemandTest {

    private static final long MINUTE = 60_000_000_000L;

    private static Demand demand(String yaml, String... overrides) throws ScenarioException {
        return ScenarioLoader.load("d.yaml", yaml, List.of(overrides)).demand();
    }

    private static String service(String name) {
        return "  " + name + ": {type: service, workers: 1, service-time: {dist: exponential, mean: 1ms}}\n";
    }

    private static final String ONE_SERVICE = """
            name: d
            duration: 60s
            nodes:
            """ + service("server") + """
            workloads:
              clients: {type: open-loop, target: server, rate: 100/s}
            """;

    @Test
    void aWorkloadToOneService_costsTwoEventsPerRequestAndThreePerHop() throws ScenarioException {
        Demand demand = demand(ONE_SERVICE);
        assertEquals(1, demand.terms().size());
        Demand.Term term = demand.terms().get(0);
        assertEquals("workloads.clients.rate", term.path());
        assertEquals("d.yaml:6:52", term.where());
        assertEquals(100 * (2 + 3) * 60, demand.events(MINUTE), 1e-6);
    }

    @Test
    void aCallWithAProbability_andARoute_countTheirExpectedHops() throws ScenarioException {
        Demand demand = demand("""
                name: d
                duration: 60s
                nodes:
                  api:
                    type: service
                    service-time: 1ms
                    calls:
                      - {target: audit, probability: 30%, retries: 1}
                      - {route: [{target: v1, weight: 3}, {target: v2, weight: 1}], retries: 3}
                """ + service("audit") + service("v1") + service("v2") + """
                workloads:
                  clients: {type: open-loop, target: api, rate: 100/s}
                """);
        // api itself, 0.3 x 2 attempts at audit, and 4 attempts at one route target (3/4 + 1/4).
        double hops = 1 + 0.3 * 2 + 4;
        assertEquals(100 * (2 + 3 * hops) * 60, demand.events(MINUTE), 1e-6);
    }

    @Test
    void theDurationIsTheRunsOwn_soALongerRunCostsInProportion() throws ScenarioException {
        Demand demand = demand(ONE_SERVICE);
        assertEquals(1000 * demand.events(MINUTE), demand.events(1000 * MINUTE), 1e-3);
    }

    @Test
    void aDiurnalPeak_isTheRateCountedAndBlamed() throws ScenarioException {
        Demand demand = demand(ONE_SERVICE, "workloads.clients.schedule=[{diurnal: {peak: 9223372036854775807/s,"
                + " trough: 1/s}}]");
        Demand.Term term = demand.terms().get(0);
        assertEquals("workloads.clients.schedule.0.diurnal.peak", term.path());
        assertTrue(term.where().startsWith("--set workloads.clients.schedule="), term.where());
        assertTrue(demand.events(MINUTE) > 1e21, "events " + demand.events(MINUTE));
    }

    @Test
    void aLoadSpike_multipliesItsWorkloadsRate() throws ScenarioException {
        Demand plain = demand(ONE_SERVICE);
        Demand spiked = demand(ONE_SERVICE + "faults:\n  - {at: 10s, duration: 5s, load-spike: {workload: clients,"
                + " factor: 4}}\n");
        assertEquals(4 * plain.events(MINUTE), spiked.events(MINUTE), 1e-6);
    }

    @Test
    void aLoadBalancer_countsItsCostliestBackend_andAServiceEveryCallWithItsRetries() throws ScenarioException {
        String yaml = """
                name: d
                duration: 60s
                nodes:
                  lb: {type: load-balancer, backends: [a, b]}
                  a:
                    type: service
                    service-time: 1ms
                    calls:
                      - {target: db, retries: 2}
                      - {target: db}
                """ + service("b") + service("db") + """
                workloads:
                  clients: {type: open-loop, target: lb, rate: 100/s}
                """;
        // lb (1) + a (1 + 3 x db + 1 x db = 5) = 6 hops; b alone would be 1.
        assertEquals(100 * (2 + 3 * 6.0) * 60, demand(yaml).events(MINUTE), 1e-6);
    }

    @Test
    void aHeartbeatOfOneNanosecond_isTheTermThatDominates_atItsKnob() throws ScenarioException {
        String yaml = """
                name: d
                duration: 60s
                nodes:
                  db: {type: replicated-database, replicas: 3, heartbeat-interval: 1ns}
                workloads:
                  clients: {type: open-loop, target: db, rate: 100/s}
                """;
        Demand demand = demand(yaml);
        Demand.Term top = demand.byEvents(MINUTE).get(0);
        assertEquals("nodes.db.heartbeat-interval", top.path());
        assertEquals("d.yaml:4:68", top.where());
        assertEquals(1e9 * 60 * 9, top.events(MINUTE), 1e3);
    }

    @Test
    void timeSeriesMemory_growsWithTheIntervalsAndTheSeries() throws ScenarioException {
        Demand demand = demand(ONE_SERVICE);
        assertEquals(2, demand.series());
        assertEquals(60 * 2 * Demand.BYTES_PER_POINT, demand.timeSeriesBytes(MINUTE, 1_000_000_000L), 1e-6);
    }
}
