package org.distsim.cli;

import org.distsim.models.docs.ScenarioExplainer;
import org.distsim.models.forecast.Forecast;
import org.distsim.models.forecast.ForecastText;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code distsim explain FILE}: the scenario as the simulator understood it, without running it,
 * then its static forecast (offered load and utilisation per node, closed-form predictions where
 * their assumptions hold, the predicted bottleneck).
 */
@Command(name = "explain",
        description = {
            "Print a scenario as the simulator understood it, without running it.",
            "Shows every node and workload with every knob (defaults filled in and marked), who",
            "sends requests to whom, the fault timeline (with the undo of every duration) and the notes;",
            "then a static forecast: the requests offered to each node and its load, the closed-form",
            "queueing model where its assumptions hold (M/M/c, M/M/c/K, M/D/1, M/G/1; LRU hit ratios by",
            "Che's approximation) with the assumptions listed, the reason where none applies, each",
            "workload's predicted latency, and the bottleneck. The forecast is the steady state without faults."
        })
final class ExplainCommand extends GuardedCommand {

    @Mixin
    private ScenarioArgs scenario = new ScenarioArgs();

    @Override
    int execute() throws UserError, ScenarioException {
        Scenario loaded = scenario.load();
        print(ScenarioExplainer.explain(loaded) + ForecastText.render(Forecast.of(loaded)));
        return ExitCodes.OK;
    }
}
