package org.distsim.ui.view;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.ui.live.LiveRun;
import org.distsim.ui.live.Mode;

/**
 * A bundled scenario's window built headless at a size, played to a simulated time the way
 * {@link Screenshots} plays it (the last second as frames) and laid out: for tests that look at
 * what a room would see.
 */
final class Shown {

    final LiveWindow window;
    final Scene scene;

    private Shown(LiveWindow window, Scene scene) {
        this.window = window;
        this.scene = scene;
    }

    /** {@code scenarios/NAME.yaml} of the repository, at {@code atNanos}, in a window of that size. */
    static Shown bundled(String name, long atNanos, int width, int height, boolean present) throws Exception {
        Path file = Path.of(System.getProperty("distsim.root", "..")).resolve("scenarios").resolve(name + ".yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Scenario scenario = ScenarioLoader.load(file.toString(), text, List.of());
        return of(scenario, text, atNanos, width, height, present);
    }

    /** A window's size, and whether it is in presentation mode. */
    record Window(int width, int height, boolean present) {
    }

    static Shown of(Scenario scenario, String text, long atNanos, int width, int height, boolean present) throws Exception {
        return of(scenario, text, atNanos, List.of(new Window(width, height, present))).get(0);
    }

    /** {@code scenarios/NAME.yaml} at {@code atNanos} in windows of these sizes, all fed by one run. */
    static List<Shown> bundled(String name, long atNanos, List<Window> windows) throws Exception {
        Path file = Path.of(System.getProperty("distsim.root", "..")).resolve("scenarios").resolve(name + ".yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Scenario scenario = ScenarioLoader.load(file.toString(), text, List.of());
        return of(scenario, text, atNanos, windows);
    }

    /** The scenario at {@code atNanos} in windows of these sizes, every window shown the same frames of one run. */
    static List<Shown> of(Scenario scenario, String text, long atNanos, List<Window> sizes) throws Exception {
        Screenshots.startToolkit();
        LiveRun run = new LiveRun(scenario, null);
        long end = Math.min(atNanos, run.end());
        long from = Math.max(0, end - 1_000_000_000L);
        run.advanceTo(from);
        List<Shown> shown = new ArrayList<>();
        for (Window size : sizes) {
            LiveWindow window = onFx(() -> new LiveWindow(scenario, text, null, run.seed(), command -> { }));
            Scene scene = onFx(() -> {
                Scene made = window.scene(size.width(), size.height());
                window.present(size.present(), 1);
                return made;
            });
            shown.add(new Shown(window, scene));
        }
        int frames = 5;
        for (int frame = 1; frame <= frames; frame++) {
            run.advanceTo(from + (end - from) * frame / frames);
            var snapshot = run.snapshot(1, run.over() ? Mode.FINISHED : Mode.PLAYING, 1, "");
            long wall = frame * 33_333_333L;
            onFx(() -> {
                shown.forEach(s -> s.window.render(snapshot, wall));
                return null;
            });
        }
        onFx(() -> {
            for (Shown s : shown) {
                s.scene.getRoot().applyCss();
                s.scene.getRoot().layout();
                // Once more, so that the drawing reflects the final layout.
                s.window.render(s.window.latest(), frames * 33_333_333L);
                s.scene.getRoot().layout();
            }
            return null;
        });
        return shown;
    }

    /** The topology's smallest text on screen, in screen pixels (the window's zoom included). */
    double smallestTopologyText() throws Exception {
        return onFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            TopologyPane pane = topology();
            return pane.smallestText().px() * scaleOf(pane);
        });
    }

    TopologyPane topology() {
        return (TopologyPane) scene.lookup("#topology");
    }

    /** One visible text's size on screen. */
    record Size(String text, double px) {
    }

    /**
     * Every visible, non-empty text of the scene with its font size in screen pixels (the font's
     * size times the scale its node is drawn at), the topology canvases' words included.
     */
    List<Size> textSizes() throws Exception {
        return onFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            List<Size> sizes = new ArrayList<>();
            collect(scene.getRoot(), sizes);
            TopologyPane pane = topology();
            if (pane.smallestCanvasFont() < Double.MAX_VALUE) {
                sizes.add(new Size("(topology canvas)", pane.smallestCanvasFont() * scaleOf(pane)));
            }
            return sizes;
        });
    }

    private static void collect(Node node, List<Size> sizes) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            Bounds shown = text.localToScene(text.getLayoutBounds());
            if (shown.getWidth() > 0 && shown.getHeight() > 0) {
                sizes.add(new Size(text.getText(), text.getFont().getSize() * scaleOf(text)));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, sizes);
            }
        }
    }

    /** The vertical scale a node is drawn at: the length on screen of one unit of its own. */
    static double scaleOf(Node node) {
        var t = node.getLocalToSceneTransform();
        return Math.hypot(t.getMxy(), t.getMyy());
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
