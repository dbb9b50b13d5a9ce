package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.distsim.core.fault.Fault;
import org.distsim.models.scenario.Scenario;
import org.distsim.ui.Scenarios;
import org.distsim.ui.live.Command;
import org.distsim.ui.live.Mode;
import org.distsim.ui.live.SimDriver;
import org.distsim.ui.live.Speed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window under TestFX, headless (Monocle, software rendering): what a presenter clicks and reads. */
@ExtendWith(ApplicationExtension.class)
class LiveWindowTest {

    private static final long TIMEOUT_S = 20;

    private SimDriver driver;
    private LiveWindow window;
    private FramePacer pacer;

    @Start
    void start(Stage stage) {
        Scenario scenario = Scenarios.load("partition");
        driver = new SimDriver(scenario, null).start();
        window = new LiveWindow(scenario, Scenarios.text("partition"), null, scenario.seed(), driver::send);
        pacer = window.attach(stage, driver);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition);
    }

    @Test
    void opensPausedAtZeroWithTheScenarioNameAndDescription(FxRobot robot) {
        assertEquals("crash and partition", text(robot, "#title"));
        assertTrue(text(robot, "#description").startsWith("An API service in front of a database"));
        assertEquals("t = 0.000000 s / 30 s", text(robot, "#clock"));
        assertTrue(text(robot, "#status").startsWith("paused"), text(robot, "#status"));
    }

    @Test
    void stepAndPlayAdvanceTheClock(FxRobot robot) throws Exception {
        robot.clickOn("#step");
        waitFor(() -> driver.latest().events() == 1);
        waitFor(() -> !text(robot, "#clock").equals("t = 0.000000 s / 30 s"));
        assertEquals(Mode.PAUSED, driver.latest().mode());

        robot.type(KeyCode.N);
        waitFor(() -> driver.latest().events() == 2);

        robot.type(KeyCode.SPACE);
        waitFor(() -> driver.latest().mode() == Mode.PLAYING);
        waitFor(() -> driver.latest().nowNanos() > 50_000_000L);
        waitFor(() -> text(robot, "#status").startsWith("playing"));
        robot.type(KeyCode.SPACE);
        waitFor(() -> driver.latest().mode() == Mode.PAUSED);
    }

    @Test
    void clickingANodeOpensTheInspector(FxRobot robot) throws Exception {
        robot.clickOn("#node-api");
        waitFor(() -> robot.lookup("#inspector-name").tryQuery().isPresent());
        assertEquals("api", text(robot, "#inspector-name"));
        assertTrue(robot.lookup("workers").tryQuery().isPresent(), "the knobs are listed");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#inspector-name").tryQuery().isEmpty());
    }

    @Test
    void clickingADesignsKeyHidesItsLinesAndItsScoreboardFollowsTheRun(FxRobot robot) throws Exception {
        driver.send(new Command.SetSpeed(Speed.MAX));
        driver.send(new Command.Play());
        waitFor(() -> text(robot, "#design-0").contains("% ok"));
        assertTrue(text(robot, "#design-0").startsWith("users: "), text(robot, "#design-0"));
        robot.clickOn("#design-0");
        ChartsPane charts = robot.lookup("#charts").queryAs(ChartsPane.class);
        waitFor(() -> !charts.shows(0));
        robot.clickOn("#design-0");
        waitFor(() -> charts.shows(0));
    }

    @Test
    void clickingADesignsClientBoxOrPressingItsDigitHidesAndShowsItsLines(FxRobot robot) throws Exception {
        ChartsPane charts = robot.lookup("#charts").queryAs(ChartsPane.class);
        robot.clickOn("#node-users");
        waitFor(() -> !charts.shows(0));
        assertTrue(robot.lookup("#inspector-name").tryQuery().isEmpty(), "a client's click picks, not inspects");
        robot.clickOn("#node-users");
        waitFor(() -> charts.shows(0));
        robot.type(KeyCode.DIGIT1);
        waitFor(() -> !charts.shows(0));
        robot.type(KeyCode.DIGIT1);
        waitFor(() -> charts.shows(0));
        robot.type(KeyCode.DIGIT2);
        assertTrue(charts.shows(0), "there is no second design");
        robot.clickOn("#node-db");
        waitFor(() -> robot.lookup("#inspector-name").tryQuery().isPresent());
        assertTrue(charts.shows(0), "a box that is no client still opens the inspector");
    }

    @Test
    void aCrashFromTheContextMenuIsRecordedAndSaved(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.rightClickOn("#node-db");
        robot.clickOn("Crash db");
        waitFor(() -> !driver.latest().recorded().isEmpty());
        assertEquals(new Fault.Crash("db"), driver.latest().recorded().get(0).fault());
        waitFor(() -> window.latest().recorded().size() == 1);

        Path saved = dir.resolve("saved.yaml");
        WaitForAsyncUtils.asyncFx(() -> {
            window.saveFaults(saved);
            return null;
        }).get();
        var replay = Scenarios.parse("saved.yaml", Files.readString(saved), List.of());
        assertTrue(replay.faults().stream().anyMatch(f -> f.fault().equals(new Fault.Crash("db"))
                && f.atNanos() == driver.latest().recorded().get(0).atNanos()));
    }

    @Test
    void aPausedRunIsNotRedrawnUntilSomethingChanges() throws Exception {
        boolean[] drawn = WaitForAsyncUtils.asyncFx(() -> {
            var paused = driver.latest();
            long later = System.nanoTime() + 10_000_000_000L;
            window.render(paused, later);
            boolean again = window.frame(paused, later + 16_000_000L);
            var other = new org.distsim.ui.live.LiveRun(Scenarios.load("partition"), null).snapshot(2, Mode.PAUSED, 1, "");
            boolean next = window.frame(other, later + 32_000_000L);
            return new boolean[] {again, next};
        }).get();
        assertEquals(false, drawn[0], "the same snapshot with no dot crossing is not drawn again");
        assertEquals(true, drawn[1], "a new snapshot is drawn");
    }

    @Test
    void aPausedWindowAsksForNoPulsesUntilANewSnapshotWakesIt(FxRobot robot) throws Exception {
        robot.type(KeyCode.SPACE);
        waitFor(() -> driver.latest().nowNanos() > 50_000_000L);
        robot.type(KeyCode.SPACE);
        waitFor(() -> driver.latest().mode() == Mode.PAUSED);
        // Once the last snapshot is drawn and the dots have settled, the animation timer stops.
        waitFor(() -> !WaitForAsyncUtils.asyncFx(pacer::running).get());
        long stopped = WaitForAsyncUtils.asyncFx(pacer::pulses).get();
        // Ten pulses of a timer of the test's own go by, and the window's handles none of them.
        long[] others = new long[1];
        javafx.animation.AnimationTimer counting = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                others[0]++;
            }
        };
        WaitForAsyncUtils.asyncFx(counting::start).get();
        waitFor(() -> WaitForAsyncUtils.asyncFx(() -> others[0] >= 10).get());
        WaitForAsyncUtils.asyncFx(counting::stop).get();
        assertEquals(stopped, WaitForAsyncUtils.asyncFx(pacer::pulses).get(), "no pulse is handled while paused");

        String clock = text(robot, "#clock");
        robot.type(KeyCode.N);
        waitFor(() -> !text(robot, "#clock").equals(clock));
        assertTrue(WaitForAsyncUtils.asyncFx(pacer::pulses).get() > stopped, "a step's snapshot woke the timer");
    }

    @Test
    void theSpeedAchievedIsAlwaysShownBesideTheSpeedAskedFor(FxRobot robot) throws Exception {
        var run = new org.distsim.ui.live.LiveRun(Scenarios.load("partition"), null);
        // Rendered and read in one go on the FX thread, before the window draws the driver's snapshot.
        String[] shown = WaitForAsyncUtils.asyncFx(() -> {
            window.render(run.snapshot(2, Mode.PLAYING, 1, 0.21, ""), System.nanoTime());
            String speed = text(robot, "#speed");
            String lagging = text(robot, "#achieved");
            boolean red = robot.lookup("#achieved").query().getStyleClass().contains("lagging");
            window.render(run.snapshot(2, Mode.PLAYING, 1, 0.98, ""), System.nanoTime());
            String keeping = text(robot, "#achieved");
            boolean notRed = !robot.lookup("#achieved").query().getStyleClass().contains("lagging");
            window.render(run.snapshot(2, Mode.PLAYING, Speed.MAX, 37.4, ""), System.nanoTime());
            return new String[] {speed, lagging, "" + red, keeping, "" + notRed, text(robot, "#speed"),
                text(robot, "#achieved")};
        }).get();
        assertEquals("1x asked", shown[0]);
        assertEquals("· 0.21x achieved: cannot keep up", shown[1]);
        assertEquals("true", shown[2], "a lagging run is marked");
        assertEquals("· 0.98x achieved", shown[3], "a run that keeps pace still shows what it achieves");
        assertEquals("true", shown[4]);
        assertEquals("max asked", shown[5]);
        assertEquals("· 37x achieved", shown[6]);
    }
}
