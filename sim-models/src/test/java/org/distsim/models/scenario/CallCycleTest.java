package org.distsim.models.scenario;

import static org.distsim.models.scenario.Scenarios.problem;
import static org.distsim.models.scenario.Scenarios.problems;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A call cycle between nodes is refused at the reference that closes it, with the path around it. */
class CallCycleTest {

    private static final String HEAD = """
            name: t
            duration: 10s
            nodes:
            """;
    private static final String CLIENTS = """
            workloads:
              clients: {type: open-loop, target: a, rate: 10/s}
            """;

    @Test
    void twoServicesCallingEachOther_isACycleReportedAtTheSecondCall() {
        String yaml = HEAD + """
                  a:
                    type: service
                    service-time: 1ms
                    calls: [{target: b}]
                  b:
                    type: service
                    service-time: 1ms
                    calls:
                      - target: a
                """ + CLIENTS;
        assertEquals("""
                s.yaml:12:17: nodes.b.calls.0.target: a call cycle: a -> b -> a; a request would go around it for ever
                  expected requests that flow one way: no node may reach itself through its references""",
                problem(yaml));
    }

    @Test
    void serviceCallingItself_isACycleOfOne() {
        String yaml = HEAD + """
                  a: {type: service, service-time: 1ms, calls: [{target: a}]}
                """ + CLIENTS;
        assertEquals("s.yaml:4:58: nodes.a.calls.0.target: a call cycle: a -> a; a request would go around it for ever",
                problem(yaml).lines().findFirst().orElseThrow());
    }

    @Test
    void cycleThroughACacheAndALoadBalancer_namesEveryHop() {
        String yaml = HEAD + """
                  a: {type: service, service-time: 1ms, calls: [{target: c}]}
                  c: {type: cache, backing: lb, capacity: 100}
                  lb: {type: load-balancer, backends: [d, a]}
                  d: {type: database}
                """ + CLIENTS;
        List<Problem> found = problems(yaml);
        assertEquals(1, found.size(), Scenarios.formatted(found));
        assertEquals("nodes.lb.backends.1", found.get(0).path());
        assertEquals("a call cycle: a -> c -> lb -> a; a request would go around it for ever", found.get(0).message());
        assertEquals(6, found.get(0).line());
    }

    @Test
    void diamond_withoutACycle_loads() {
        String yaml = HEAD + """
                  a: {type: service, service-time: 1ms, calls: [{target: b}, {target: c}]}
                  b: {type: service, service-time: 1ms, calls: [{target: d}]}
                  c: {type: service, service-time: 1ms, calls: [{target: d}]}
                  d: {type: database}
                """ + CLIENTS;
        assertDoesNotThrow(() -> Scenarios.load(yaml));
    }

    @Test
    void twoSeparateCycles_areBothReportedTogetherWithOtherProblems() {
        String yaml = HEAD + """
                  a: {type: service, service-time: 1ms, calls: [{target: b}]}
                  b: {type: service, service-time: 1ms, calls: [{target: a}]}
                  c: {type: service, service-time: 1ms, calls: [{target: c}]}
                """ + CLIENTS + "warmup: 20s\n";
        List<String> messages = problems(yaml).stream().map(Problem::path).toList();
        assertEquals(List.of("nodes.b.calls.0.target", "nodes.c.calls.0.target", "warmup"), messages);
    }
}
