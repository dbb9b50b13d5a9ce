package org.distsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.distsim.cli.batch.BatchRunner;
import org.distsim.cli.batch.DesignPoints;
import org.distsim.cli.batch.Progress;
import org.distsim.cli.batch.TerminalProgress;
import org.distsim.models.run.RunOptions;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.models.scenario.SweepParameter;
import org.distsim.models.scenario.SweepValues;
import org.distsim.reports.batch.BatchCsv;
import org.distsim.reports.batch.BatchJson;
import org.distsim.reports.batch.BatchText;
import org.distsim.reports.batch.ReplicationSummary;
import org.distsim.reports.batch.SweepHtml;
import org.distsim.reports.batch.SweepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code distsim sweep FILE --param PATH=v1,v2,...}: runs the scenario at every point of the cross
 * product of the parameters' values, each with the same replications (common random numbers), and
 * reports each figure against the parameters as mean and 95 % confidence half-width.
 *
 * <p>Every design point is loaded (and so validated) before the first run starts: a bad path or
 * value is reported like a bad {@code --set}, with exit code 2, instead of after an hour of runs.
 */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Run a scenario over a grid of parameter values, with replications.",
            "Reports each figure against the parameters as mean +/- 95%% confidence half-width;",
            "replication r uses the same random streams at every point (common random numbers).",
            "Without --param, the scenario's sweep: section says what to vary."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.BAD_INPUT_HELP, ExitCodes.INTERNAL_HELP,
            ExitCodes.INTERRUPTED_HELP})
final class SweepCommand implements Callable<Integer> {

    static final List<String> FORMATS = List.of("text", "json", "csv", "html");

    @ParentCommand
    private Distsim parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario, a YAML file.")
    private String file;

    @Option(names = "--param", paramLabel = "PATH=VALUES",
            description = "A parameter to sweep, by its --set path: PATH=v1,v2,... or PATH=from..to:steps"
                    + " (e.g. workloads.clients.rate=500/s..950/s:10). Repeatable; replaces the scenario's sweep:.")
    private List<String> params = new ArrayList<>();

    @Mixin
    private BatchOptions batch = new BatchOptions();

    @Option(names = "--seed", paramLabel = "N", description = "Master seed, instead of the scenario's.")
    private Long seed;

    @Option(names = "--duration", paramLabel = "D", converter = DurationArg.Converter.class,
            description = "Simulated time of each run, instead of the scenario's.")
    private DurationArg duration;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one scenario value at every point. Repeatable.")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print: text, json, csv or html (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Write sweep.txt, sweep.json, sweep.csv and sweep.html into DIR instead.")
    private String out;

    @Option(names = "--force", description = "Let --out replace existing files.")
    private boolean force;

    @Override
    public Integer call() {
        return Outcomes.guard(spec, parent.debug(), this::execute);
    }

    private int execute() throws UserError, ScenarioException {
        Path scenarioFile = Outcomes.scenarioFile(file);
        int replications = batch.replications(1);
        int threads = batch.threads();
        BatchSession session = new BatchSession(spec, "sweep", format.toLowerCase(java.util.Locale.ROOT), FORMATS,
                out, force);
        Scenario base = ScenarioLoader.load(scenarioFile, List.copyOf(overrides));
        List<SweepParameter> parameters = parameters(base);
        List<List<String>> points;
        try {
            points = DesignPoints.of(parameters);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        List<Scenario> scenarios = new ArrayList<>(points.size());
        for (List<String> point : points) {
            List<String> pointOverrides = DesignPoints.overrides(parameters, point);
            List<String> all = new ArrayList<>(overrides);
            all.addAll(pointOverrides);
            try {
                scenarios.add(ScenarioLoader.load(scenarioFile, all));
            } catch (ScenarioException e) {
                throw new UserError("at the sweep point " + String.join(" ", pointOverrides) + ":\n" + e.getMessage());
            }
        }
        RunOptions options = new RunOptions(seed, duration == null ? null : duration.nanos(), 0, null);
        BatchRunner runner = new BatchRunner(scenarios, options, replications, threads);
        long usedSeed = seed != null ? seed : base.seed();
        String reproduce = reproduce(usedSeed, replications);
        Progress progress = TerminalProgress.create("sweep", runner.total(), batch.noProgress, System::getenv);
        List<String> paths = parameters.stream().map(SweepParameter::path).toList();
        return session.run(runner, progress, () -> {
            List<SweepResult.Point> results = new ArrayList<>(points.size());
            for (int p = 0; p < points.size(); p++) {
                Scenario scenario = scenarios.get(p);
                long end = duration != null ? duration.nanos() : scenario.durationNanos();
                results.add(new SweepResult.Point(points.get(p), ReplicationSummary.of(runner.results(p), replications,
                        scenario.name(), usedSeed, end, Math.min(scenario.warmupNanos(), end - 1))));
            }
            SweepResult sweep = new SweepResult(base.name(), usedSeed, replications, paths, results);
            return new BatchSession.Documents(BatchText.render(sweep, reproduce), BatchJson.render(sweep),
                    BatchCsv.render(sweep), SweepHtml.render(sweep, reproduce));
        });
    }

    /** The {@code --param} arguments, or else the scenario's {@code sweep:} section. */
    private List<SweepParameter> parameters(Scenario base) throws UserError {
        if (params.isEmpty()) {
            if (base.sweep().isEmpty()) {
                throw new UserError("nothing to sweep: give --param PATH=v1,v2,... (or PATH=from..to:steps),"
                        + " or add a sweep: section to " + file);
            }
            return base.sweep();
        }
        List<SweepParameter> parsed = new ArrayList<>();
        Set<String> paths = new LinkedHashSet<>();
        for (String param : params) {
            SweepParameter parameter;
            try {
                parameter = SweepValues.parse(param);
            } catch (IllegalArgumentException e) {
                throw new UserError("--param " + param + ": " + e.getMessage());
            }
            if (!paths.add(parameter.path())) {
                throw new UserError("--param " + param + ": " + parameter.path() + " is swept twice; give all its"
                        + " values in one --param");
            }
            parsed.add(parameter);
        }
        return parsed;
    }

    private String reproduce(long usedSeed, int replications) {
        List<String> words = new ArrayList<>();
        words.add(System.getProperty(ReproduceCommand.PROGRAM_PROPERTY, ReproduceCommand.DEFAULT_PROGRAM));
        words.add("sweep");
        words.add(file);
        words.add("--seed");
        words.add(Long.toString(usedSeed));
        for (String override : overrides) {
            words.add("--set");
            words.add(override);
        }
        if (duration != null) {
            words.add("--duration");
            words.add(duration.text());
        }
        for (String param : params) {
            words.add("--param");
            words.add(param);
        }
        words.add("--replications");
        words.add(Integer.toString(replications));
        return String.join(" ", words.stream().map(ReproduceCommand::quote).toList());
    }
}
