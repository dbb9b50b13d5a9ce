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
import org.distsim.reports.OutputExistsException;
import org.distsim.reports.TextReport;
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
 * want of a place to put its result.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Run a scenario and print its report.",
            "The report ends with the command that reproduces the run exactly."
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

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of stdout.")
    private String out;

    @Option(names = "--force", description = "Let --out replace an existing file.")
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
        Path outFile = checkOut();
        Scenario scenario = ScenarioLoader.load(scenarioFile, List.copyOf(overrides));
        RunOptions options = new RunOptions(seed, duration == null ? null : duration.nanos(), 0, null);
        RunResult result = ScenarioRunner.run(scenario, options);
        String reproduce = ReproduceCommand.of(file, result.seed(), overrides, duration);
        String report = format.render(result, reproduce);

        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (outFile == null) {
            stdout.print(report);
            stdout.flush();
        } else {
            write(outFile, report);
            stderr.println("wrote " + out + " (reproduce with: " + reproduce + ")");
        }
        String warning = TextReport.warning(result.stop());
        if (warning != null) {
            stderr.println(warning);
        }
        stderr.flush();
        return ExitCodes.OK;
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
