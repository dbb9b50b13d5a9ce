package org.distsim.ui.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioFacts;
import org.distsim.reports.AtomicFiles;
import org.distsim.ui.live.Command;
import org.distsim.ui.live.FaultYaml;
import org.distsim.ui.live.Flight;
import org.distsim.ui.live.Mode;
import org.distsim.ui.live.PartitionTracker;
import org.distsim.ui.live.SimDriver;
import org.distsim.ui.live.Snapshot;
import org.distsim.ui.live.Speed;
import org.distsim.ui.model.Captions;
import org.distsim.ui.model.DotField;
import org.distsim.ui.model.Topology;

/**
 * The live view's window: header with the scenario and the clock, controls, caption, topology,
 * inspector, charts and legend. It renders whatever snapshot it is given and sends commands to a
 * sink; it holds no simulation state, so it can be driven by the simulation thread
 * ({@link #attach}) or frame by frame (the screenshot tool).
 */
public final class LiveWindow {

    private static final long DOT_CROSSING_NANOS = 900_000_000L;

    private final Scenario scenario;
    private final String scenarioText;
    private final Path scenarioFile;
    private final long seed;
    private final Consumer<Command> commands;
    private final DesignPicker picker;
    private final EndCardPane endCard = new EndCardPane();
    /** Run menu: stop playing at each caption of the scenario's {@code notes:}. */
    private final CheckMenuItem pauseAtCaptions = new CheckMenuItem("Pause at each caption");
    private final Captions captions;
    private final DotField dotField = new DotField(6, 160, DOT_CROSSING_NANOS);
    private final Set<String> linksChecked = new HashSet<>();
    private final BorderPane root = new BorderPane();
    private final ScrollPane side = new ScrollPane();
    private final TopologyPane topology;
    private final InspectorPane inspector;
    private final ChartsPane charts;
    private final TimeBar timeBar;
    private final Presentation presentation;
    private final Label clock = new Label();
    private final Label status = new Label();
    private final Label speed = new Label();
    private final Label achieved = new Label();
    private final Label caption = new Label();
    private final Label sampling = new Label();
    private final Button play = button("▶ Play", "play", new Command.TogglePlay());
    /** Multiplies every workload's load by {@link #SPIKE_FACTOR} until pressed again. */
    private final Button spike = new Button("Spike ×3");
    private Snapshot latest;
    private long lastWall;
    private int partitionsMade;

    /**
     * @param scenario      the scenario being run
     * @param scenarioText  its YAML, for saving the fault timeline into a copy of it
     * @param scenarioFile  where it came from (the default place to save), or null
     * @param seed          the seed in force
     * @param commands      where user actions go (the simulation thread's queue)
     */
    public LiveWindow(Scenario scenario, String scenarioText, Path scenarioFile, long seed, Consumer<Command> commands) {
        this.scenario = scenario;
        this.scenarioText = scenarioText;
        this.scenarioFile = scenarioFile;
        this.seed = seed;
        this.commands = commands;
        this.captions = new Captions(scenario.notes());
        this.inspector = new InspectorPane(scenario, () -> select(null));
        this.topology = new TopologyPane(Topology.of(scenario), this::select, commands);
        this.charts = new ChartsPane(scenario, ScenarioFacts.of(scenario, scenario.durationNanos()));
        this.timeBar = new TimeBar(scenario, scenarioText, scenarioFile, seed, commands);
        this.presentation = new Presentation(root, topology::setRenderScale);
        this.picker = new DesignPicker(List.copyOf(scenario.workloads().keySet()), charts::toggle);
        picker.watch(topology);
        build();
    }

    /** Stops (or no longer stops) playing at each caption, as the Run menu's check item does. */
    public void pauseAtCaptions(boolean on) {
        pauseAtCaptions.setSelected(on);
        commands.accept(new Command.PauseAtCaptions(on));
    }

    public Parent root() {
        return root;
    }

    /** Shows the window on {@code stage}, rendering each new snapshot of the driver; no pulses while nothing changes. */
    public FramePacer attach(Stage stage, SimDriver driver) {
        // 1600 x 900 (a projector's 16:9), or less on a smaller screen.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(scene(Math.min(1600, screen.getWidth()), Math.min(900, screen.getHeight())));
        stage.setTitle("distsim view: " + scenario.name());
        FramePacer pacer = new FramePacer(now -> frame(driver.latest(), now));
        driver.onPublish(pacer::wake);
        render(driver.latest(), System.nanoTime());
        pacer.wake();
        stage.show();
        return pacer;
    }

