package org.distsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.reports.AtomicFiles;
import org.distsim.reports.Finding;
import org.distsim.reports.OutputExistsException;
import org.distsim.reports.ReportDirectory;
import org.distsim.reports.RunReport;
import org.distsim.reports.SloOutcome;
import org.distsim.reports.TextReport;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code distsim run FILE}: loads a scenario, runs it once, and prints (or writes) its report.
 *
 * <p>A bad {@code --out} is caught before the run starts, so a long run is never thrown away for
 * want of a place to put its result. {@code --out} names a directory (every format at once) when it
 * ends with a slash, is an existing directory, or its last name has no extension; otherwise a
 * file in the {@code --format}. The exit code is {@link ExitCodes#SLO_BROKEN} when an objective
 * of the scenario's {@code slo:} was broken.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Run a scenario and print its report.",
            "The report ends with the command that reproduces the run exactly.",
            "With --out DIR it writes report.txt, result.json, timeseries.csv, summary.csv and report.html.",
            "Exits with 1 when a service-level objective of the scenario (slo:) is broken."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.SLO_HELP, ExitCodes.BAD_INPUT_HELP, ExitCodes.INTERNAL_HELP})
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    private Distsim parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario, a YAML file.")
    private String file;

    @Option(names = "--experiment", paramLabel = "EXP",
            description = "An experiment file read over the scenario (workloads, faults, notes, duration...): see"
                    + " docs/scenario-format.md.")
    private String experiment;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed, instead of the scenario's.")
    private Long seed;

    @Option(names = "--duration", paramLabel = "D", converter = DurationArg.Converter.class,
            description = "Simulated time to run, instead of the scenario's: 250us, 2ms, 1.5s, 5m, 1h.")
    private DurationArg duration;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one scenario value by its dotted path, e.g."
                    + " --set workloads.clients.rate=950/s. Repeatable.")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = OutputFormat.Converter.class, completionCandidates = OutputFormat.Names.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE|DIR",
            description = "Write the report to FILE (atomically, in --format) instead of stdout; or, when the"
                    + " path ends with /, is an existing directory or has no extension, write every format"
                    + " into the directory DIR at once: report.txt, result.json, timeseries.csv, summary.csv,"
                    + " report.html.")
    private String out;

    @Option(names = "--force", description = "Let --out replace an existing file, or the report in an existing"
            + " directory.")
    private boolean force;

    /** --replications, --threads, --no-progress: with --replications, --out names a directory. */
    @Mixin
    private BatchOptions batch = new BatchOptions();

    @Override
    public Integer call() {
        return Outcomes.guard(spec, parent.debug(), this::execute);
    }

    private int execute() throws UserError, ScenarioException {
        if (batch.replications != null) {
            return ReplicationsRun.execute(spec, file, seed, duration, overrides, format.option(), out, force, batch);
        }
        Path scenarioFile = Outcomes.scenarioFile(file);
        boolean toDirectory = out != null && isDirectoryOut(out);
        Path outFile = toDirectory ? checkOutDirectory() : checkOut();
        Scenario scenario = ScenarioLoader.load(scenarioFile, Outcomes.experimentFile(experiment), List.copyOf(overrides));
        RunOptions options = new RunOptions(seed, duration == null ? null : duration.nanos(), 0, null);
        RunResult result = ScenarioRunner.run(scenario, options);
        String reproduce = ReproduceCommand.of(file, experiment, result.seed(), overrides, duration);
        RunReport report = RunReport.of(result, reproduce, ScenarioReports.objectives(scenario),
                ScenarioReports.markers(scenario), ScenarioReports.topology(scenario));

        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        boolean textOnStdout = outFile == null && format == OutputFormat.TEXT;
        if (outFile == null) {
            // Colour only for a person at a terminal: picocli's AUTO is off for pipes, files, NO_COLOR.
            stdout.print(format.render(report, format == OutputFormat.TEXT && Ansi.AUTO.enabled()));
            stdout.flush();
        } else if (toDirectory) {
            writeDirectory(outFile, report);
            stderr.println("wrote " + out + (out.endsWith("/") ? "" : "/") + " ("
                    + String.join(", ", ReportDirectory.FILES) + ") (reproduce with: " + reproduce + ")");
        } else {
            write(outFile, format.render(report, false));
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
                    stderr.println("SLO FAIL: " + slo.objective().workload() + " " + slo.objective().describe()
                            + ", measured " + slo.actualText());
                }
            }
        }
        stderr.flush();
        return report.slosHeld() ? ExitCodes.OK : ExitCodes.SLO_BROKEN;
    }

    /**
     * True when {@code --out} names a directory: it ends with a separator, is an existing
     * directory, or its last name has no extension ({@code out/mm1}, not {@code mm1.json}).
     */
    static boolean isDirectoryOut(String out) {
        if (out.endsWith("/") || out.endsWith(java.io.File.separator)) {
            return true;
        }
        try {
            Path path = Path.of(out);
            if (Files.isDirectory(path)) {
                return true;
            }
            Path name = path.getFileName();
            return name != null && !name.toString().contains(".");
        } catch (InvalidPathException e) {
            return false; // reported as a bad file name by checkOut
        }
    }

    private Path checkOutDirectory() throws UserError {
        Path path;
        try {
            path = Path.of(out);
        } catch (InvalidPathException e) {
            throw new UserError(out + ": not a valid directory name (" + e.getReason() + ")");
        }
        try {
            ReportDirectory.check(path, force);
        } catch (OutputExistsException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot write the report directory " + out + ": " + e.getMessage());
        }
        return path;
    }

    private void writeDirectory(Path path, RunReport report) throws UserError {
        try {
            ReportDirectory.write(path, ReportDirectory.render(report), force);
        } catch (OutputExistsException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot write the report directory " + out + ": " + e.getMessage());
        }
    }

    /** The {@code --out} path, or null for stdout; refused now if the report could not be written there. */
    private Path checkOut() throws UserError {
        if (out == null) {
            return null;
        }
        Path path;
        try {
            path = Path.of(out);
        } catch (InvalidPathException e) {
            throw new UserError(out + ": not a valid file name (" + e.getReason() + ")");
        }
        if (Files.isDirectory(path)) {
            throw new UserError("cannot write " + out + ": it is a directory");
        }
        if (!force && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserError(out + " exists; use --force to overwrite");
        }
        Path directory = path.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            throw new UserError("cannot write " + out + ": directory " + directory + " does not exist");
        }
        if (!Files.isWritable(directory)) {
            throw new UserError("cannot write " + out + ": directory " + directory + " is not writable");
        }
        return path;
    }

    private void write(Path path, String report) throws UserError {
        try {
            AtomicFiles.write(path, report, force);
        } catch (OutputExistsException e) {
            // Created by someone else while the simulation ran.
            throw new UserError(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserError("cannot write " + out + ": no such directory");
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
    }
}
