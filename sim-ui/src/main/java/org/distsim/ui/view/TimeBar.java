package org.distsim.ui.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.models.scenario.Scenario;
import org.distsim.reports.AtomicFiles;
import org.distsim.ui.live.Branch;
import org.distsim.ui.live.Command;
import org.distsim.ui.live.FaultYaml;
import org.distsim.ui.live.Rewind;
import org.distsim.ui.live.Snapshot;

/**
 * The time slider and the branches: drag or click the track to go to a time (back is a headless
 * replay from t = 0, so it shows exactly what the run had there), step back and forward by a chosen
 * interval (← →, Home for t = 0), see which branch is shown ("branch B from 42.0 s"), switch to
 * another, and save any branch as a {@code faults:} timeline or as a whole scenario.
 */
final class TimeBar extends HBox {

    /** The intervals ← and → step by, in seconds. */
    static final List<Double> INTERVALS = List.of(0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0);

    private static final double BRANCH_LABEL_WIDTH = 250;

    private final String scenarioText;
    private final Path scenarioFile;
    private final long seed;
    private final Consumer<Command> commands;
    private final TimeTrack track;
    private final ComboBox<Double> interval = new ComboBox<>(FXCollections.observableArrayList(INTERVALS));
    private final Label branch = new Label();
    private final MenuButton branches = new MenuButton("Branches");
    private Snapshot latest;
    /**
     * What the branch menu was built for: each branch's name and number of faults, and which is
     * shown. Not the branches themselves, whose reached time changes with every snapshot while
     * playing: rebuilding then would close an open menu thirty times a second.
     */
    private String menuFor = "";

    /**
     * @param scenarioText the scenario's YAML, for saving a branch as a whole scenario
     * @param scenarioFile where it came from (the default place to save), or null
     * @param seed         the seed in force, written into a saved scenario
     * @param commands     where seeks and branch switches go (the simulation thread's queue)
     */
    TimeBar(Scenario scenario, String scenarioText, Path scenarioFile, long seed, Consumer<Command> commands) {
        this.scenarioText = scenarioText;
        this.scenarioFile = scenarioFile;
        this.seed = seed;
        this.commands = commands;
        this.track = new TimeTrack(at -> commands.accept(new Command.Seek(at)));
        setId("time-bar");
        getStyleClass().add("time-bar");
        getStylesheets().add(TimeBar.class.getResource("timebar.css").toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        interval.setId("time-interval");
        interval.setValue(defaultInterval(scenario.durationNanos()));
        interval.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double seconds) {
                return seconds == null ? "" : "± " + secondsText(seconds);
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        interval.setTooltip(new Tooltip("How far ← and → go"));
        branch.setId("branch");
        branch.getStyleClass().add("branch");
        // A fixed width: the track must not move under the pointer when the text changes during a replay.
        branch.setMinWidth(BRANCH_LABEL_WIDTH);
        branch.setPrefWidth(BRANCH_LABEL_WIDTH);
        branches.setId("branches");
        HBox.setHgrow(track, Priority.ALWAYS);
        getChildren().addAll(button("|◀", "rewind-start", "Back to t = 0 (Home)", this::home),
                button("◀", "step-back", "Back by the interval (←)", this::back), interval,
                button("▶", "step-forward", "On by the interval (→)", this::forward), track, branch, branches);
        for (var child : getChildren()) {
            child.setFocusTraversable(false);
        }
        // The keys work wherever the focus is, like the window's own (LiveWindow.shortcut).
        sceneProperty().addListener((property, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
            }
        });
    }

    /** ← and → back and on by the interval, Home to t = 0; without a modifier, which belongs to menus and zoom. */
    private void key(KeyEvent event) {
        KeyCode code = event.getCode();
        if (event.isShortcutDown() || event.isAltDown()
                || code != KeyCode.LEFT && code != KeyCode.RIGHT && code != KeyCode.HOME) {
            return;
        }
        event.consume();
        step(code == KeyCode.HOME ? 0 : code == KeyCode.LEFT ? -1 : 1);
    }

    /** The largest interval of the ladder at most a twentieth of the run, so that ← → cross it in about twenty steps. */
    static double defaultInterval(long durationNanos) {
        double seconds = durationNanos / 1e9 / 20;
        double chosen = INTERVALS.get(0);
        for (double step : INTERVALS) {
            if (step <= seconds) {
                chosen = step;
            }
        }
        return chosen;
    }

    /** The keys: back to t = 0 (Home) for 0, back by the interval (←) for -1, on by it (→) for +1. */
    void step(int direction) {
        if (direction == 0) {
            home();
        } else if (direction < 0) {
            back();
        } else {
            forward();
        }
    }

