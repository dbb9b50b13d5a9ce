package org.distsim.models.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.distsim.models.resilience.BackoffConfig;
import org.distsim.models.resilience.Jitter;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The calls knobs as a scenario author meets them: defaults, and mistakes reported with their place. */
class ServiceConfigTest {

    private static final String YAML = """
            name: t
            duration: 1s
            nodes:
              front:
                type: service
                service-time: 1ms
                %s
                calls:
                  - target: db
                    backoff: {}
                    circuit-breaker: {}
              db: {type: service, service-time: 1ms}
            workloads:
              clients: {type: open-loop, target: front, rate: 10/s}
            """;

    private static String problem(String extra) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("s.yaml", YAML.formatted(extra), List.of()));
        assertEquals(1, e.problems().size(), e::getMessage);
        return e.problems().get(0).format();
    }

    @Test
    void anEmptyBackoffAndBreaker_takeTheDocumentedDefaults() throws ScenarioException {
        ServiceConfig config = (ServiceConfig) ScenarioLoader.load("s.yaml", YAML.formatted(""), List.of())
                .nodes().get("front").config();
        DependencyCall call = config.calls().get(0);
        assertEquals(CallMode.SEQUENTIAL, config.mode());
        assertEquals(0, call.retries());
        assertEquals(new BackoffConfig(Duration.ofMillis(10), Duration.ofSeconds(1), Jitter.FULL),
                call.backoff());
        assertEquals(0.5, call.circuitBreaker().failureRate());
        assertEquals(Duration.ofSeconds(5), call.circuitBreaker().openFor());
    }

    @Test
    void firstK_withSequentialCalls_isReportedAtTheService() {
        String problem = problem("wait-for: first-k\n    k: 1");
        assertTrue(problem.contains("nodes.front") && problem.contains("first-k needs mode: parallel"), problem);
    }

    @Test
    void kAboveTheNumberOfCalls_isReported() {
        String problem = problem("mode: parallel\n    wait-for: first-k\n    k: 2");
        assertTrue(problem.contains("k between 1 and the number of calls (1), got 2"), problem);
    }

    @Test
    void aMisspeltCallTarget_isReportedWithASuggestion() {
        String yaml = YAML.formatted("").replace("target: db", "target: dbb");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("s.yaml", yaml, List.of()));
        String problem = e.problems().get(0).format();
        assertTrue(problem.contains("nodes.front.calls.0.target") && problem.contains("did you mean \"db\"?"), problem);
    }

    @Test
    void aMisspeltDeadlineMode_isReportedWithItsPlaceAndASuggestion() {
        String problem = problem("deadlines: enforc");
        assertTrue(problem.startsWith("s.yaml:7:16: nodes.front.deadlines") && problem.contains("did you mean \"enforce\"?"),
                problem);
    }

    @Test
    void aDeadlineMargin_withoutEnforce_isReported() {
        String problem = problem("deadline-margin: 5ms");
        assertTrue(problem.contains("nodes.front") && problem.contains("only read with deadlines: enforce"), problem);
    }

    @Test
    void aMisspeltCompensationTarget_isReportedWithASuggestion() {
        String yaml = YAML.formatted("").replace("circuit-breaker: {}", "compensate: {target: dbx}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("s.yaml", yaml, List.of()));
        String problem = e.problems().get(0).format();
        assertTrue(problem.contains("nodes.front.calls.0.compensate.target") && problem.contains("did you mean \"db\"?"),
                problem);
    }

    @Test
    void aCallThatCancels_withoutEnforce_isReported() {
        String yaml = YAML.formatted("").replace("circuit-breaker: {}", "cancel: true");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("s.yaml", yaml, List.of()));
        String problem = e.problems().get(0).format();
        assertTrue(problem.contains("nodes.front") && problem.contains("needs deadlines: enforce"), problem);
    }
}
