package org.distsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.distsim.core.facts.ObjectiveFigure;
import org.distsim.models.format.KnobSpec;
import org.junit.jupiter.api.Test;

class SloBindingTest {

    @Test
    void slo_bindsLatencyBoundsAvailabilityAndThroughput() throws ScenarioException {
        Scenario scenario = Scenarios.load(Scenarios.MINIMAL + """
                slo:
                  - workload: clients
                    p99: 25ms
                    p50: 5ms
                    availability: 99.9%
                    throughput: 90/s
                """);
        assertEquals(1, scenario.slos().size());
        Slo slo = scenario.slos().get(0);
        assertEquals("clients", slo.workload());
        assertEquals(List.of(ObjectiveFigure.P50, ObjectiveFigure.P99), List.copyOf(slo.latencyBounds().keySet()));
        assertEquals(Duration.ofMillis(25), slo.latencyBounds().get(ObjectiveFigure.P99));
        assertEquals(0.999, slo.availability(), 1e-12);
        assertEquals(90.0, slo.throughput().perSecond(), 1e-12);
    }

    @Test
    void sloRecord_hasValidKnobAnnotations() {
        Binder.checkDefaults(Slo.class);
        assertTrue(KnobSpec.of(Slo.class).stream().allMatch(k -> !k.doc().isBlank()));
        assertEquals(List.of("workload", "mean", "p50", "p90", "p95", "p99", "p999", "max", "availability", "throughput"),
                KnobSpec.of(Slo.class).stream().map(KnobSpec::key).toList());
    }

    @Test
    void slo_canBeOverriddenFromTheCommandLine() throws ScenarioException {
        Scenario scenario = Scenarios.load(Scenarios.MINIMAL + """
                slo:
                  - {workload: clients, p99: 25ms}
                """, "slo.0.p99=40ms");
        assertEquals(Duration.ofMillis(40), scenario.slos().get(0).p99());
    }

    @Test
    void noSlo_givesAnEmptyList() throws ScenarioException {
        assertTrue(Scenarios.load(Scenarios.MINIMAL).slos().isEmpty());
    }

    @Test
    void unknownWorkload_isReportedAtItsValueWithSuggestion() {
        Problem problem = Scenarios.problems(Scenarios.MINIMAL + """
                slo:
                  - workload: clint
                    p99: 25ms
                """).get(0);
        assertEquals(13, problem.line());
        assertEquals(15, problem.column());
        assertEquals("clients", problem.suggestion());
        assertTrue(problem.format().contains("slo.0.workload: unknown workload \"clint\""), problem.format());
    }

    @Test
    void nodeName_isRefusedAsNotAWorkload() {
        String problem = Scenarios.problem(Scenarios.MINIMAL + """
                slo:
                  - {workload: server, p99: 25ms}
                """);
        assertTrue(problem.contains("\"server\" is a node, not a workload"), problem);
    }

    @Test
    void unknownKey_isReportedWithSuggestion() {
        Problem problem = Scenarios.problems(Scenarios.MINIMAL + """
                slo:
                  - workload: clients
                    availabilty: 99%
                """).get(0);
        assertEquals(14, problem.line());
        assertEquals("availability", problem.suggestion());
    }

    @Test
    void entryWithoutObjective_isRefused() {
        String problem = Scenarios.problem(Scenarios.MINIMAL + """
                slo:
                  - workload: clients
                """);
        assertTrue(problem.contains("needs at least one objective"), problem);
    }

    @Test
    void availabilityAboveOne_isRefused() {
        Problem problem = Scenarios.problems(Scenarios.MINIMAL + """
                slo:
                  - {workload: clients, availability: 120%}
                """).get(0);
        assertEquals(13, problem.line());
        assertNull(problem.suggestion());
    }
}
