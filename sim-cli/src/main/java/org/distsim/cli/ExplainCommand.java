package org.distsim.cli;

import org.distsim.models.docs.ScenarioExplainer;
import org.distsim.models.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code distsim explain FILE}: the scenario as the simulator understood it, without running it. */
@Command(name = "explain",
        description = {
            "Print a scenario as the simulator understood it, without running it.",
            "Shows every node and workload with every knob (defaults filled in and marked), who",
            "sends requests to whom, the fault timeline (with the undo of every duration) and the notes."
        })
final class ExplainCommand extends GuardedCommand {

    @Mixin
    private ScenarioArgs scenario = new ScenarioArgs();

    @Override
    int execute() throws UserError, ScenarioException {
        print(ScenarioExplainer.explain(scenario.load()));
        return ExitCodes.OK;
    }
}
