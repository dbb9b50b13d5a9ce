package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.models.scenario.Scenario;
import org.distsim.ui.Scenarios;
import org.distsim.ui.live.Branch;
import org.distsim.ui.live.Command;
import org.distsim.ui.live.Mode;
import org.distsim.ui.live.SimDriver;
import org.distsim.ui.live.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The time slider under TestFX, headless: keys, a click on the track, branches and saving them. */
@ExtendWith(ApplicationExtension.class)
class TimeBarTest {

    private static final long TIMEOUT_S = 60;
    private static final long S = 1_000_000_000L;

    private SimDriver driver;
    private LiveWindow window;

    @Start
    void start(Stage stage) {
        Scenario scenario = Scenarios.load("partition");
        driver = new SimDriver(scenario, null).start();
        window = new LiveWindow(scenario, Scenarios.text("partition"), null, scenario.seed(), driver::send);
        window.attach(stage, driver);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition);
    }

    /** The driver is paused at {@code nanos}, no replay under way, and the window shows it. */
    private void waitUntilAt(long nanos) throws Exception {
        waitFor(() -> {
            Snapshot s = driver.latest();
            return !s.rewind().seeking() && s.nowNanos() == nanos && s.mode() == Mode.PAUSED
                    && window.latest() == s;
        });
    }

    @Test
    void theArrowKeysGoBackAndOnByTheIntervalAndHomeGoesBackToZero(FxRobot robot) throws Exception {
        // The scenario runs 30 s: the interval is the largest on the ladder at most 1.5 s.
        assertEquals(1.0, TimeBar.defaultInterval(30 * S));
        robot.type(KeyCode.RIGHT);
        waitUntilAt(S);
        robot.type(KeyCode.RIGHT);
        waitUntilAt(2 * S);
        int run = driver.latest().run();
        robot.type(KeyCode.LEFT);
        waitUntilAt(S);
        assertTrue(driver.latest().run() > run, "going back replays a fresh run");
        assertTrue(driver.latest().message().contains("replayed 1.0 s"), driver.latest().message());
        robot.type(KeyCode.HOME);
        waitUntilAt(0);
        Label branch = robot.lookup("#branch").queryAs(Label.class);
        waitFor(() -> "branch A".equals(branch.getText()));
    }

    @Test
    void clickingTheTrackGoesThere_andAFaultAfterARewindStartsBranchB_andBothBranchesSave(FxRobot robot,
            @TempDir Path dir) throws Exception {
        TimeTrack track = robot.lookup(".time-track").queryAs(TimeTrack.class);
        Bounds bounds = track.localToScreen(track.getLayoutBounds());
        long middle = track.timeAt(bounds.getWidth() / 2);
        robot.clickOn(bounds.getMinX() + bounds.getWidth() / 2, bounds.getMinY() + bounds.getHeight() / 2);
        assertTrue(Math.abs(middle - 15 * S) < S, "the middle of the track is the middle of the run: " + middle);
        waitFor(() -> driver.latest().nowNanos() > 0 && !driver.latest().rewind().seeking()
                && driver.latest().message().startsWith("at "));
        // The robot clicks on a whole pixel: within two pixels' worth of time of the middle.
        double nanosPerPixel = 30.0 * S / bounds.getWidth();
        assertTrue(Math.abs(driver.latest().nowNanos() - middle) <= 2 * nanosPerPixel, driver.latest().nowNanos() + " vs " + middle);

        driver.send(new Command.Inject(new Fault.Crash("db")));
        waitFor(() -> driver.latest().recorded().size() == 1);
        robot.type(KeyCode.HOME);
        waitUntilAt(0);
        assertEquals(List.of(), driver.latest().recorded(), "at t = 0 the crash is still to come");
        driver.send(new Command.Inject(new Fault.Crash("api")));
        Label branch = robot.lookup("#branch").queryAs(Label.class);
        waitFor(() -> "branch B from 0.0 s".equals(branch.getText()));
        assertEquals(2, robot.lookup("#branches").queryAs(MenuButton.class).getItems().size());

        TimeBar bar = robot.lookup("#time-bar").queryAs(TimeBar.class);
        Branch a = driver.latest().rewind().branch("A");
        Branch b = driver.latest().rewind().branch("B");
        Path scenarioA = dir.resolve("a.yaml");
        Path timelineB = dir.resolve("b-faults.yaml");
        WaitForAsyncUtils.asyncFx(() -> {
            bar.save(a, scenarioA, true);
            bar.save(b, timelineB, false);
            return null;
        }).get();
        Scenario loadedA = Scenarios.parse("a.yaml", Files.readString(scenarioA), List.of());
        assertTrue(loadedA.faults().containsAll(a.faults()), "A's crash of db is in its scenario's timeline");
        assertEquals(new Fault.Crash("db"), a.faults().get(0).fault());
        // A timeline is the faults: list alone; the scenario's own entries followed by it load as B's run.
        String timeline = Files.readString(timelineB);
        assertTrue(timeline.startsWith("faults:"), timeline);
        List<ScheduledFault> bFaults = b.faults();
        assertEquals(new Fault.Crash("api"), bFaults.get(0).fault());
        assertTrue(timeline.contains("crash: api"), timeline);
    }
}
