package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.distsim.cli.batch.BatchRunner;
import org.distsim.cli.batch.Progress;
import org.distsim.models.run.RunOptions;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.reports.batch.BatchCsv;
import org.distsim.reports.batch.BatchJson;
import org.distsim.reports.batch.BatchText;
import org.distsim.reports.batch.ReplicationSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What Ctrl-C does, without the signal: {@link BatchSession#interrupt()} is the body of the
 * shutdown hook (which then halts with exit code 130). Here it is called as the first of four
 * replications finishes, on one thread, so exactly one has finished.
 */
class BatchInterruptTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private BatchSession session(String format, String outDir) throws UserError {
        CommandLine commandLine = Distsim.tree(new Distsim(Map.of()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new BatchSession(commandLine.getSubcommands().get("run").getCommandSpec(), "replications", format,
                ReplicationsRun.FORMATS, outDir, false);
    }

    private int runInterruptedAfterTheFirstReplication(BatchSession session) throws Exception {
        Scenario scenario = ScenarioLoader.load("mm1.yaml", Cli.SCENARIO, List.of());
        BatchRunner runner = new BatchRunner(List.of(scenario), RunOptions.defaults(), 4, 1);
        Progress ctrlC = new Progress() {
            @Override
            public void step() {
                session.interrupt();
            }

            @Override
            public void close() {
            }
        };
        return session.run(runner, ctrlC, () -> {
            ReplicationSummary s = ReplicationSummary.of(runner.results(0), 4, scenario.name(), scenario.seed(),
                    scenario.durationNanos(), scenario.warmupNanos());
            return new BatchSession.Documents(BatchText.render(s, "r"), BatchJson.render(s), BatchCsv.render(s), null);
        });
    }

    @Test
    void interrupted_writesWhatFinished_markedPartial_andExits130() throws Exception {
        BatchSession session = session("json", null);
        assertEquals(ExitCodes.INTERRUPTED, runInterruptedAfterTheFirstReplication(session));
        assertTrue(out.toString().contains("\"partial\": true"), out.toString());
        assertTrue(out.toString().contains("\"completed\": 1,"), out.toString());
        assertTrue(err.toString().contains("interrupted: writing the 1 of 4 runs that finished, marked partial"),
                err.toString());
        assertFalse(session.interrupt(), "the output is written once");
    }

    @Test
    void interrupted_withOutDir_writesEveryFileOfThePartialResult() throws Exception {
        Path reps = dir.resolve("reps");
        assertEquals(ExitCodes.INTERRUPTED, runInterruptedAfterTheFirstReplication(session("text", reps.toString())));
        assertTrue(Files.readString(reps.resolve("replications.txt")).contains("PARTIAL, 1 replication of 4 finished"));
        assertTrue(Files.readString(reps.resolve("replications.json")).contains("\"partial\": true"));
        assertTrue(Files.exists(reps.resolve("replications.csv")));
    }

    /** Four replications on one thread, with {@code step} called as each finishes and {@code rendered} as the end renders. */
    private int runBatch(BatchSession session, Runnable step, Runnable rendered) throws Exception {
        Scenario scenario = ScenarioLoader.load("mm1.yaml", Cli.SCENARIO, List.of());
        BatchRunner runner = new BatchRunner(List.of(scenario), RunOptions.defaults(), 4, 1);
        Progress progress = new Progress() {
            @Override
            public void step() {
                step.run();
            }

            @Override
            public void close() {
            }
        };
        return session.run(runner, progress, () -> {
            rendered.run();
            ReplicationSummary s = ReplicationSummary.of(runner.results(0), 4, scenario.name(), scenario.seed(),
                    scenario.durationNanos(), scenario.warmupNanos());
            return new BatchSession.Documents(BatchText.render(s, "r"), BatchJson.render(s), BatchCsv.render(s), null);
        });
    }

    @Test
    void aSignalAsTheLastReplicationFinishes_beforeTheEndClaimsTheOutput_writesAllOfThem()
            throws Exception {
        BatchSession session = session("json", null);
        int[] finished = {0};
        int[] hookCode = {-2};
        int code = runBatch(session, () -> {
            if (++finished[0] == 4) {
                hookCode[0] = session.onShutdown();
            }
        }, () -> {
        });
        assertEquals(ExitCodes.INTERRUPTED, code);
        assertEquals(ExitCodes.INTERRUPTED, hookCode[0]);
        // Every replication had finished, so nothing is missing and the result is not marked partial.
        assertTrue(out.toString().contains("\"completed\": 4,"), out.toString());
        assertTrue(out.toString().contains("\"partial\": false"), out.toString());
        assertTrue(err.toString().contains("interrupted: writing the 4 of 4 runs that finished"), err.toString());
    }

    @Test
    void aSignalWhileTheEndWritesTheCompleteResult_waitsForIt_andExitsWithTheEndsCode() throws Exception {
        // The race of issue 16 (case 8): the signal lands after the batch's end claimed the output.
        // The hook used to find it claimed and return at once, and the process ended with nothing
        // written. Here the hook runs on its own thread while the end renders; when it returns, the
        // complete result must already be out.
        BatchSession session = session("json", null);
        String[] seenByHook = new String[1];
        int[] hookCode = {-2};
        Thread[] hook = new Thread[1];
        int code = runBatch(session, () -> {
        }, () -> {
            hook[0] = new Thread(() -> {
                hookCode[0] = session.onShutdown();
                seenByHook[0] = out.toString();
            });
            hook[0].start();
        });
        hook[0].join();
        assertEquals(ExitCodes.OK, code);
        assertEquals(ExitCodes.OK, hookCode[0], "the complete result was written: the process exits as if not signalled");
        assertTrue(seenByHook[0].contains("\"completed\": 4,"), "when the hook halts: " + seenByHook[0]);
        assertFalse(seenByHook[0].contains("\"partial\": true"), seenByHook[0]);
    }

    @Test
    void aSignalAfterTheEndWroteTheResult_changesNothing() throws Exception {
        BatchSession session = session("json", null);
        assertEquals(ExitCodes.OK, runBatch(session, () -> {
        }, () -> {
        }));
        String written = out.toString();
        assertEquals(ExitCodes.OK, session.onShutdown());
        assertEquals(written, out.toString(), "written once");
    }
}
