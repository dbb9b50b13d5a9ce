package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.distsim.models.docs.SchemaGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code distsim list}, {@code distsim schema} and {@code distsim explain}. */
class AuthoringCommandsTest {

    @TempDir
    Path dir;

    @Test
    void list_showsEveryScenarioSortedWithTheFirstSentenceOfItsDescription() throws IOException {
        Cli.write(dir, "retry-storm.yaml", "name: retry storm\ndescription: Naive retries amplify load. Backoff fixes it.\n");
        Cli.write(dir, "cap-partition.yaml", "name: cap\ndescription: >\n  CP and AP under a\n  partition.\n");
        Cli.write(dir, "no-description.yaml", "name: only a name\n");
        Cli.write(dir, "broken.yaml", "name: [unclosed\n");
        Cli.write(dir, "notes.txt", "not a scenario\n");
        Files.createDirectory(dir.resolve("validation"));
        Cli.write(dir.resolve("validation"), "mm1.yaml", "name: mm1\ndescription: The M/M/1 queue.\n");
        Cli.Result r = Cli.run("list", dir.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("""
                broken.yaml          (cannot be read; run distsim validate on it)
                cap-partition.yaml   CP and AP under a partition.
                no-description.yaml  only a name
                retry-storm.yaml     Naive retries amplify load.
                validation/mm1.yaml  The M/M/1 queue.

                run one with: ./distsim run %s
                """.formatted(dir.resolve("broken.yaml")), r.out());
    }

    @Test
    void list_ofAMissingDirectory_exitsTwo() {
        Cli.Result r = Cli.run("list", dir.resolve("nowhere").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("no such directory"), r.err());
    }

    @Test
    void list_withoutArgument_findsTheRepositorysScenarios() {
        // Tests run in sim-cli/, which has no scenarios/: the installation's are found instead.
        Cli.Result r = Cli.run("list");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("validation/mm1.yaml"), r.out());
    }

    @Test
    void schema_printsTheGeneratedSchema() {
        Cli.Result r = Cli.run("schema");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals(SchemaGenerator.generate(), r.out());
    }

    @Test
    void schema_out_writesTheFileAndRefusesToOverwriteWithoutForce() throws IOException {
        Path out = dir.resolve("scenario.schema.json");
        assertEquals(ExitCodes.OK, Cli.run("schema", "--out", out.toString()).exitCode());
        assertEquals(SchemaGenerator.generate(), Files.readString(out));
        Cli.Result again = Cli.run("schema", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.exitCode());
        assertEquals("error: " + out + " exists; use --force to overwrite\n", again.err());
        assertEquals(ExitCodes.OK, Cli.run("schema", "--out", out.toString(), "--force").exitCode());
    }

    @Test
    void explain_printsKnobsEdgesAndTimeline() throws IOException {
        Path file = Cli.write(dir, "s.yaml", Cli.SCENARIO + "faults: [{at: 1s, crash: server, duration: 500ms}]\n");
        Cli.Result r = Cli.run("explain", file.toString(), "--set", "nodes.server.workers=3");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("    workers: 3\n"), r.out());
        assertTrue(r.out().contains("    speed: 1  # default\n"), r.out());
        assertTrue(r.out().contains("  - clients -> server  # target\n"), r.out());
        assertTrue(r.out().contains("  - 1s: crash server\n  - 1500ms: restart server\n"), r.out());
    }

    @Test
    void explain_endsWithAStaticForecast_withTheModelAndItsAssumptions() throws IOException {
        Path file = Cli.write(dir, "s.yaml", Cli.SCENARIO);
        Cli.Result r = Cli.run("explain", file.toString(), "--set", "workloads.clients.rate=500/s");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        String forecast = r.out().substring(r.out().indexOf("forecast:\n"));
        assertTrue(forecast.contains("    server:  # service\n      offered: 500/s, Poisson\n"
                + "      load: 50.0% of each worker\n      model: M/M/1"), forecast);
        assertTrue(forecast.contains("      response: mean 2 ms, p50 1.386 ms, p95 5.991 ms, p99 9.21 ms\n"), forecast);
        assertTrue(forecast.contains("        - Poisson arrivals (independent, exponential gaps) at a steady rate\n"),
                forecast);
        assertTrue(forecast.endsWith("  bottleneck: server, the highest load: 50.0% of each worker\n"), forecast);
    }

    @Test
    void explain_ofABadScenario_reportsItLikeValidate() throws IOException {
        Path file = Cli.write(dir, "s.yaml", Cli.SCENARIO.replace("workers: 1", "workers: 0"));
        Cli.Result r = Cli.run("explain", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith(file + ":11:14: nodes.server.workers: must be at least 1"), r.err());
        assertEquals("", r.out());
    }
}