    /**
     * One pulse of the animation timer: renders {@code next} unless nothing on screen would change
     * (the same snapshot, no dot still crossing). A paused or finished run then costs no drawing at
     * all, where it used to redraw the whole window sixty times a second.
     *
     * @return whether it rendered
     */
    boolean frame(Snapshot next, long wallNanos) {
        if (next == latest && !dotField.animating(wallNanos)) {
            return false;
        }
        render(next, wallNanos);
        return true;
    }

    /** A scene of the given size holding the window, with its style sheet and keyboard shortcuts. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(presentation.pane(), width, height);
        presentation.install(scene);
        scene.getStylesheets().add(LiveWindow.class.getResource("live.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, picker::key);
        return scene;
    }

    private void build() {
        root.setId("live-root");
        Label title = new Label(scenario.name());
        title.setId("title");
        title.getStyleClass().add("title");
        Label description = new Label(scenario.description());
        description.setId("description");
        description.getStyleClass().add("description");
        description.setWrapText(true);
        VBox names = new VBox(2, title, description);
        HBox.setHgrow(names, Priority.ALWAYS);
        clock.setId("clock");
        clock.getStyleClass().add("clock");
        status.setId("status");
        status.getStyleClass().add("status");
        VBox time = new VBox(2, clock, status);
        time.setAlignment(Pos.CENTER_RIGHT);
        time.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(names, time);
        header.getStyleClass().add("header");

        speed.setId("speed");
        speed.getStyleClass().add("speed");
        achieved.setId("achieved");
        achieved.getStyleClass().add("achieved");
        // Never cut to "1x...": the speeds are the point of these labels.
        speed.setMinWidth(Region.USE_PREF_SIZE);
        achieved.setMinWidth(Region.USE_PREF_SIZE);
        sampling.setId("sampling");
        sampling.getStyleClass().add("sampling");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button partition = new Button("Partition…");
        partition.setId("partition");
        partition.setOnAction(e -> partition());
        Button heal = new Button("Heal");
        heal.setId("heal");
        heal.setOnAction(e -> healAll());
        spike.setId("spike");
        spike.setOnAction(e -> toggleSpike());
        Button save = new Button("Save faults…");
        save.setId("save");
        save.setOnAction(e -> chooseAndSave());
        HBox toolbar = new HBox(play, button("Step", "step", new Command.Step()),
                button("−", "slower", new Command.ChangeSpeed(-1)), speed, button("+", "faster", new Command.ChangeSpeed(1)), achieved,
                button("Max", "max", new Command.SetSpeed(Speed.MAX)), button("Restart", "restart", new Command.Restart()),
                new Separator(javafx.geometry.Orientation.VERTICAL), partition, heal, spike, save, spring, shortcuts());
        toolbar.getStyleClass().add("toolbar");
        for (var node : toolbar.getChildren()) {
            node.setFocusTraversable(false);
            if (node instanceof Button b) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
        }

        caption.setId("caption");
        caption.getStyleClass().add("caption");
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setWrapText(true);
        CaptionFit.install(caption, scenario.notes().stream().map(org.distsim.models.scenario.Note::text).toList());

        VBox above = new VBox(presentation.chrome(menuBar()), header, toolbar, timeBar, caption);
        root.setTop(above);
        // The end card floats over the topology, which keeps its size and place under it.
        StackPane centre = new StackPane(topology, endCard);
        StackPane.setAlignment(endCard, Pos.CENTER);
        root.setCenter(centre);
        side.setFitToWidth(true);
        side.setPrefWidth(340);
        side.setFocusTraversable(false);
        // The inspector takes room from the topology only while a component is selected.
        root.setRight(null);
        var legend = Legend.bar(sampling);
        ChartRoom.install(root, above, legend, topology, endCard, charts, 250 - (topology.topology().roomy() ? Topology.ROOM : 0));
        charts.setMinHeight(200);
        root.setBottom(new VBox(charts, legend));
    }

    private Button button(String text, String id, Command command) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> commands.accept(command));
        return button;
    }

    private MenuBar menuBar() {
        MenuItem save = new MenuItem("Save faults as YAML…");
        save.setId("menu-save");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> chooseAndSave());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> {
            if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
                stage.close();
            }
        });
        Menu file = new Menu("File", null, save, quit);
        MenuItem playPause = action("Play / pause   (Space)", new Command.TogglePlay());
        MenuItem step = action("Step one event   (N)", new Command.Step());
        MenuItem faster = action("Faster   (↑)", new Command.ChangeSpeed(1));
        MenuItem slower = action("Slower   (↓)", new Command.ChangeSpeed(-1));
        MenuItem max = action("As fast as possible   (M)", new Command.SetSpeed(Speed.MAX));
        MenuItem restart = action("Restart from t = 0   (R)", new Command.Restart());
        pauseAtCaptions.setId("menu-pause-at-captions");
        pauseAtCaptions.setOnAction(e -> commands.accept(new Command.PauseAtCaptions(pauseAtCaptions.isSelected())));
        Menu run = new Menu("Run", null, playPause, step, faster, slower, max, restart, pauseAtCaptions);
        MenuItem partition = new MenuItem("Partition…   (P)");
        partition.setOnAction(e -> partition());
        MenuItem heal = new MenuItem("Heal all partitions   (H)");
        heal.setOnAction(e -> healAll());
        Menu faults = new Menu("Faults", null, partition, heal);
        Menu help = new Menu("Help");
        KEYS.forEach(line -> help.getItems().add(new MenuItem(line)));
        return new MenuBar(file, run, faults, presentation.menu(), help);
    }

    private MenuItem action(String text, Command command) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> commands.accept(command));
        return item;
    }

    /** Every key and mouse gesture of the window, one a line: the Help menu and the hint's tooltip. */
    private static final List<String> KEYS = List.of("Space: play / pause", "N: step one event", "↑ ↓: faster / slower", "M: as fast as possible",
            "← →: back / on by the time bar's interval (back replays the run)", "Home: back to t = 0", "Drag the time bar: go to a time",
            "R: restart from t = 0", "P: partition…", "H: heal all partitions", "S: load spike ×3", "1-9 or click a client box: hide / show that design",
            "F11: presentation mode · Ctrl + / Ctrl − / Ctrl 0: zoom", "Click a box: inspect it", "Right-click a box: crash, restart, slow it");

