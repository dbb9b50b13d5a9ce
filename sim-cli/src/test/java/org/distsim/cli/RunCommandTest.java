package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    private String scenario() throws IOException {
        return Cli.write(dir, "mm1.yaml", Cli.SCENARIO).toString();
    }

    @Test
    void run_validScenario_printsTheReportEndingWithTheReproduceLineAndExitsZero() throws IOException {
        String file = scenario();
        Cli.Result r = Cli.run("run", file);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("scenario   cli-test\nseed       1\n"), r.out());
        assertTrue(r.out().contains("  clients"), r.out());
        assertTrue(r.out().endsWith("reproduce with: ./distsim run " + file + " --seed 1\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void run_sameScenarioTwice_printsIdenticalJson() throws IOException {
        String file = scenario();
        Cli.Result first = Cli.run("run", file, "--format", "json");
        Cli.Result second = Cli.run("run", file, "--format", "json");
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertEquals(first.out(), second.out());
    }

    @Test
    void run_jsonFormat_printsOnlyTheJsonDocumentOnStdout() throws IOException {
        Cli.Result r = Cli.run("run", scenario(), "--format", "JSON", "--seed", "7");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("schema_version").asInt());
        assertEquals(7, json.get("seed").asLong());
        assertEquals("cli-test", json.get("scenario").asText());
        assertTrue(json.get("workloads").has("clients"));
    }

    @Test
    void run_seedDurationAndSets_changeTheRunAndAppearInTheReproduceLine() throws IOException {
        String file = scenario();
        Cli.Result r = Cli.run("run", file, "--seed", "9", "--set", "workloads.clients.rate=50/s",
                "--duration", "1.5s");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("seed       9\n"), r.out());
        assertTrue(r.out().contains("simulated  1.5 s"), r.out());
        assertTrue(r.out().endsWith("reproduce with: ./distsim run " + file
                + " --seed 9 --set workloads.clients.rate=50/s --duration 1.5s\n"), r.out());
    }

    @Test
    void run_reproduceLine_rerunsTheSameRun() throws IOException {
        String file = scenario();
        Cli.Result r = Cli.run("run", file, "--seed", "3", "--duration", "1s");
        String line = r.out().lines().reduce((a, b) -> b).orElseThrow();
        String[] words = line.substring("reproduce with: ./distsim ".length()).split(" ");
        assertEquals(r.out(), Cli.run(words).out());
    }

    @Test
    void run_scenarioWithATypo_printsTheProblemWithoutAStackTraceAndExitsTwo() throws IOException {
        Path file = Cli.write(dir, "typo.yaml", Cli.SCENARIO.replace("service-time:", "service-tme:"));
        Cli.Result r = Cli.run("run", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("service-tme"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void run_missingFile_saysSoAndExitsTwo() {
        Cli.Result r = Cli.run("run", dir.resolve("nope.yaml").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("error: " + dir.resolve("nope.yaml") + ": no such file\n", r.err());
    }

    @Test
    void run_directoryInsteadOfAFile_saysSoAndExitsTwo() {
        Cli.Result r = Cli.run("run", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("error: " + dir + ": is a directory, not a scenario file\n", r.err());
    }

    @Test
    void run_badDuration_namesTheOptionAndExitsTwo() throws IOException {
        Cli.Result r = Cli.run("run", scenario(), "--duration", "5 minutes");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("error: Invalid value for option '--duration': '5 minutes' is not a duration"),
                r.err());
        assertTrue(r.err().endsWith("see 'distsim run --help'\n"), r.err());
    }

    @Test
    void run_aDurationThatEndsBeforeTheWarmUp_isRefused_notMeasuredInANanosecond() {
        Cli.Result r = Cli.run("run", "../scenarios/validation/mm1.yaml", "--duration", "1s");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.out());
        assertTrue(r.err().contains("--duration 1s ends before the scenario's warm-up of 30s does"), r.err());
        assertEquals(ExitCodes.OK, Cli.run("run", "../scenarios/validation/mm1.yaml", "--duration", "1s", "--set",
                "warmup=0s").exitCode());
    }

    @Test
    void run_badDurationOnABareCommandLine_stillExitsTwo() throws IOException {
        assertEquals(ExitCodes.BAD_INPUT, Cli.runBare("run", scenario(), "--duration", "5x").exitCode());
    }

    @Test
    void run_unknownFormat_listsTheFormatsAndExitsTwo() throws IOException {
        Cli.Result r = Cli.run("run", scenario(), "--format", "yaml");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("'yaml' is not a format: expected one of text, json"), r.err());
    }

    @Test
    void run_unknownOption_suggestsTheNearestAndExitsTwo() throws IOException {
        Cli.Result r = Cli.run("run", scenario(), "--sed", "3");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("--sed"), r.err());
        assertTrue(r.err().contains("--seed"), r.err());
    }

    @Test
    void run_outThatExistsWithoutForce_refusesBeforeRunningAndKeepsTheFile() throws IOException {
        Path out = Files.writeString(dir.resolve("result.json"), "precious");
        Cli.Result r = Cli.run("run", scenario(), "--format", "json", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("error: " + out + " exists; use --force to overwrite\n", r.err());
        assertEquals("precious", Files.readString(out));
        assertEquals("", r.out());
    }

    @Test
    void run_outWithForce_replacesTheFile() throws IOException {
        Path out = Files.writeString(dir.resolve("result.json"), "old");
        Cli.Result r = Cli.run("run", scenario(), "--format", "json", "--out", out.toString(), "--force");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(Files.readString(out).startsWith("{\n  \"schema_version\": 1,"));
    }

    @Test
    void run_out_writesTheReportToTheFileAndNothingToStdout() throws IOException {
        String file = scenario();
        Path out = dir.resolve("report.txt");
        Cli.Result r = Cli.run("run", file, "-o", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertEquals(Cli.run("run", file).out(), Files.readString(out));
        assertEquals("wrote " + out + " (reproduce with: ./distsim run " + file + " --seed 1)\n", r.err());
    }

    @Test
    void run_outFileWithoutFormat_takesTheFormatItsExtensionNames() throws IOException {
        Path out = dir.resolve("r.json");
        Cli.Result r = Cli.run("run", scenario(), "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals(Cli.run("run", scenario(), "--format", "json").out(), Files.readString(out));
    }

    @Test
    void run_outInAMissingDirectory_refusesBeforeRunning() throws IOException {
        Path out = dir.resolve("missing").resolve("r.json");
        Cli.Result r = Cli.run("run", scenario(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("error: cannot write " + out + ": directory "), r.err());
    }

    @Test
    void run_withoutAFile_isAUsageError() {
        Cli.Result r = Cli.run("run");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("Missing required parameter: 'FILE'"), r.err());
    }
}
