package org.distsim.cli;

import java.nio.file.Path;
import java.util.List;
import org.distsim.cli.batch.BatchRunner;
import org.distsim.cli.batch.Progress;
import org.distsim.cli.batch.TerminalProgress;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.reports.batch.BatchCsv;
import org.distsim.reports.batch.BatchJson;
import org.distsim.reports.batch.BatchText;
import org.distsim.reports.batch.ReplicationSummary;
import org.distsim.reports.batch.ReplicationsHtml;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code distsim run FILE --replications N}: N independent replications of the scenario, each
 * figure reported as mean and 95 % confidence half-width, latency percentiles also pooled over the
 * merged histograms. Text, JSON, CSV or HTML on stdout, or all of them in {@code --out DIR}.
 */
final class ReplicationsRun {

    static final List<String> FORMATS = List.of("text", "json", "csv", "html");

    private ReplicationsRun() {
    }

    /**
     * @param format  the {@code --format} name
     * @param out     {@code --out}, read as a directory, or null
     */
    static int execute(CommandSpec spec, String file, Long seed, DurationArg duration, List<String> overrides,
            String format, String out, boolean force, BatchOptions batch) throws UserError, ScenarioException {
        Path scenarioFile = Outcomes.scenarioFile(file);
        int replications = batch.replications(1);
        int threads = batch.threads();
        BatchSession session = new BatchSession(spec, "replications", format, FORMATS, out, force);
        Scenario scenario = ScenarioLoader.load(scenarioFile, List.copyOf(overrides));
        RunOptions options = new RunOptions(seed, duration == null ? null : duration.nanos(), 0, null);
        BatchRunner runner = new BatchRunner(List.of(scenario), options, replications, threads);
        long usedSeed = seed != null ? seed : scenario.seed();
        long end = duration != null ? duration.nanos() : scenario.durationNanos();
        long warmup = Math.min(scenario.warmupNanos(), end - 1);
        String reproduce = ReproduceCommand.of(file, usedSeed, overrides, duration) + " --replications " + replications;
        Progress progress = TerminalProgress.create("replications", runner.total(), batch.noProgress, System::getenv);
        return session.run(runner, progress, () -> {
            List<RunResult> results = runner.results(0);
            ReplicationSummary summary = ReplicationSummary.of(results, replications, scenario.name(), usedSeed, end,
                    warmup);
            return new BatchSession.Documents(BatchText.render(summary, reproduce), BatchJson.render(summary),
                    BatchCsv.render(summary), ReplicationsHtml.render(summary,
                            ReplicationSummary.pooledHistograms(results), reproduce));
        });
    }
}