    /** A short hint that fits the toolbar at 1600 px; the full list is in its tooltip and the Help menu. */
    private static Label shortcuts() {
        Label keys = new Label("Space play · ← → time · ↑↓ speed · right-click: faults · Help: all keys");
        keys.getStyleClass().add("shortcuts");
        keys.setMinWidth(0);
        keys.setTooltip(new Tooltip(String.join("\n", KEYS)));
        return keys;
    }

    private void shortcut(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        KeyCode code = event.getCode();
        Command command = switch (code) {
            case SPACE, PAGE_UP -> new Command.TogglePlay();
            case PAGE_DOWN, N -> new Command.Step();
            case UP, PLUS, EQUALS, ADD -> new Command.ChangeSpeed(1);
            case DOWN, MINUS, SUBTRACT -> new Command.ChangeSpeed(-1);
            case M -> new Command.SetSpeed(Speed.MAX);
            case R -> new Command.Restart();
            default -> null;
        };
        if (command != null) {
            commands.accept(command);
            event.consume();
        } else if (code == KeyCode.P) {
            event.consume();
            partition();
        } else if (code == KeyCode.H) {
            event.consume();
            healAll();
        } else if (code == KeyCode.S) {
            event.consume();
            toggleSpike();
        } else if (code == KeyCode.ESCAPE) {
            event.consume();
            select(null);
        }
    }

    private void select(String component) {
        inspector.select(component);
        side.setContent(inspector);
        root.setRight(component == null ? null : side);
        if (latest != null) {
            render(latest, lastWall);
        }
    }

    private void partition() {
        String name = nextPartitionName();
        PartitionDialog.ask(topology.topology(), name).ifPresent(p -> {
            partitionsMade++;
            commands.accept(new Command.Inject(p));
        });
    }

    /** "ui-1", "ui-2", ...: never a name the scenario's timeline or an earlier hand-made partition uses. */
    String nextPartitionName() {
        Set<String> used = new LinkedHashSet<>(PartitionTracker.partitionNames(scenario.faults()));
        if (latest != null) {
            used.addAll(PartitionTracker.partitionNames(latest.recorded()));
        }
        int n = partitionsMade + 1;
        while (used.contains("ui-" + n)) {
            n++;
        }
        return "ui-" + n;
    }

    private static final double SPIKE_FACTOR = 3;

    /** A load spike on every workload, recorded like any fault so that a saved timeline replays it. */
    private void toggleSpike() {
        boolean spiking = latest == null || !TimeBar.spiking(latest.recorded());
        double factor = spiking ? SPIKE_FACTOR : 1;
        scenario.workloads().keySet().forEach(w -> commands.accept(new Command.Inject(new Fault.LoadSpike(w, factor))));
        spike.setText(spiking ? "End spike" : "Spike ×3");
    }

