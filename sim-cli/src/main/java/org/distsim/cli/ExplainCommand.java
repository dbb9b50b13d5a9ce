package org.distsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioExplainer;
import org.distsim.models.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code distsim explain FILE}: the scenario as the simulator understood it, without running it. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Print a scenario as the simulator understood it, without running it.",
            "Shows every node and workload with every knob (defaults filled in and marked), who",
            "sends requests to whom, the fault timeline (with the undo of every duration) and the notes."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.BAD_INPUT_HELP, ExitCodes.INTERNAL_HELP})
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    private Distsim parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario, a YAML file.")
    private String file;

    @Option(names = "--experiment", paramLabel = "EXP",
            description = "An experiment file read over the scenario: see docs/scenario-format.md.")
    private String experiment;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one scenario value by its dotted path first. Repeatable.")
    private List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() {
        return Outcomes.guard(spec, parent.debug(), this::execute);
    }

    private int execute() throws UserError, ScenarioException {
        Scenario scenario = ScenarioLoader.load(Outcomes.scenarioFile(file), Outcomes.experimentFile(experiment),
                List.copyOf(overrides));
        spec.commandLine().getOut().print(ScenarioExplainer.explain(scenario));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
