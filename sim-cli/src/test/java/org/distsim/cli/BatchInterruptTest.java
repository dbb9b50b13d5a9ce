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
        CommandLine commandLine = new CommandLine(new Distsim(Map.of()));
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
}
