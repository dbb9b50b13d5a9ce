package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (what Ctrl-C's SIGINT also does) in the middle of one {@code distsim run}: the run stops
 * at the next event boundary and its report is written, covering the simulated time so far and
 * saying so, with exit code 130. It used to end the process with nothing written. The signal is
 * sent once the child has printed the scenario's loader warning, which it does right before the
 * run starts; the run is far too long to finish first (about 10^9 events).
 */
class RunSignalTest {

    @TempDir
    Path dir;

    @Test
    void sigtermDuringALongRun_writesTheReportSoFar_markedAsInterrupted_andExits130() throws Exception {
        // A Pareto shape of 1 has an infinite mean: valid, but the loader warns, which is our cue.
        Path file = Cli.write(dir, "long.yaml", Cli.SCENARIO
                .replace("duration: 2s", "duration: 100h\nreport-interval: 10s")
                .replace("rate: 100/s", "rate: 800/s")
                .replace("workers: 1", "workers: 1000")
                .replace("{dist: exponential, mean: 1ms}", "{dist: pareto, shape: 1, scale: 10us}"));
        Path stdout = dir.resolve("stdout.txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Distsim.class.getName());
        command.addAll(List.of("run", file.toString(), "--no-progress"));
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).start();
        StringBuilder err = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            assertTrue(line != null && line.startsWith("WARNING: "), "the child's first line: " + line);
            // SIGTERM through the handle: Process.destroy() would also close the streams read here.
            process.toHandle().destroy();
            for (String rest = reader.readLine(); rest != null; rest = reader.readLine()) {
                err.append(rest).append('\n');
            }
        }
        // A bound on a hung child, not a measurement: the stop comes within 1024 events.
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the run did not stop");

        assertEquals(ExitCodes.INTERRUPTED, process.exitValue(), err.toString());
        String report = Files.readString(stdout);
        assertTrue(report.contains("WARNING: the run was stopped early (interrupted): stopped on request (a signal)"),
                report);
        assertTrue(report.contains("reproduce with: "), report);
        assertTrue(err.toString().contains("stopped early (interrupted)"), err.toString());
    }
}
