package org.distsim.cli;

import java.io.PrintWriter;
import java.util.List;
import org.distsim.cli.batch.RunProgress;
import org.distsim.core.kernel.StopRequest;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.reports.Finding;
import org.distsim.reports.ReportDirectory;
import org.distsim.reports.RunReport;
import org.distsim.reports.SloOutcome;
import org.distsim.reports.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code distsim run FILE}: loads a scenario, runs it once, and prints (or writes) its report.
 *
 * <p>A bad {@code --out} is caught before the run starts, so a long run is never thrown away for
 * want of a place to put its result. {@code --out} names a directory (every format at once) when it
 * ends with a slash, is an existing directory, or its last name has no extension; otherwise a
 * file in the {@code --format} (or, without one, the format its extension names), also with
 * {@code --replications}. The exit code is {@link ExitCodes#SLO_BROKEN} when an objective
 * of the scenario's {@code slo:} was broken.
 */
@Command(name = "run",
        description = {
            "Run a scenario and print its report.",
            "The report ends with the command that reproduces the run exactly.",
            "With --out DIR it writes report.txt, result.json, timeseries.csv, summary.csv and report.html.",
            "Exits with 1 when a service-level objective of the scenario (slo:) is broken.",
            "With --replications N, runs N replications (on local threads, or with --cluster on a cluster's workers)."
        },
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.SLO_HELP, ExitCodes.BAD_INPUT_HELP, ExitCodes.INTERNAL_HELP,
            ExitCodes.STOPPED_HELP, ExitCodes.INTERRUPTED_HELP})
final class RunCommand extends GuardedCommand {

    /** The formats of one run, as {@code --format} spells them. */
    private static final List<String> FORMATS = List.of("text", "json", "html");

    @Mixin
    private ScenarioArgs scenario = new ScenarioArgs();

    @Mixin
    private SeedDurationArgs run = new SeedDurationArgs();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = OutputFormat.Converter.class, completionCandidates = OutputFormat.Names.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE|DIR",
            description = "Write the report to FILE (atomically, in --format, or without it in the format the"
                    + " extension names: .txt, .json, .html; with --replications also .csv) instead of stdout;"
                    + " or, when the path ends with /, is an existing directory or has no extension, write every"
                    + " format into the directory DIR at once: report.txt, result.json, timeseries.csv,"
                    + " summary.csv, report.html (with --replications: replications.txt, .json, .csv, .html).")
    private String out;

    @Option(names = "--force", description = "Let --out replace an existing file, or the report in an existing"
            + " directory; and run even when the run's estimated events (more than the 2,000,000,000 a run may"
            + " dispatch) or memory (more than 2 GB) exceed its budget, which is otherwise refused before it starts"
            + " (docs/scenario-format.md, \"Budgets and limits\").")
    private boolean force;

    /** --replications, --threads, --no-progress. */
    @Mixin
    private BatchOptions batch = new BatchOptions();

    @Override
    int execute() throws UserError, ScenarioException {
        if (batch.replications != null) {
            return ReplicationsRun.execute(spec, scenario, run,
                    OutFile.chosenFormat(spec, format.option(), out, ReplicationsRun.FORMATS), out, force, batch,
                    environment());
        }
        format = new OutputFormat.Converter().convert(OutFile.chosenFormat(spec, format.option(), out, FORMATS));
        if (batch.threads != null) {
            throw new UserError("--threads spreads replications over cores; one run is single-threaded,"
                    + " so use it with --replications N");
        }
        if (batch.cluster != null || batch.clusterName != null) {
            throw new UserError("--cluster spreads replications over the members of a cluster; one run is"
                    + " single-threaded, so use it with --replications N");
        }
        scenario.path(); // a missing FILE is reported before a bad --out
        boolean toDirectory = out != null && OutDirectory.isDirectory(out);
        OutDirectory outDirectory = toDirectory ? OutDirectory.check(out, force) : null;
        OutFile outFile = out != null && !toDirectory ? OutFile.check(out, force) : null;
        Scenario loaded = scenario.load();
        PrintWriter stderr = spec.commandLine().getErr();
        run.check(loaded, force);
        // From here on Ctrl-C or SIGTERM stops the run early and still writes its report.
        StopRequest stopRequest = new StopRequest();
        ShutdownGuard guard = ShutdownGuard.install(stopRequest::request);
        try {
            int code = runAndWrite(loaded, stderr, stopRequest, toDirectory, outDirectory, outFile);
            guard.finish(code);
            return code;
        } catch (UserError | RuntimeException | Error e) {
            guard.abandon();
            throw e;
        }
    }

    private int runAndWrite(Scenario loaded, PrintWriter stderr, StopRequest stopRequest, boolean toDirectory,
            OutDirectory outDirectory, OutFile outFile) throws UserError {
        ScenarioArgs.warn(stderr, loaded);
        stderr.flush();
        RunProgress progress = RunProgress.create(batch.noProgress, System::getenv, stderr, run.end(loaded));
        RunResult result;
        RunOptions options = run.options().withStopRequest(stopRequest);
        try {
            result = ScenarioRunner.run(loaded, progress == null ? options : options.withObserver(progress));
        } finally {
            if (progress != null) {
                progress.close();
            }
        }
        String reproduce = ReproduceCommand.of(scenario.file(), scenario.experiment(), result.seed(), scenario.overrides(),
                run.duration());
        RunReport report = RunReport.of(result, reproduce);

        boolean textOnStdout = out == null && format == OutputFormat.TEXT;
        if (out == null) {
            // Colour only for a person at a terminal: picocli's AUTO is off for pipes, files, NO_COLOR.
            print(format.render(report, format == OutputFormat.TEXT && Ansi.AUTO.enabled()));
        } else if (toDirectory) {
            outDirectory.write(report);
            stderr.println("wrote " + out + (out.endsWith("/") ? "" : "/") + " ("
                    + String.join(", ", ReportDirectory.FILES) + ") (reproduce with: " + reproduce + ")");
        } else {
            outFile.write(format.render(report, false));
            stderr.println("wrote " + out + " (reproduce with: " + reproduce + ")");
        }
        String warning = TextReport.warning(result.stop());
        if (warning != null) {
            stderr.println(warning);
        }
        if (!textOnStdout) {
            // The text report shows these itself; otherwise stderr is where a person looks.
            for (Finding finding : report.findings()) {
                stderr.println(finding.isUnstable() ? finding.message() : "WARNING: " + finding.message());
            }
            for (SloOutcome slo : report.slos()) {
                if (!slo.held()) {
                    stderr.println("SLO FAIL: " + slo.objective().workload() + " " + slo.bound()
                            + ", measured " + slo.actualText());
                }
            }
        }
        stderr.flush();
        if (result.stop() != null && result.stop().kind() == StopReason.Kind.INTERRUPTED) {
            return ExitCodes.INTERRUPTED;
        }
        if (warning != null) {
            // A partial run's figures are not the scenario's: a script must not take them for a pass.
            return ExitCodes.STOPPED;
        }
        return report.slosHeld() ? ExitCodes.OK : ExitCodes.SLO_BROKEN;
    }

    @Override
    String reproduce(long seed) {
        String line = ReproduceCommand.of(scenario.file(), scenario.experiment(), seed, scenario.overrides(),
                run.duration());
        return batch.replications == null ? line : line + " --replications " + batch.replications;
    }
}
