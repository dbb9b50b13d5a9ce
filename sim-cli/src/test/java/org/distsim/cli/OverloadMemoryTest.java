package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, case 6: an overloaded node must not fill the heap. The run goes to a JVM of its own
 * with a 300 MB heap, far less than the backlog of this run would fill without the guard (it
 * grows by 10,000 requests per simulated second for two hours, 72 million in all, about 14 GB).
 * The guard stops it at a million waiting requests; the report is written, marked as stopped
 * early, naming the node, its backlog and its growth, and the exit code says so.
 */
class OverloadMemoryTest {

    @TempDir
    Path dir;

    @Test
    void mm1FarAboveCapacityForTwoHours_stopsAtTheBacklogCap_inASmallHeap_withTheReportMarkedPartial()
            throws IOException, InterruptedException {
        Path file = Cli.write(dir, "overload.yaml", Cli.SCENARIO.replace("duration: 2s", "duration: 2h")
                .replace("rate: 100/s", "rate: 11000/s"));
        Path json = dir.resolve("result.json");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx300m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Distsim.class.getName());
        command.addAll(List.of("run", file.toString(), "--format", "json", "--out", json.toString(), "--no-progress"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // A bound on a hung child, not a measurement: the run takes seconds.
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the run did not end");

        assertEquals(ExitCodes.STOPPED, process.exitValue(), output);
        assertFalse(output.contains("OutOfMemoryError"), output);
        assertTrue(output.contains("service server has 1000000 requests waiting (the most an unbounded queue may"
                + " hold), growing by 99"), output);
        assertTrue(output.contains("per simulated second since t=0.000 s: it is overloaded"), output);
        String result = Files.readString(json);
        assertTrue(result.contains("\"model_limit\""), result.substring(0, Math.min(2000, result.length())));
    }
}
