package org.distsim.models.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/** {@code distsim explain}: what the simulator understood, defaults filled in, edges, timeline, notes. */
class ScenarioExplainerTest {

    private static final String YAML = """
            name: shop
            description: A load balancer in front of two services that share a cache.
            duration: 60s
            nodes:
              lb: {type: load-balancer, backends: [web-1, web-2], algorithm: least-connections}
              web-1:
                type: service
                workers: 4
                service-time: {dist: exponential, mean: 2ms}
                calls: [{target: cache, retries: 2, backoff: {base: 20ms}}]
              web-2: {type: service, service-time: 3ms, calls: [{target: cache}]}
              cache: {type: cache, backing: db, capacity: 1000}
              db: {type: database}
            workloads:
              shoppers: {type: open-loop, target: lb, rate: 1.5k/s, read-ratio: 95%}
            faults:
              - {at: 20s, crash: db, duration: 5s}
              - {at: 30s, load-spike: {workload: shoppers, factor: 2}, duration: 10s}
              - {at: 40s, degrade-link: {from: lb, to: web-2, extra-latency: 20ms, loss: 1%}}
            notes:
              - {at: 30s, text: "a flash sale: twice the shoppers"}
            """;

    @Test
    void explain_showsEveryKnobWithDefaultsTheEdgesTheTimelineAndTheNotes() throws ScenarioException {
        String text = ScenarioExplainer.explain(Scenarios.load(YAML));
        assertEquals("""
                # s.yaml, as the simulator understood it; "# default" marks a value the file leaves to its default
                name: shop
                description: A load balancer in front of two services that share a cache.
                seed: 1  # default
                duration: 1m
                warmup: 0s  # default
                report-interval: 1s  # default
                network:
                  latency: 0s  # default
                  loss: 0  # default
                  links: []  # default
                nodes:
                  lb:
                    type: load-balancer
                    backends: [web-1, web-2]
                    weights: ~  # not set
                    algorithm: least-connections
                    virtual-nodes: 100  # default
                    routes: []  # default
                    timeout: 10s  # default
                    overhead: 0s  # default
                    health-check: ~  # not set
                    retries: 0  # default
                    retry-budget: ~  # not set
                    outlier-detection: ~  # not set
                  web-1:
                    type: service
                    workers: 4
                    queue-capacity: ~  # not set
                    service-time: {dist: exponential, mean: 2ms}
                    speed: 1  # default
                    calls:
                      - target: cache
                        timeout: 1s  # default
                        retries: 2
                        backoff:
                          base: 20ms
                          cap: 1s  # default
                          jitter: full  # default
                        retry-budget: ~  # not set
                        circuit-breaker: ~  # not set
                        bulkhead: ~  # not set
                        hedge-after: ~  # not set
                        origins: []
                        error-rate: 0  # default
                        fallback: false  # default
                        compensate: ~  # not set
                        cancel: ~  # not set
                        name: ~  # not set
                        probability: 1  # default
                        on: ~  # not set
                        route: []
                        request-size: ~  # not set
                        response-size: ~  # not set
                """, text.substring(0, text.indexOf("    mode: sequential")));
        assertTrue(text.contains("""
                workloads:
                  shoppers:
                    type: open-loop
                    target: lb
                    arrivals: poisson  # default
                    rate: 1500/s
                """), text);
        assertTrue(text.contains("    read-ratio: 0.95\n"), text);
        assertTrue(text.endsWith("""
                # who sends requests to whom, from the node names in the knobs, and each group's members
                edges:
                  - shoppers -> lb  # target
                  - lb -> web-1  # backends
                  - lb -> web-2  # backends
                  - web-1 -> cache  # calls.target
                  - web-2 -> cache  # calls.target
                  - cache -> db  # backing
                # the fault timeline, sorted, with the undo of every duration:
                timeline:
                  - 20s: crash db
                  - 25s: restart db
                  - 30s: load-spike on shoppers (load x2)
                  - 40s: load-spike on shoppers ends (factor 1)
                  - 40s: degrade-link lb <-> web-2 (extra latency 20ms, loss 0.01)
                notes:
                  - 30s: "a flash sale: twice the shoppers"
                """), text);
    }

    @Test
    void explain_isDeterministic() throws ScenarioException {
        assertEquals(ScenarioExplainer.explain(Scenarios.load(YAML)), ScenarioExplainer.explain(Scenarios.load(YAML)));
    }

    @Test
    void numbers_arePrintedFromTheirExactValue() {
        assertEquals("0.1", ScenarioExplainer.number(0.1));
        assertEquals("14.5086577", ScenarioExplainer.number(Math.log(2e6)));
        assertEquals("1500", ScenarioExplainer.number(1500.0));
        assertEquals("0", ScenarioExplainer.number(-0.0));
    }

    @Test
    void explain_showsANodesFailureProcess() throws ScenarioException {
        String text = ScenarioExplainer.explain(Scenarios.load(YAML.replace("db: {type: database}",
                "db: {type: database, failures: {mttf: 10m, mttr: 30s}}")));
        assertTrue(text.contains("""
                  db:
                    type: database
                """), text);
        assertTrue(text.contains("""
                    failures:
                      mttf: 10m
                      mttr: 30s
                      up-time: ~  # not set
                      down-time: ~  # not set
                """), text);
    }
}
