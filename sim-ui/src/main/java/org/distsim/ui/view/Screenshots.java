package org.distsim.ui.view;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.distsim.models.scenario.Scenario;
import org.distsim.reports.AtomicFiles;
import org.distsim.ui.live.LessonPlan;
import org.distsim.ui.live.LiveRun;
import org.distsim.ui.live.Mode;

/**
 * Renders the live view of a scenario at a point of simulated time to a PNG, without a window: the
 * scene is laid out and snapshotted off screen. Headless, it needs the Monocle glass platform on
 * the class path and {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}
 * (the sim-ui tests set them; see ScreenshotTest for the command).
 *
 * <p>The last simulated second before the time is played as 30 frames at 1x, so the picture has
 * dots in flight as a watching audience would see them.
 */
public final class Screenshots {

    private static final int FRAMES = 30;
    private static final long FRAME_WALL_NANOS = 33_333_333L;

    private Screenshots() {
    }

    /** The smallest and largest picture rendered, in pixels a side: below this nothing is legible, above it memory runs out. */
    public static final int MIN_SIDE = 320;
    public static final int MAX_SIDE = 7680;

    private static volatile boolean headless;

    /**
     * Starts the JavaFX toolkit on the headless Monocle platform with software rendering, so that a
     * picture renders the same with or without a display; a no-op for the platform when the
     * toolkit runs already (then it is the one that was started, as in the tests).
     *
     * @param width  the widest picture to be rendered: Monocle's screen must hold it
     * @param height the tallest
     */
    public static void startHeadless(int width, int height) {
        if (!headless) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
            // Monocle's headless screen is 1280x800 unless told otherwise; a larger scene overflows it.
            System.setProperty("headless.geometry", Math.max(1920, width) + "x" + Math.max(1200, height) + "-32");
            headless = true;
        }
        startToolkit();
    }

    /** Whether this process started the toolkit headless for pictures; it then cannot open a window. */
    public static boolean startedHeadless() {
        return headless;
    }

    /** Starts the JavaFX toolkit unless it runs already. */
    public static void startToolkit() {
        try {
            ToolkitStart.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Started by an earlier call or by TestFX.
        }
        Platform.setImplicitExit(false);
    }

    /**
     * Renders {@code scenario} at {@code atNanos} to {@code png} (replaced if it exists).
     *
     * @param select a component to show in the inspector, or null
     */
    public static void render(Scenario scenario, String scenarioText, long atNanos, String select, Path png,
            int width, int height) throws IOException, InterruptedException {
        render(scenario, scenarioText, atNanos, select, png, width, height, false, 1);
    }

    /**
     * The same, in presentation mode when {@code present} (the layout a projector gets at this
     * size) and with the window's text scaled by {@code fontScale}: slides are rendered this way.
     */
    public static void render(Scenario scenario, String scenarioText, long atNanos, String select, Path png,
            int width, int height, boolean present, double fontScale) throws IOException, InterruptedException {
        LiveRun run = new LiveRun(scenario, null);
        // The lesson figure the window would show, chosen as it chooses it: from the whole run.
        run.teach(LessonPlan.of(scenario, null));
        long end = Math.min(atNanos, run.end());
        long framesFrom = Math.max(0, end - 1_000_000_000L);
        run.advanceTo(framesFrom);
        LiveWindow window = onFx(() -> new LiveWindow(scenario, scenarioText, null, run.seed(), command -> { }));
        Scene scene = onFx(() -> {
            Scene made = window.scene(width, height);
            window.present(present, fontScale);
            return made;
        });
        for (int frame = 1; frame <= FRAMES; frame++) {
            run.advanceTo(framesFrom + (end - framesFrom) * frame / FRAMES);
            var snapshot = run.snapshot(1, run.over() ? Mode.FINISHED : Mode.PLAYING, 1, "");
            long wall = frame * FRAME_WALL_NANOS;
            onFx(() -> {
                window.render(snapshot, wall);
                return null;
            });
        }
        WritableImage image = onFx(() -> {
            if (select != null) {
                window.selectForScreenshot(select);
            }
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // Written whole and then renamed, so an interrupted render never leaves half a picture in
        // place of a good one (the command line has already refused an existing file without --force).
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(buffered, "png", bytes);
        AtomicFiles.write(png, bytes.toByteArray(), true);
    }

    private static <T> T onFx(Supplier<T> work) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("rendering failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
