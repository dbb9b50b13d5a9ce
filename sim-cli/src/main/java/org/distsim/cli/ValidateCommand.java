package org.distsim.cli;

import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code distsim validate FILE}: loads and checks a scenario without running it. */
@Command(name = "validate",
        description = {
            "Check a scenario without running it.",
            "Prints FILE: ok (N nodes, M workloads), or every problem found, with its line and column."
        })
final class ValidateCommand extends GuardedCommand {

    @Mixin
    private ScenarioArgs scenario = new ScenarioArgs();

    @Override
    int execute() throws UserError, ScenarioException {
        Scenario loaded = scenario.load();
        println(scenario.file() + ": ok (" + count(loaded.nodes().size(), "node") + ", "
                + count(loaded.workloads().size(), "workload") + ")");
        ScenarioArgs.warn(spec.commandLine().getErr(), loaded);
        return ExitCodes.OK;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
