package org.distsim.ui.view;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.distsim.models.scenario.Scenario;
import org.distsim.ui.live.SimDriver;

/**
 * Opens the live view and returns when its window is closed. Not an {@code Application} subclass:
 * started from a fat jar, JavaFX refuses a main class that extends Application ("JavaFX runtime
 * components are missing"), so this starts the toolkit with {@link Platform#startup} instead.
 */
public final class ViewLauncher {

    /** The range of {@code --font-scale}: the whole window's text and drawing scaled by it. */
    public static final double MIN_FONT_SCALE = Presentation.MIN_FONT_SCALE;
    public static final double MAX_FONT_SCALE = Presentation.MAX_FONT_SCALE;

    private ViewLauncher() {
    }

    /**
     * Shows the scenario paused at t = 0 and blocks until the window closes.
     *
     * @param seed replaces the scenario's seed when not null
     * @param pauseAtCaptions  stop playing at each caption of the scenario's {@code notes:}
     * @throws UnsupportedOperationException when there is no display to open a window on
     */
    public static void show(Scenario scenario, String scenarioText, Path file, Long seed, boolean pauseAtCaptions)
            throws InterruptedException {
        show(scenario, scenarioText, file, seed, pauseAtCaptions, false, 1);
    }

    /**
     * The same, in presentation mode (full screen, scaled for a projector) when {@code present},
     * and with the whole window's text scaled by {@code fontScale}.
     */
    public static void show(Scenario scenario, String scenarioText, Path file, Long seed, boolean pauseAtCaptions,
            boolean present, double fontScale) throws InterruptedException {
        checkDisplay();
        SimDriver driver = new SimDriver(scenario, seed).start();
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(true);
        try {
            AtomicReference<RuntimeException> failed = new AtomicReference<>();
            ToolkitStart.startup(() -> {
                try {
                    LiveWindow window = new LiveWindow(scenario, scenarioText, file, seedOf(scenario, seed), driver::send);
                    window.pauseAtCaptions(pauseAtCaptions);
                    Stage stage = new Stage();
                    stage.setOnHidden(e -> closed.countDown());
                    window.attach(stage, driver);
                    window.present(present, fontScale);
                } catch (RuntimeException e) {
                    // Without this the caller would wait for a window that never opened.
                    failed.set(e);
                    closed.countDown();
                }
            });
            closed.await();
            if (failed.get() != null) {
                throw failed.get();
            }
        } finally {
            driver.close();
            try {
                Platform.exit();
            } catch (IllegalStateException e) {
                // The toolkit never started (no display); nothing to stop.
            }
        }
    }

    /**
     * Fails fast when a Linux desktop toolkit has no display to talk to. JavaFX 21 does not fail
     * cleanly there: its start-up error path waits for the toolkit it failed to start, and hangs.
     * A glass platform chosen by property (Monocle, in tests) needs no display.
     */
    static void checkDisplay() {
        if (Screenshots.startedHeadless()) {
            throw new UnsupportedOperationException("this process already renders headless pictures, with no display");
        }
        if (System.getProperty("glass.platform") != null) {
            return;
        }
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (linux && blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))) {
            throw new UnsupportedOperationException("no DISPLAY is set");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static long seedOf(Scenario scenario, Long seed) {
        return seed != null ? seed : scenario.seed();
    }
}
