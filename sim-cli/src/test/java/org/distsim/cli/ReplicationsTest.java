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

/** {@code distsim run FILE --replications N}. */
class ReplicationsTest {

    @TempDir
    Path dir;

    @Test
    void replications_areByteIdenticalWhateverTheThreads() throws IOException {
        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        Cli.Result one = Cli.run("run", scenario.toString(), "--replications", "4", "--threads", "1", "--format", "json");
        Cli.Result two = Cli.run("run", scenario.toString(), "--replications", "4", "--threads", "2", "--format", "json");
        assertEquals(ExitCodes.OK, one.exitCode(), one.err());
        assertEquals(one.out(), two.out());
    }

    @Test
    void text_showsEachFigureWithItsHalfWidthAndThePooledPercentiles() throws IOException {
        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        Cli.Result r = Cli.run("run", scenario.toString(), "--replications", "5");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("cli-test: 5 replications (seed 1), 2 s each, warm-up 0.2 s\n"), r.out());
        assertTrue(r.out().matches("(?s).*\n  latency_ms\\.p99 +[0-9.]+ \\+/- [0-9.]+ .*"), r.out());
        assertTrue(r.out().contains("pooled latency (every request of every replication): "), r.out());
        assertTrue(r.out().contains("\nnode server (service)\n"), r.out());
        assertTrue(r.out().endsWith("--replications 5\n"), r.out());
    }

    @Test
    void replicationsDiffer_soTheHalfWidthIsPositive() throws IOException {
        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        Cli.Result r = Cli.run("run", scenario.toString(), "--replications", "3", "--format", "json");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        JsonNode mean = new ObjectMapper().readTree(r.out()).at("/workloads/clients/figures/latency_ms.mean");
        assertEquals(3, mean.get("n").intValue());
        assertTrue(mean.get("half_width").doubleValue() > 0, mean.toString());
        assertTrue(mean.get("min").doubleValue() < mean.get("max").doubleValue(), mean.toString());
    }

    @Test
    void outDir_getsEveryFormat_andIsNotOverwrittenWithoutForce() throws IOException {
        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        Path out = dir.resolve("reps");
        Cli.Result r = Cli.run("run", scenario.toString(), "--replications", "2", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("", r.out());
        for (String file : new String[] {"replications.txt", "replications.json", "replications.csv",
            "replications.html"}) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        Cli.Result again = Cli.run("run", scenario.toString(), "--replications", "2", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.exitCode());
        assertTrue(again.err().contains("exists; use --force to overwrite"), again.err());
        Cli.Result forced = Cli.run("run", scenario.toString(), "--replications", "2", "--out", out.toString(), "--force");
        assertEquals(ExitCodes.OK, forced.exitCode(), forced.err());
        try (var files = Files.list(out)) {
            assertEquals(4, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void outFileWithAnExtension_isOneFileInTheFormatItNames_notADirectory() throws IOException {
        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        Path out = dir.resolve("r.json");
        Cli.Result r = Cli.run("run", scenario.toString(), "--replications", "4", "--out", out.toString(),
                "--no-progress");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertEquals("wrote " + out + "\n", r.err());
        assertTrue(Files.isRegularFile(out), "one file, not a directory");
        assertEquals(Cli.run("run", scenario.toString(), "--replications", "4", "--format", "json").out(),
                Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "the scenario and r.json, nothing else");
        }

        Cli.Result again = Cli.run("run", scenario.toString(), "--replications", "4", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.exitCode());
        assertEquals("error: " + out + " exists; use --force to overwrite\n", again.err());

        Path text = dir.resolve("r.out");
        Cli.Result explicit = Cli.run("run", scenario.toString(), "--replications", "2", "--out", text.toString(),
                "--format", "html");
        assertEquals(ExitCodes.OK, explicit.exitCode(), explicit.err());
        assertTrue(Files.readString(text).startsWith("<!DOCTYPE html>"), "--format wins over the extension");
    }

    @Test
    void html_isSelfContained_withThePooledCdfAndTheTables_andTheSameWhateverTheThreads() throws IOException {
        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        Cli.Result one = Cli.run("run", scenario.toString(), "--replications", "3", "--threads", "1", "--format", "html");
        Cli.Result two = Cli.run("run", scenario.toString(), "--replications", "3", "--threads", "2", "--format", "html");
        assertEquals(ExitCodes.OK, one.exitCode(), one.err());
        String html = one.out();
        assertEquals(html, two.out());
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.replace("http://www.w3.org/2000/svg", "").matches("(?s).*https?:.*"), "nothing from the network");
        assertEquals(1, html.split("<svg", -1).length - 1, "the pooled latency CDF");
        assertTrue(html.contains("Pooled latency distribution"), html);
        assertTrue(html.chars().allMatch(c -> c < 128), "ASCII, whatever the terminal's encoding");
        assertTrue(html.matches("(?s).*<tr><td>latency_ms\\.p99</td><td>[0-9.]+ &plusmn; [0-9.]+</td>.*"), html);
        assertTrue(html.contains("<h2>Node server (service)</h2>"), html);
        assertTrue(html.contains("--replications 3</pre>"), html);
    }

    @Test
    void badReplicationsOrThreads_areBadInput() throws IOException {
        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        Cli.Result zero = Cli.run("run", scenario.toString(), "--replications", "0");
        assertEquals(ExitCodes.BAD_INPUT, zero.exitCode());
        assertEquals("error: --replications must be from 1 to 100000, got 0\n", zero.err());
        Cli.Result threads = Cli.run("run", scenario.toString(), "--replications", "2", "--threads", "0");
        assertEquals(ExitCodes.BAD_INPUT, threads.exitCode());
        assertFalse(threads.err().contains("Exception"), threads.err());
    }
}
