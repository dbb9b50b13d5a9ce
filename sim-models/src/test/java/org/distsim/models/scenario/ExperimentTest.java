package org.distsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.service.ServiceConfig;
import org.distsim.models.workload.OpenLoopConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Architecture and experiment in separate files: {@code extends:} and {@code --experiment}. */
class ExperimentTest {

    private static final String ARCH = """
            name: shop
            duration: 20s
            nodes:
              web:
                type: service
                workers: 4
                service-time: {dist: exponential, mean: 2ms}
            workloads:
              clients: {type: open-loop, target: web, rate: 100/s}
            faults:
              - {at: 5s, crash: web, duration: 1s}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void extends_mergesMappingsKeyByKeyAndReplacesLists() throws Exception {
        write("arch.yaml", ARCH);
        Path exp = write("exp.yaml", """
                extends: arch.yaml
                seed: 7
                nodes:
                  web: {workers: 8}
                workloads:
                  clients: {rate: 300/s}
                  batch: {type: open-loop, target: web, rate: 5/s}
                faults:
                  - {at: 10s, slow: {node: web, factor: 2}}
                notes:
                  - {at: 10s, text: slower}
                """);
        Scenario scenario = ScenarioLoader.load(exp, List.of());
        assertEquals("shop", scenario.name());
        assertEquals(7, scenario.seed());
        ServiceConfig web = scenario.nodes().get("web").config(ServiceConfig.class);
        assertEquals(8, web.workers());
        assertEquals(new org.distsim.core.random.Exponential(2e6), web.serviceTime());
        assertEquals(300, scenario.workloads().get("clients").config(OpenLoopConfig.class).rate().perSecond());
        assertEquals(List.of("clients", "batch"), List.copyOf(scenario.workloads().keySet()));
        assertEquals(List.of(new ScheduledFault(10_000_000_000L, new Fault.SlowNode("web", 2))), scenario.faults());
        assertEquals(List.of(new Note(10_000_000_000L, "slower")), scenario.notes());
    }

    @Test
    void experimentOption_isTheSameAsExtends() throws Exception {
        Path arch = write("arch.yaml", ARCH);
        Path exp = write("exp.yaml", "workloads:\n  clients: {rate: 300/s}\n");
        Path extending = write("extending.yaml", "extends: arch.yaml\nworkloads:\n  clients: {rate: 300/s}\n");
        Scenario viaOption = ScenarioLoader.load(arch, exp, List.of());
        Scenario viaExtends = ScenarioLoader.load(extending, List.of());
        assertEquals(viaExtends.workloads(), viaOption.workloads());
        assertEquals(viaExtends.faults(), viaOption.faults());
        assertEquals(arch + " + " + exp, viaOption.source());
    }

    @Test
    void experimentThatChangesTheRate_changesTheMeasuredThroughput() throws Exception {
        Path arch = write("arch.yaml", ARCH);
        Path exp = write("exp.yaml", "workloads:\n  clients: {rate: 400/s}\nfaults: []\n");
        RunResult base = ScenarioRunner.run(ScenarioLoader.load(arch, List.of()), RunOptions.defaults());
        RunResult experiment = ScenarioRunner.run(ScenarioLoader.load(arch, exp, List.of()), RunOptions.defaults());
        long baseRequests = base.workloads().get("clients").ok();
        long experimentRequests = experiment.workloads().get("clients").ok();
        // 20 s at 100/s (less the crash) against 400/s: Poisson counts, σ = √8000 ≈ 90.
        assertTrue(baseRequests < 2100, "base: " + baseRequests);
        assertEquals(8000, experimentRequests, 5 * Math.sqrt(8000), "experiment");
    }

    @Test
    void problems_inBothFiles_areReportedAtTheirOwnFileAndLine() throws Exception {
        Path arch = write("arch.yaml", ARCH.replace("workers: 4", "workers: -4"));
        Path exp = write("exp.yaml", "seed: 7\nworkloads:\n  clients: {rate: 300/x}\n");
        List<Problem> problems = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(arch, exp, List.of("workloads.clients.timeout=0s"))).problems();
        assertEquals(List.of(
                        arch + ":6:14: nodes.web.workers: must be at least 1, got -4",
                        exp + ":3:19: workloads.clients.rate: unknown time unit \"x\" in \"300/x\"; the units are ns, us,"
                                + " ms, s, m and h",
                        "--set workloads.clients.timeout=0s: workloads.clients.timeout: must be greater than 0s, got 0s"),
                problems.stream().map(p -> p.format().lines().findFirst().orElseThrow()).toList());
    }

    @Test
    void problem_inAValueTheExperimentReplaced_pointsAtTheExperiment() throws Exception {
        write("arch.yaml", ARCH);
        Path exp = write("exp.yaml", "extends: arch.yaml\nnodes:\n  web:\n    service-time: {dist: exponental, mean: 2ms}\n");
        Problem problem = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(exp, List.of())).problems().get(0);
        assertEquals(exp + ":4:26: nodes.web.service-time.dist: unknown distribution \"exponental\"",
                problem.format().lines().findFirst().orElseThrow());
    }

    @Test
    void missingExtendedFile_isReportedAtTheExtendsValue() throws Exception {
        Path exp = write("exp.yaml", "extends: nowhere.yaml\nseed: 2\n");
        Problem problem = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(exp, List.of())).problems().get(0);
        assertEquals(exp + ":1:10: extends: " + dir.resolve("nowhere.yaml") + ": no such file", problem.format());
    }

    @Test
    void filesThatExtendOneAnother_areACycle() throws Exception {
        write("a.yaml", "extends: b.yaml\n");
        write("b.yaml", "extends: a.yaml\n");
        Problem problem = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(dir.resolve("a.yaml"), List.of())).problems().get(0);
        assertEquals("the files extend one another in a cycle: " + dir.resolve("a.yaml") + " -> " + dir.resolve("b.yaml")
                + " -> " + dir.resolve("a.yaml"), problem.message());
        assertEquals(dir.resolve("b.yaml").toString(), problem.file());
    }

    @Test
    void experimentOption_withItsOwnExtends_isRefused() throws Exception {
        Path arch = write("arch.yaml", ARCH);
        Path exp = write("exp.yaml", "extends: arch.yaml\n");
        Problem problem = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(arch, exp, List.of()))
                .problems().get(0);
        assertEquals(exp + ":1:1: extends: an experiment given with --experiment cannot extend another file:"
                + " it is read over " + arch, problem.format().lines().findFirst().orElseThrow());
    }
}