    /**
     * Whether the view's load spike is on after {@code recorded} (hand-made faults in time order): the
     * last spike it made multiplies the load, rather than setting it back to 1. A rewind can land
     * on either side of a spike, so the toggle button reads this rather than remembering.
     */
    static boolean spiking(List<ScheduledFault> recorded) {
        boolean on = false;
        for (ScheduledFault fault : recorded) {
            if (fault.fault() instanceof Fault.LoadSpike spike) {
                on = spike.factor() != 1;
            }
        }
        return on;
    }

    /** Back to t = 0 of the shown branch, its hand-made faults still to come. */
    void home() {
        commands.accept(new Command.Seek(0));
    }

    /** Back by the chosen interval. */
    void back() {
        commands.accept(new Command.Seek(Math.max(0, shownTime() - intervalNanos())));
    }

    /** On by the chosen interval. */
    void forward() {
        commands.accept(new Command.Seek(shownTime() + intervalNanos()));
    }

    /** Where the view is, or is heading while a replay is under way, so that repeated keys add up. */
    private long shownTime() {
        if (latest == null) {
            return 0;
        }
        Long seeking = latest.rewind().seekingNanos();
        return seeking != null ? seeking : latest.nowNanos();
    }

    private long intervalNanos() {
        return Math.round(interval.getValue() * 1e9);
    }

    /**
     * Shows the snapshot's time, branch and replay progress. Call on the JavaFX thread.
     *
     * @return whether the view's load spike is on at this time of this branch ({@link #spiking}),
     *     for the spike button, which a rewind can take to either side of a spike
     */
    boolean render(Snapshot snapshot) {
        latest = snapshot;
        track.render(snapshot);
        Rewind rewind = snapshot.rewind();
        branch.setText(rewind.seeking()
                ? String.format(Locale.ROOT, "replaying to %.1f s: %.0f %%", rewind.seekingNanos() / 1e9, 100 * rewind.progress())
                : rewind.branch().label());
        StringBuilder key = new StringBuilder().append(rewind.current());
        rewind.branches().forEach(one -> key.append(' ').append(one.name()).append(one.faults().size()));
        if (!key.toString().equals(menuFor)) {
            menuFor = key.toString();
            rebuildMenu(rewind);
        }
        return spiking(snapshot.recorded());
    }

    private void rebuildMenu(Rewind rewind) {
        branches.getItems().clear();
        for (int i = 0; i < rewind.branches().size(); i++) {
            Branch one = rewind.branches().get(i);
            MenuItem show = new MenuItem("Show it, replayed to the time shown now");
            show.setDisable(i == rewind.current());
            show.setOnAction(e -> commands.accept(new Command.SwitchBranch(one.name())));
            MenuItem timeline = new MenuItem("Save its faults as a timeline…");
            timeline.setOnAction(e -> chooseAndSave(one, false));
            MenuItem whole = new MenuItem("Save it as a scenario…");
            whole.setOnAction(e -> chooseAndSave(one, true));
            String faults = one.faults().size() == 1 ? "1 fault" : one.faults().size() + " faults";
            Menu menu = new Menu((i == rewind.current() ? "● " : "   ") + one.label() + " · " + faults, null, show,
                    timeline, whole);
            menu.setId("branch-" + one.name());
            branches.getItems().add(menu);
        }
    }

    private void chooseAndSave(Branch one, boolean wholeScenario) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(wholeScenario ? "Save branch " + one.name() + " as a scenario" : "Save branch " + one.name() + "'s faults");
        String base = scenarioFile == null ? "scenario" : scenarioFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        chooser.setInitialFileName(base + "-branch-" + one.name() + (wholeScenario ? ".yaml" : "-faults.yaml"));
        if (scenarioFile != null && scenarioFile.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(scenarioFile.toAbsolutePath().getParent().toFile());
        }
        var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            try {
                save(one, file.toPath(), wholeScenario);
                branch.setText("saved " + file.getName());
            } catch (IOException e) {
                branch.setText("could not save: " + e.getMessage());
            }
        }
    }

    /**
     * Writes branch {@code one}: as a whole scenario (the original with the branch's faults appended
     * to its timeline, and the seed), which {@code distsim run} replays to the bytes the view had on
     * that branch; or as just its {@code faults:} timeline. Replaces {@code file}.
     */
    void save(Branch one, Path file, boolean wholeScenario) throws IOException {
        String text = wholeScenario ? FaultYaml.scenarioWithFaults(scenarioText, one.faults(), seed)
                : FaultYaml.timeline(one.faults());
        AtomicFiles.write(file, text, true);
    }

    private Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static String secondsText(double seconds) {
        return seconds == Math.rint(seconds) ? String.format(Locale.ROOT, "%.0f s", seconds)
                : String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
