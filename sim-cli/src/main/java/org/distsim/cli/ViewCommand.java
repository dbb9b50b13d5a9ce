package org.distsim.cli;

import java.nio.file.Path;
import java.util.List;
import org.distsim.models.scenario.BoundedText;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.ui.view.ViewLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code distsim view FILE}: the live view, a window that runs the scenario at a chosen speed.
 *
 * <p>There is no {@code --set}: File, Save faults as YAML writes a copy of the scenario file with
 * the faults made by hand, and that copy must replay the run exactly, so the run has to be the
 * file's (with at most another seed, which the copy records).
 */
@Command(name = "view",
        description = {
            "Watch a scenario run in a window: topology, moving requests, live charts, faults by hand.",
            "Opens paused at t = 0; Space plays, Right steps, Up/Down change the speed, R restarts.",
            "File > Save faults as YAML writes a scenario that 'distsim run' replays to the same result."
        })
final class ViewCommand extends GuardedCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario, a YAML file.")
    private String file;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed, instead of the scenario's.")
    private Long seed;

    @Override
    int execute() throws UserError, ScenarioException {
        Path scenarioFile = Outcomes.scenarioFile(file);
        Scenario scenario = ScenarioLoader.load(scenarioFile, List.of());
        String text;
        try {
            text = BoundedText.read(scenarioFile, Long.MAX_VALUE);
        } catch (BoundedText.Unreadable e) {
            throw new UserError(file + ": " + e.getMessage());
        }
        try {
            ViewLauncher.show(scenario, text, scenarioFile, seed);
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            throw new UserError("cannot open a window (" + e.getMessage() + "): distsim view needs a display;"
                    + " set DISPLAY (with GTK 3 installed: libgtk-3-0), or run it under xvfb-run. 'distsim run " + file + "' runs it without one.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
