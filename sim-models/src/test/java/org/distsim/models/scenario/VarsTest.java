package org.distsim.models.scenario;

import static org.distsim.models.scenario.Scenarios.load;
import static org.distsim.models.scenario.Scenarios.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.distsim.core.random.Exponential;
import org.distsim.models.service.ServiceConfig;
import org.distsim.models.workload.OpenLoopConfig;
import org.junit.jupiter.api.Test;

/** {@code vars:} and {@code ${name}}. */
class VarsTest {

    private static final String WITH_VARS = """
            name: t
            duration: 10s
            vars:
              rate: 400/s
              work: {dist: exponential, mean: 2ms}
              tier: web
            nodes:
              server:
                type: service
                service-time: ${work}
            workloads:
              clients:
                type: open-loop
                target: server
                rate: ${rate}
            """;

    @Test
    void aWholeValue_becomesTheVariablesValue_ofAnyKind() throws ScenarioException {
        Scenario scenario = load(WITH_VARS.replace("    description: \"the ${tier} tier\"\n", ""));
        assertEquals(400.0, scenario.workloads().get("clients").config(OpenLoopConfig.class).rate().perSecond(), 1e-9);
        assertEquals(new Exponential(2_000_000), scenario.nodes().get("server").config(ServiceConfig.class).serviceTime());
    }

    @Test
    void anOverrideOfAVariable_changesEveryUse() throws ScenarioException {
        Scenario scenario = load(WITH_VARS.replace("    description: \"the ${tier} tier\"\n", ""), "vars.rate=900/s");
        assertEquals(900.0, scenario.workloads().get("clients").config(OpenLoopConfig.class).rate().perSecond(), 1e-9);
    }

    @Test
    void aUseInsideAText_isReplacedByTheVariablesText() throws ScenarioException {
        String yaml = WITH_VARS.replace("    description: \"the ${tier} tier\"\n", "")
                .replace("name: t", "name: \"${tier} test\"");
        assertEquals("web test", load(yaml).name());
    }

    @Test
    void anUnknownVariable_isReportedWhereItIsUsed_withTheClosestName() {
        assertEquals("""
                s.yaml:15:11: workloads.clients.rate: unknown variable "rates"
                  expected a variable, one of: rate, tier, work
                  did you mean "rate"?""", problem(WITH_VARS.replace("${rate}", "${rates}")
                .replace("    description: \"the ${tier} tier\"\n", "")));
    }

    @Test
    void aMappingInsideAText_isRefused() {
        assertEquals("""
                s.yaml:1:7: name: ${work} is a mapping and cannot stand inside a text
                  expected the variable alone as the whole value""", problem(WITH_VARS
                .replace("    description: \"the ${tier} tier\"\n", "").replace("name: t", "name: \"a ${work}\"")));
    }
}
