package org.distsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.distsim.models.scenario.BoundedText;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.ui.view.Screenshots;
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
            "File > Save faults as YAML writes a scenario that 'distsim run' replays to the same result.",
            "With --snapshot it opens no window: it renders the view at simulated time --at to a PNG,",
            "headless (no display needed), for slides and docs."
        })
final class ViewCommand extends GuardedCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario, a YAML file.")
    private String file;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed, instead of the scenario's.")
    private Long seed;

    @Option(names = "--pause-at-captions",
            description = "Stop playing at each caption of the scenario's notes:, so you can talk over it; Play goes on."
                    + " Also in the Run menu.")
    private boolean pauseAtCaptions;

    @Option(names = "--present",
            description = "Presentation mode: full screen, and everything scaled for a projector (body text 20 px at 1920x1080)."
                    + " With --snapshot: the picture a projector of that size shows. F11 or the View menu in the window.")
    private boolean present;

    @Option(names = "--font-scale", paramLabel = "FACTOR",
            description = "Scale the whole window's text and drawing by this factor, from 0.5 to 3 (default: 1);"
                    + " Ctrl +, Ctrl - and Ctrl 0 in the window.")
    private Double fontScale;

    @Option(names = "--snapshot", paramLabel = "PNG",
            description = "Render the view to this PNG file instead of opening a window; needs no display.")
    private Path snapshot;

    @Option(names = "--at", paramLabel = "TIME", converter = DurationArg.MomentConverter.class,
            description = "With --snapshot: the simulated time to show, like 30s, from 0s (the start) to the run's duration (default: its end).")
    private DurationArg at;

    @Option(names = "--size", paramLabel = "WxH", converter = SizeArg.Converter.class,
            description = "With --snapshot: the picture's size in pixels, like 1280x720 (default: 1600x900).")
    private SizeArg size;

    @Option(names = "--force", description = "With --snapshot: replace the PNG if it exists.")
    private boolean force;

    @Option(names = "--select", paramLabel = "NODE",
            description = "With --snapshot: a component to show in the inspector.")
    private String select;

    @Override
    int execute() throws UserError, ScenarioException {
        if (snapshot == null && (at != null || size != null || select != null || force)) {
            throw new UserError("--at, --size, --select and --force go with --snapshot PNG; without it the view opens a window");
        }
        if (snapshot != null && pauseAtCaptions) {
            throw new UserError("--pause-at-captions is for the window, which --snapshot PNG does not open");
        }
        double scale = fontScale == null ? 1 : fontScale;
        if (!(scale >= ViewLauncher.MIN_FONT_SCALE && scale <= ViewLauncher.MAX_FONT_SCALE)) {
            throw new UserError("--font-scale " + fontScale + ": expected a factor from " + ViewLauncher.MIN_FONT_SCALE
                    + " to " + ViewLauncher.MAX_FONT_SCALE + ", like 1.5");
        }
        Path scenarioFile = Outcomes.scenarioFile(file);
        Scenario scenario = ScenarioLoader.load(scenarioFile, List.of());
        String text;
        try {
            text = BoundedText.read(scenarioFile, Long.MAX_VALUE);
        } catch (BoundedText.Unreadable e) {
            throw new UserError(file + ": " + e.getMessage());
        }
        if (snapshot != null) {
            return snapshot(scenario, text, scale);
        }
        try {
            ViewLauncher.show(scenario, text, scenarioFile, seed, pauseAtCaptions, present, scale);
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            throw new UserError("cannot open a window (" + e.getMessage() + "): distsim view needs a display;"
                    + " set DISPLAY (with GTK 3 installed: libgtk-3-0), or run it under xvfb-run. 'distsim run " + file + "' runs it without one.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private int snapshot(Scenario scenario, String text, double scale) throws UserError {
        long end = scenario.durationNanos();
        long atNanos = at == null ? end : at.nanos();
        if (atNanos > end) {
            throw new UserError("--at " + at.text() + " is after the end of the run, at "
                    + java.math.BigDecimal.valueOf(end, 9).stripTrailingZeros().toPlainString() + "s; give a time up to it");
        }
        if (select != null && !scenario.nodes().containsKey(select) && !scenario.workloads().containsKey(select)) {
            List<String> names = new java.util.ArrayList<>(scenario.nodes().keySet());
            names.addAll(scenario.workloads().keySet());
            throw new UserError("--select " + select + ": the scenario has no node or workload of that name;"
                    + " expected one of: " + String.join(", ", names));
        }
        if (!snapshot.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new UserError("--snapshot " + snapshot + ": the picture is a PNG; name it with .png");
        }
        // Refused before the run is played to the picture's time, which takes seconds.
        OutFile.check(snapshot.toString(), force);
        SizeArg picture = size == null ? new SizeArg(1600, 900) : size;
        try {
            Screenshots.startHeadless(picture.width(), picture.height());
            Screenshots.render(scenario, text, atNanos, select, snapshot, picture.width(), picture.height(), present, scale);
        } catch (IOException e) {
            throw new UserError("cannot write " + snapshot + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while rendering " + snapshot);
        }
        println("wrote " + snapshot + " (" + picture.width() + "x" + picture.height() + ", at "
                + (at == null ? "the end of the run" : at.text()) + (present ? ", presentation mode" : "") + ")");
        return ExitCodes.OK;
    }
}
