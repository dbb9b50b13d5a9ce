package org.distsim.models.scenario;

import static org.distsim.models.scenario.Scenarios.load;
import static org.distsim.models.scenario.Scenarios.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.distsim.core.fault.Fault;
import org.distsim.core.result.RunResult;
import org.distsim.models.loadbalancer.LoadBalancerConfig;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.junit.jupiter.api.Test;

/** {@code count:} on a node: a template of identical nodes NAME-1 .. NAME-N. */
class TemplatesTest {

    private static final String TEMPLATE = """
            name: t
            duration: 10s
            network: {latency: 1ms}
            nodes:
              lb: {type: load-balancer, backends: [web]}
              web:
                type: service
                count: 3
                zones: [a, b]
                service-time: {dist: exponential, mean: 2ms}
            workloads:
              clients: {type: open-loop, target: lb, rate: 200/s, zone: a}
            faults:
              - {at: 2s, crash: web-2, duration: 1s}
            """;

    private static final String BY_HAND = """
            name: t
            duration: 10s
            network: {latency: 1ms}
            nodes:
              lb: {type: load-balancer, backends: [web-1, web-2, web-3]}
              web-1: {type: service, zone: a, service-time: {dist: exponential, mean: 2ms}}
              web-2: {type: service, zone: b, service-time: {dist: exponential, mean: 2ms}}
              web-3: {type: service, zone: a, service-time: {dist: exponential, mean: 2ms}}
            workloads:
              clients: {type: open-loop, target: lb, rate: 200/s, zone: a}
            faults:
              - {at: 2s, crash: web-2, duration: 1s}
            """;

    @Test
    void aTemplate_becomesItsCopies_inItsPlace_andAListNamingItNamesThemAll() throws ScenarioException {
        Scenario scenario = load(TEMPLATE);
        assertEquals(List.of("lb", "web-1", "web-2", "web-3"), List.copyOf(scenario.nodes().keySet()));
        assertEquals(List.of("web-1", "web-2", "web-3"),
                scenario.nodes().get("lb").config(LoadBalancerConfig.class).backends());
        assertEquals("b", scenario.zoning().zone("web-2"), "copies are spread over zones: in turn");
        assertEquals("a", scenario.zoning().zone("web-3"));
    }

    @Test
    void aTemplate_runsExactlyAsTheSameNodesWrittenByHand() throws ScenarioException {
        RunResult template = ScenarioRunner.run(load(TEMPLATE), RunOptions.defaults());
        RunResult byHand = ScenarioRunner.run(load(BY_HAND), RunOptions.defaults());
        assertEquals(byHand.workloads(), template.workloads());
        assertEquals(byHand.nodes(), template.nodes());
        assertEquals(byHand.events(), template.events());
    }

    @Test
    void countOverride_resizesTheTemplate() throws ScenarioException {
        Scenario scenario = load(TEMPLATE, "nodes.web.count=5");
        assertEquals(5, scenario.nodes().get("lb").config(LoadBalancerConfig.class).backends().size());
    }

    @Test
    void aPartitionMayNameTheTemplate_forAllItsCopies() throws ScenarioException {
        Scenario scenario = load(TEMPLATE + "  - {at: 5s, partition: {groups: [[web], [lb]]}}\n");
        Fault.Partition partition = (Fault.Partition) scenario.faults().stream()
                .filter(f -> f.fault() instanceof Fault.Partition).findFirst().orElseThrow().fault();
        assertEquals(List.of(List.of("web-1", "web-2", "web-3"), List.of("lb")), partition.groups());
    }

    @Test
    void aSingleReferenceToTheTemplate_namesItsCopies() {
        assertEquals("""
                s.yaml:12:38: workloads.clients.target: "web" is a template (count: 3), not one node; a list of names may name it for all its copies
                  expected one of its copies, one of: web-1, web-2, web-3
                  did you mean "web-1"?""", problem(TEMPLATE.replace("target: lb", "target: web")));
    }

    @Test
    void aProblemInACopy_pointsAtTheTemplatesText() {
        String problem = problem(TEMPLATE.replace("mean: 2ms}", "mean: -2ms}"));
        assertEquals("s.yaml:10:45: nodes.web-1.service-time.mean: a duration cannot be negative: \"-2ms\"",
                problem.lines().findFirst().orElseThrow(), "reported once, at the template's text");
    }

    @Test
    void aCountOutOfRange_isRefused_first() {
        // The node then stays one node, so its zones: and the references to its copies are reported after.
        Problem first = Scenarios.problems(TEMPLATE.replace("count: 3", "count: 0")).get(0);
        assertEquals("""
                s.yaml:8:12: nodes.web.count: must be a whole number from 1 to 64, got 0
                  expected a count like 3""", first.format());
    }

    @Test
    void aCopyWhoseNameIsTaken_isRefused() {
        assertEquals("""
                s.yaml:9:12: nodes.web.count: count: 3 names the copies web-1 .. web-3, and "web-2" is already declared
                  expected another name for the template or for that node""",
                problem(TEMPLATE.replace("  lb: {", "  web-2: {type: database}\n  lb: {")));
    }

    @Test
    void countOnAGroupNode_isRefused() {
        String yaml = Scenarios.MINIMAL.replace("nodes:\n", "nodes:\n  db: {type: replicated-database, count: 2}\n");
        assertEquals("""
                s.yaml:4:35: nodes.db.count: a replicated-database is already several machines; count: copies single nodes
                  expected its own size knob, or count: on another node""", problem(yaml));
    }
}
