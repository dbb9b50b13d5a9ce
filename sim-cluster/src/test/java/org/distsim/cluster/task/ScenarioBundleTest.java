package org.distsim.cluster.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.registry.ComponentRegistry;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SourceCapture} and {@link ScenarioBundle}: a member rebuilds the scenario the coordinator read. */
class ScenarioBundleTest {

    static final String BASE = """
            name: base
            seed: 3
            duration: 2s
            warmup: 200ms
            network:
              latency: {dist: constant, value: 1ms}
            nodes:
              server:
                type: service
                workers: 1
                service-time: {dist: exponential, mean: 1ms}
            workloads:
              clients:
                type: open-loop
                target: server
                arrivals: poisson
                rate: 100/s
                timeout: 10s
            """;

    @TempDir
    Path dir;

    /** arch.yaml extends common/base.yaml; exp.yaml is read over arch.yaml. */
    private Path[] files() throws Exception {
        Files.createDirectories(dir.resolve("common"));
        Files.writeString(dir.resolve("common/base.yaml"), BASE);
        Path arch = Files.writeString(dir.resolve("arch.yaml"), "extends: common/base.yaml\nname: arch\n");
        Path exp = Files.writeString(dir.resolve("exp.yaml"), "workloads:\n  clients:\n    rate: 150/s\n");
        return new Path[] {arch, exp};
    }

    @Test
    void bundle_loadsTheSameScenario_afterTheFilesAreGone() throws Exception {
        Path[] files = files();
        SourceCapture capture = new SourceCapture();
        List<String> overrides = List.of("nodes.server.workers=2");
        Scenario onCoordinator = new ScenarioLoader(ComponentRegistry.standard(), capture).read(files[0], files[1],
                overrides);
        ScenarioBundle bundle = capture.bundle(files[0], files[1]);
        assertEquals(3, bundle.sources().size(), "the file, what it extends and the experiment");
        for (String name : bundle.sources().keySet()) {
            Files.delete(Path.of(name));
        }
        Scenario onMember = bundle.load(overrides);
        assertEquals(onCoordinator, onMember);
        RunOptions options = RunOptions.defaults().withReplication(2);
        RunResult expected = ScenarioRunner.run(onCoordinator, options);
        assertEquals(expected, ScenarioRunner.run(onMember, options));
        assertEquals("arch", onMember.name());
    }

    @Test
    void capture_keepsTheFirstText_soEveryPointOfASweepSeesTheSameFiles() throws Exception {
        Path[] files = files();
        SourceCapture capture = new SourceCapture();
        ScenarioLoader loader = new ScenarioLoader(ComponentRegistry.standard(), capture);
        loader.read(files[0], null, List.of());
        Files.writeString(files[0], "extends: common/base.yaml\nname: changed-meanwhile\n");
        assertEquals("arch", loader.read(files[0], null, List.of()).name());
        assertEquals("arch", capture.bundle(files[0], null).load(List.of()).name());
    }

    @Test
    void bundle_knowsNoOtherFile() throws Exception {
        Path[] files = files();
        SourceCapture capture = new SourceCapture();
        new ScenarioLoader(ComponentRegistry.standard(), capture).read(files[0], null, List.of());
        ScenarioBundle bundle = capture.bundle(files[0], null);
        ScenarioBundle withoutBase = new ScenarioBundle(bundle.file(), null,
                java.util.Map.of(files[0].toString(), bundle.sources().get(files[0].toString())));
        ScenarioException e = assertThrows(ScenarioException.class, () -> withoutBase.load(List.of()));
        assertTrue(e.getMessage().endsWith("common/base.yaml: no such file"), e.getMessage());
    }

    @Test
    void digest_changesWithAnyByte_andEqualBundlesAreEqual() throws Exception {
        Path[] files = files();
        SourceCapture capture = new SourceCapture();
        new ScenarioLoader(ComponentRegistry.standard(), capture).read(files[0], files[1], List.of());
        ScenarioBundle bundle = capture.bundle(files[0], files[1]);
        ScenarioBundle same = new ScenarioBundle(bundle.file(), bundle.experiment(), bundle.sources());
        assertEquals(bundle, same);
        java.util.Map<String, byte[]> changed = bundle.sources();
        changed.get(files[1].toString())[0] ^= 1;
        assertNotEquals(bundle.digest(), new ScenarioBundle(bundle.file(), bundle.experiment(), changed).digest());
    }
}
