package org.distsim.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.distsim.cli.batch.BatchRunner;
import org.distsim.cli.batch.DesignPoints;
import org.distsim.cli.batch.LocalRuns;
import org.distsim.cli.batch.Progress;
import org.distsim.cli.batch.RunExecutor;
import org.distsim.cli.batch.TerminalProgress;
import org.distsim.models.scenario.Problem;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioFacts;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.SourceReader;
import org.distsim.models.scenario.SweepParameter;
import org.distsim.models.scenario.SweepValues;
import org.distsim.reports.batch.BatchCsv;
import org.distsim.reports.batch.BatchJson;
import org.distsim.reports.batch.BatchText;
import org.distsim.reports.batch.ReplicationSummary;
import org.distsim.reports.batch.SweepHtml;
import org.distsim.reports.batch.SweepResult;
import org.distsim.reports.batch.Theory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code distsim sweep FILE --param PATH=v1,v2,...} (or {@code NAME=PATH,PATH=v1,v2,...}): runs the scenario at every point of the cross
 * product of the parameters' values, each with the same replications (common random numbers), and
 * reports each figure against the parameters as mean and 95 % confidence half-width.
 *
 * <p>Every design point is loaded (and so validated) before the first run starts: a bad path or
 * value is reported like a bad {@code --set}, with exit code 2, instead of after an hour of runs.
 */
@Command(name = "sweep",
        description = {
            "Run a scenario over a grid of parameter values, with replications.",
            "Reports each figure against the parameters as mean +/- 95%% confidence half-width;",
            "replication r uses the same random streams at every point (common random numbers).",
            "Without --param, the scenario's sweep: section says what to vary.",
            "With --cluster HOST:PORT the runs go to the workers of a cluster (distsim worker); same output."
        },
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.BAD_INPUT_HELP, ExitCodes.INTERNAL_HELP,
            ExitCodes.INTERRUPTED_HELP})
final class SweepCommand extends GuardedCommand {

    static final List<String> FORMATS = List.of("text", "json", "csv", "html");

    @Mixin
    private ScenarioArgs scenario = new ScenarioArgs();

    @Option(names = "--param", paramLabel = "PATH=VALUES",
            description = "A parameter to sweep, by its --set path: PATH=v1,v2,... or PATH=from..to:steps"
                    + " (e.g. workloads.clients.rate=500/s..950/s:10); or several paths set together to the same"
                    + " value, under a name reports show: NAME=PATH,PATH,...=VALUES (e.g."
                    + " cache-size=nodes.c1.capacity,nodes.c2.capacity=1000,5000). Repeatable; replaces the"
                    + " scenario's sweep:.")
    private List<String> params = new ArrayList<>();

    @Mixin
    private BatchOptions batch = new BatchOptions();

    @Mixin
    private SeedDurationArgs run = new SeedDurationArgs();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print: text, json, csv or html (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE|DIR",
            description = "Write FILE (in --format, or without it in the format its extension names: .txt, .json,"
                    + " .csv, .html) instead of stdout; or, when the path ends with /, is an existing directory or"
                    + " has no extension, write sweep.txt, sweep.json, sweep.csv and sweep.html into DIR.")
    private String out;

    @Option(names = "--force", description = "Let --out replace existing files, and run a point whose estimated"
            + " events or memory exceed a run's budget (see docs/scenario-format.md, \"Budgets and limits\").")
    private boolean force;

