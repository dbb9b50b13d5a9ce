package org.distsim.cli;

import java.util.List;
import java.util.function.Function;
import org.distsim.cli.batch.BatchRunner;
import org.distsim.cli.batch.LocalRuns;
import org.distsim.cli.batch.Progress;
import org.distsim.cli.batch.RunExecutor;
import org.distsim.cli.batch.TerminalProgress;
import org.distsim.core.result.RunResult;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.SourceReader;
import org.distsim.reports.batch.BatchCsv;
import org.distsim.reports.batch.BatchJson;
import org.distsim.reports.batch.BatchText;
import org.distsim.reports.batch.ReplicationSummary;
import org.distsim.reports.batch.ReplicationsHtml;
import org.distsim.reports.batch.Theory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code distsim run FILE --replications N}: N independent replications of the scenario, each
 * figure reported as mean and 95 % confidence half-width, latency percentiles also pooled over the
 * merged histograms. Text, JSON, CSV or HTML on stdout, or all of them in {@code --out DIR}. With
 * {@code --cluster} the replications run on the members of a cluster, with the same output.
 */
final class ReplicationsRun {

    static final List<String> FORMATS = List.of("text", "json", "csv", "html");

    private ReplicationsRun() {
    }

    /**
     * @param format  the {@code --format} name
     * @param out     {@code --out}, read as a directory, or null
     */
    static int execute(CommandSpec spec, ScenarioArgs scenarioArgs, SeedDurationArgs run, String format, String out,
            boolean force, BatchOptions batch, Function<String, String> environment)
            throws UserError, ScenarioException {
        scenarioArgs.path();
        int replications = batch.replications(1);
        int threads = batch.threads();
        ClusterTarget cluster = batch.cluster(environment);
        BatchSession session = new BatchSession(spec, "replications", format, FORMATS, out, force);
        Scenario scenario = scenarioArgs.load(List.of(), cluster == null ? SourceReader.FILES : cluster.reader());
        run.check(scenario, force);
        Theory.Set theory = Theories.of(scenario);
        RunExecutor executor = cluster == null ? new LocalRuns(List.of(scenario), run.options(), replications, threads)
                : cluster.connect(scenarioArgs, List.of(List.of()), run.options(), replications,
                        spec.commandLine().getErr());
        BatchRunner runner = new BatchRunner(1, replications, executor);
        long usedSeed = run.seed(scenario);
        long end = run.end(scenario);
        long warmup = run.warmup(scenario);
        String reproduce = ReproduceCommand.of(scenarioArgs.file(), scenarioArgs.experiment(), usedSeed,
                scenarioArgs.overrides(), run.duration()) + " --replications " + replications;
        Progress progress = TerminalProgress.create("replications", runner.total(), batch.noProgress, System::getenv);
        return session.run(runner, progress, () -> {
            List<RunResult> results = runner.results(0);
            ReplicationSummary summary = ReplicationSummary.of(results, replications, scenario.name(), usedSeed, end,
                    warmup);
            return new BatchSession.Documents(BatchText.render(summary, theory, reproduce), BatchJson.render(summary, theory),
                    BatchCsv.render(summary), ReplicationsHtml.render(summary,
                            ReplicationSummary.pooledHistograms(results), reproduce));
        });
    }
}
