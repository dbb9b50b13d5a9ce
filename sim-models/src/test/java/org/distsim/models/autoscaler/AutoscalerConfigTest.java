package org.distsim.models.autoscaler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.models.service.ReplicaBalancing;
import org.distsim.models.service.ServiceConfig;
import org.junit.jupiter.api.Test;

/** The autoscaler and replica knobs as a scenario author meets them: defaults, and mistakes reported with their place. */
class AutoscalerConfigTest {

    private static final String YAML = """
            name: t
            duration: 1s
            nodes:
              api: {type: service, service-time: 1ms}
              scaler:
                type: autoscaler
                target: api
                %s
            workloads:
              clients: {type: open-loop, target: api, rate: 10/s}
            """;

    private static String problem(String extra) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("s.yaml", YAML.formatted(extra), List.of()));
        assertEquals(1, e.problems().size(), e::getMessage);
        return e.problems().get(0).format();
    }

    @Test
    void anAutoscalerWithOnlyATargetValue_takesTheDocumentedDefaults() throws ScenarioException {
        var scenario = ScenarioLoader.load("s.yaml", YAML.formatted("target-value: 0.6"), List.of());
        AutoscalerConfig config = (AutoscalerConfig) scenario.nodes().get("scaler").config();
        assertEquals(new AutoscalerConfig("api", ScalingMetric.UTILISATION, 0.6, 1, 10, Duration.ofSeconds(15),
                Duration.ofSeconds(30), Duration.ofSeconds(60), 0.1), config);
        ServiceConfig service = (ServiceConfig) scenario.nodes().get("api").config();
        assertEquals(1, service.replicas());
        assertEquals(ReplicaBalancing.ROUND_ROBIN, service.replicaBalancing());
    }

    @Test
    void maxBelowMin_isReportedAtTheAutoscaler() {
        String problem = problem("target-value: 0.6\n    min-replicas: 3\n    max-replicas: 2");
        assertTrue(problem.contains("nodes.scaler") && problem.contains("max-replicas (2) must be at least min-replicas (3)"),
                problem);
    }

    @Test
    void aUtilisationTargetAboveOne_isRefused() {
        String problem = problem("target-value: 5");
        assertTrue(problem.contains("a utilisation target-value is at most 1"), problem);
    }

    @Test
    void aMisspeltTarget_suggestsTheService() {
        String yaml = YAML.replace("target: api", "target: apj").formatted("target-value: 0.6");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("s.yaml", yaml, List.of()));
        assertTrue(e.getMessage().contains("did you mean \"api\""), e.getMessage());
    }
}