    @Override
    int execute() throws UserError, ScenarioException {
        scenario.path();
        int replications = batch.replications(1);
        int threads = batch.threads();
        ClusterTarget cluster = batch.cluster(environment());
        SourceReader reader = cluster == null ? SourceReader.FILES : cluster.reader();
        BatchSession session = new BatchSession(spec, "sweep",
                OutFile.chosenFormat(spec, format.toLowerCase(java.util.Locale.ROOT), out, FORMATS), FORMATS, out, force);
        Scenario base = scenario.load(List.of(), reader);
        List<SweepParameter> parameters = parameters(base);
        List<List<String>> points;
        try {
            points = DesignPoints.of(parameters);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        List<Scenario> scenarios = new ArrayList<>(points.size());
        List<List<String>> pointOverrides = new ArrayList<>(points.size());
        for (List<String> point : points) {
            List<String> overrides = DesignPoints.overrides(parameters, point);
            try {
                scenarios.add(scenario.load(overrides, reader));
            } catch (ScenarioException e) {
                throw new UserError(blame(parameters, e) + "at the sweep point " + String.join(" ", overrides) + ":\n"
                        + e.getMessage());
            }
            pointOverrides.add(overrides);
        }
        // Theory is computed before the runs, from the same loaded points: it costs milliseconds.
        List<Theory.Set> theories = scenarios.stream().map(Theories::of).toList();
        List<SweepResult.CurvePoint> curve = TheoryCurve.of(scenario, parameters, points);
        for (Scenario point : scenarios) {
            run.check(point, force);
        }
        RunExecutor executor = cluster == null ? new LocalRuns(scenarios, run.options(), replications, threads)
                : cluster.connect(scenario, pointOverrides, run.options(), replications, spec.commandLine().getErr());
        BatchRunner runner = new BatchRunner(points.size(), replications, executor);
        long usedSeed = run.seed(base);
        String reproduce = reproduce(usedSeed, replications);
        Progress progress = TerminalProgress.create("sweep", runner.total(), batch.noProgress, System::getenv);
        List<String> names = parameters.stream().map(SweepParameter::name).toList();
        return session.run(runner, progress, () -> {
            List<SweepResult.Point> results = new ArrayList<>(points.size());
            for (int p = 0; p < points.size(); p++) {
                Scenario point = scenarios.get(p);
                results.add(new SweepResult.Point(points.get(p), ReplicationSummary.of(runner.results(p), replications,
                        point.name(), usedSeed, run.end(point), run.warmup(point)), theories.get(p)));
            }
            SweepResult sweep = new SweepResult(base.name(), usedSeed, replications, names, results,
                    ScenarioFacts.objectives(base), curve);
            return new BatchSession.Documents(BatchText.render(sweep, reproduce), BatchJson.render(sweep),
                    BatchCsv.render(sweep), SweepHtml.render(sweep, reproduce));
        });
    }

    /** The {@code --param} arguments, or else the scenario's {@code sweep:} section. */
    private List<SweepParameter> parameters(Scenario base) throws UserError {
        if (params.isEmpty()) {
            if (base.sweep().isEmpty()) {
                throw new UserError("nothing to sweep: give --param PATH=v1,v2,... (or PATH=from..to:steps),"
                        + " or add a sweep: section to " + scenario.file());
            }
            return base.sweep();
        }
        List<SweepParameter> parsed = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> paths = new LinkedHashSet<>();
        for (String param : params) {
            SweepParameter parameter;
            try {
                parameter = SweepValues.parse(param);
            } catch (IllegalArgumentException e) {
                throw new UserError("--param " + param + ": " + e.getMessage());
            }
            for (String path : parameter.paths()) {
                if (!paths.add(path)) {
                    throw new UserError("--param " + param + ": " + path + " is swept twice; give all its"
                            + " values in one --param");
                }
            }
            if (!names.add(parameter.name())) {
                throw new UserError("--param " + param + ": the name " + parameter.name() + " is used twice;"
                        + " give each parameter a name of its own");
            }
            parsed.add(parameter);
        }
        return parsed;
    }

    /**
     * The {@code --param} argument whose path a point's problem lies in, as a prefix of the error
     * ({@code "--param ARG: "}), so a wrong path among several set together is traced to the
     * argument that names it; empty for the file's {@code sweep:} (its paths are checked at their
     * line when the file loads) or a problem of the scenario itself.
     */
    private String blame(List<SweepParameter> parameters, ScenarioException e) {
        if (params.isEmpty()) {
            return "";
        }
        for (Problem problem : e.problems()) {
            if (!problem.file().startsWith("--set ")) {
                continue;
            }
            String argument = problem.file().substring("--set ".length());
            String path = argument.substring(0, Math.max(0, argument.indexOf('='))).strip();
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i).paths().contains(path)) {
                    return "--param " + params.get(i) + ": ";
                }
            }
        }
        return "";
    }

    @Override
    String reproduce(long seed) {
        return reproduce(seed, batch.replications == null ? 1 : batch.replications);
    }

    private String reproduce(long usedSeed, int replications) {
        List<String> words = ReproduceCommand.words("sweep", scenario.file(), scenario.experiment(), usedSeed, scenario.overrides(),
                run.duration());
        for (String param : params) {
            words.add("--param");
            words.add(param);
        }
        words.add("--replications");
        words.add(Integer.toString(replications));
        return ReproduceCommand.join(words);
    }
}
