package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --experiment EXP} on run, validate and explain. */
class ExperimentOptionTest {

    @TempDir
    Path dir;

    @Test
    void run_withAnExperimentThatRaisesTheRate_changesTheResultAndReproducesWithIt() throws IOException {
        Path arch = Cli.write(dir, "arch.yaml", Cli.SCENARIO);
        Path exp = Cli.write(dir, "exp.yaml", "workloads:\n  clients: {rate: 300/s}\n");
        Cli.Result base = Cli.run("run", arch.toString(), "--format", "json");
        Cli.Result experiment = Cli.run("run", arch.toString(), "--experiment", exp.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, experiment.exitCode(), experiment.err());
        assertNotEquals(base.out(), experiment.out());
        Cli.Result text = Cli.run("run", arch.toString(), "--experiment", exp.toString());
        assertTrue(text.out().contains("run " + arch + " --experiment " + exp + " --seed 1"), text.out());
    }

    @Test
    void replications_applyTheExperimentToo() throws IOException {
        Path arch = Cli.write(dir, "arch.yaml", Cli.SCENARIO);
        Path exp = Cli.write(dir, "exp.yaml", "workloads:\n  clients: {rate: 300/s}\n");
        Cli.Result base = Cli.run("run", arch.toString(), "--replications", "2", "--format", "json");
        Cli.Result experiment = Cli.run("run", arch.toString(), "--experiment", exp.toString(),
                "--replications", "2", "--format", "json");
        assertEquals(ExitCodes.OK, experiment.exitCode(), experiment.err());
        assertNotEquals(base.out(), experiment.out());
        Cli.Result text = Cli.run("run", arch.toString(), "--experiment", exp.toString(), "--replications", "2");
        assertTrue(text.out().contains("--experiment " + exp), text.out());
    }

    @Test
    void sweep_appliesTheExperimentAtEveryPoint() throws IOException {
        Path arch = Cli.write(dir, "arch.yaml", Cli.SCENARIO);
        Path exp = Cli.write(dir, "exp.yaml", "workloads:\n  clients: {rate: 300/s}\n");
        String[] sweep = {"sweep", arch.toString(), "--param", "nodes.server.workers=1,2", "--format", "json"};
        Cli.Result base = Cli.run(sweep);
        String[] withExperiment = java.util.Arrays.copyOf(sweep, sweep.length + 2);
        withExperiment[sweep.length] = "--experiment";
        withExperiment[sweep.length + 1] = exp.toString();
        Cli.Result experiment = Cli.run(withExperiment);
        assertEquals(ExitCodes.OK, experiment.exitCode(), experiment.err());
        assertNotEquals(base.out(), experiment.out());
    }

    @Test
    void threadsWithoutReplications_isRefused() throws IOException {
        Path arch = Cli.write(dir, "arch.yaml", Cli.SCENARIO);
        Cli.Result r = Cli.run("run", arch.toString(), "--threads", "2");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("--threads"), r.err());
    }

    @Test
    void validate_reportsAProblemOfTheExperimentWithItsFileAndLine() throws IOException {
        Path arch = Cli.write(dir, "arch.yaml", Cli.SCENARIO);
        Path exp = Cli.write(dir, "exp.yaml", "# raise the load\nworkloads:\n  clients: {rate: -5/s}\n");
        Cli.Result r = Cli.run("validate", arch.toString(), "--experiment", exp.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith(exp + ":3:19: workloads.clients.rate: must be greater than 0/s, got -5/s"), r.err());
    }

    @Test
    void explain_showsTheMergedScenario() throws IOException {
        Path arch = Cli.write(dir, "arch.yaml", Cli.SCENARIO);
        Path exp = Cli.write(dir, "exp.yaml", "faults: [{at: 1s, load-spike: {workload: clients, factor: 2}, duration: 500ms}]\n");
        Cli.Result r = Cli.run("explain", arch.toString(), "--experiment", exp.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("  - 1s: load-spike on clients (load x2)\n  - 1500ms: load-spike on clients ends"), r.out());
    }

    @Test
    void missingExperimentFile_exitsTwo() throws IOException {
        Path arch = Cli.write(dir, "arch.yaml", Cli.SCENARIO);
        Cli.Result r = Cli.run("validate", arch.toString(), "--experiment", "no-such.yaml");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("error: no-such.yaml: no such file\n", r.err());
    }
}
