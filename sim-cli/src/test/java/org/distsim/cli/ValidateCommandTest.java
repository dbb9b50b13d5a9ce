package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void validate_goodScenario_printsOkWithCountsAndExitsZero() throws IOException {
        Path file = Cli.write(dir, "ok.yaml", Cli.SCENARIO);
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals(file + ": ok (1 node, 1 workload)\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void validate_scenarioWithATypo_printsTheProblemAndExitsTwo() throws IOException {
        Path file = Cli.write(dir, "typo.yaml", Cli.SCENARIO.replace("workers: 1", "wrkers: 1"));
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("wrkers"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void validate_badOverride_isAScenarioProblem() throws IOException {
        Path file = Cli.write(dir, "ok.yaml", Cli.SCENARIO);
        Cli.Result r = Cli.run("validate", file.toString(), "--set", "nodes.server.workers=many");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.out());
        assertTrue(r.err().contains("workers"), r.err());
    }

    @Test
    void validate_missingFile_exitsTwo() {
        Cli.Result r = Cli.run("validate", "no-such-scenario.yaml");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("error: no-such-scenario.yaml: no such file\n", r.err());
    }
}