    private void healAll() {
        if (latest != null) {
            latest.partitions().keySet().forEach(name -> commands.accept(new Command.Inject(new Fault.Heal(name))));
        }
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save faults as YAML");
        String base = scenarioFile == null ? "scenario" : scenarioFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        chooser.setInitialFileName(base + "-faults.yaml");
        if (scenarioFile != null && scenarioFile.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(scenarioFile.toAbsolutePath().getParent().toFile());
        }
        var file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            try {
                saveFaults(file.toPath());
                status.setText("saved " + file.getName() + "; replay: ./distsim run " + file.getName());
            } catch (IOException e) {
                status.setText("could not save: " + e.getMessage());
            }
        }
    }

    /**
     * Writes a copy of the scenario with the faults made by hand appended to its timeline and the
     * run's seed, which {@code distsim run} replays to the same result. Replaces {@code file} (the
     * file chooser has asked).
     */
    public void saveFaults(Path file) throws IOException {
        List<ScheduledFault> recorded = latest == null ? List.of() : latest.rewind().branch().faults();
        AtomicFiles.write(file, FaultYaml.scenarioWithFaults(scenarioText, recorded, seed), true);
    }

    /** Shows a snapshot; {@code wallNanos} animates the dots. Call on the JavaFX thread. */
    public void render(Snapshot snapshot, long wallNanos) {
        latest = snapshot;
        lastWall = wallNanos;
        dotField.update(snapshot, wallNanos);
        Topology shown = topology.topology();
        Topology current = shown;
        for (Flight flight : snapshot.recent()) {
            if (linksChecked.add(flight.from() + "\n" + flight.to())) {
                current = current.withLink(flight.from(), flight.to());
            }
        }
        if (current != shown) {
            topology.setTopology(current);
        }
        topology.render(snapshot, dotField.dots(wallNanos), inspector.selected());
        charts.render(snapshot);
        spike.setText(timeBar.render(snapshot) ? "End spike" : "Spike ×3");
        inspector.render(snapshot);
        endCard.show(snapshot.endCard(), snapshot.run());
        clock.setText(clockText(snapshot));
        speed.setText(Speed.label(snapshot.speed()) + " asked");
        showAchieved(snapshot);
        play.setText(snapshot.mode() == Mode.PLAYING ? "■ Pause" : "▶ Play");
        String line = switch (snapshot.mode()) {
            case PLAYING -> "playing";
            case PAUSED -> "paused";
            case FINISHED -> "finished";
        };
        line += String.format(Locale.ROOT, " · %,d events · seed %d", snapshot.events(), seed);
        if (!snapshot.message().isEmpty()) {
            line += " · " + snapshot.message();
        }
        status.setText(line);
        String text = captions.at(snapshot.nowNanos());
        caption.setText(text);
        // Hidden but still laid out when there is no caption, so the topology does not jump.
        caption.setVisible(!text.isEmpty());
        sampling.setText("dots: " + dotField.samplingNote());
    }

    /** The speed achieved beside the speed asked for, always (Speed.achievedNote); red and bold when the run lags. */
    private void showAchieved(Snapshot snapshot) {
        Double at = snapshot.achieved();
        achieved.setText(Speed.achievedNote(snapshot.mode(), snapshot.speed(), at));
        achieved.getStyleClass().remove("lagging");
        if (snapshot.mode() == Mode.PLAYING && at != null && Speed.lagging(snapshot.speed(), at)) {
            achieved.getStyleClass().add("lagging");
        }
    }

    /** "t = 12.35 s / 30 s"; finer while paused, where single steps move the clock by microseconds. */
    static String clockText(Snapshot snapshot) {
        double now = snapshot.nowNanos() / 1e9;
        double end = snapshot.endNanos() / 1e9;
        String format = snapshot.mode() == Mode.PAUSED ? "t = %.6f s / %s s" : "t = %.2f s / %s s";
        String endText = end == Math.rint(end) ? String.format(Locale.ROOT, "%.0f", end) : String.format(Locale.ROOT, "%.2f", end);
        return String.format(Locale.ROOT, format, now, endText);
    }

    /** Selects a component for the inspector, as a click would; for screenshots. */
    void selectForScreenshot(String component) {
        select(component);
    }

    /** Presentation mode and zoom, set from the command line's {@code --present} and {@code --font-scale}. */
    public void present(boolean on, double fontScale) {
        presentation.setFontScale(fontScale);
        presentation.setPresent(on);
    }

    Presentation presentation() {
        return presentation;
    }

    Snapshot latest() {
        return latest;
    }
}
