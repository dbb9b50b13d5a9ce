package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import org.distsim.core.net.NetworkFigures;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.ui.Scenarios;
import org.distsim.ui.live.LiveRun;
import org.distsim.ui.live.Mode;
import org.distsim.ui.live.NodeState;
import org.distsim.ui.live.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code distsim view} on every bundled scenario ({@code scenarios/*.yaml}, found on disk, so a new
 * one is covered without touching this test): the window's scene is built headless, the run advanced
 * a simulated second (three frames), the scene rendered to an image in memory, and the topology checked for what
 * a projector audience needs: every actor of the run has a box (a group's members included), no two
 * boxes overlap, and every box and its labels lie inside the topology area.
 */
class BundledScenariosViewTest {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static final long AT_NANOS = 1_000_000_000L;
    private static final int FRAMES = 3;

    @BeforeAll
    static void toolkit() {
        Screenshots.startToolkit();
    }

    @TestFactory
    Stream<DynamicTest> everyBundledScenarioShowsEveryActorReadably() throws IOException {
        Path root = Path.of(System.getProperty("distsim.root", ".."));
        List<Path> files;
        try (Stream<Path> listing = Files.list(root.resolve("scenarios"))) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 11, "bundled scenarios found: " + files);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Scenario scenario = ScenarioLoader.load(file.toString(), text, List.of());
        LiveRun run = new LiveRun(scenario, null);
        long end = Math.min(AT_NANOS, run.end());
        LiveWindow window = onFx(() -> new LiveWindow(scenario, text, null, run.seed(), command -> { }));
        Scene scene = onFx(() -> window.scene(WIDTH, HEIGHT));
        Snapshot last = null;
        for (int frame = 1; frame <= FRAMES; frame++) {
            run.advanceTo(end * frame / FRAMES);
            Snapshot snapshot = run.snapshot(1, Mode.PLAYING, 1, "");
            long wall = frame * 33_333_333L;
            onFx(() -> {
                window.render(snapshot, wall);
                return null;
            });
            last = snapshot;
        }
        WritableImage image = onFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        assertEquals(WIDTH, (int) image.getWidth());
        assertEquals(HEIGHT, (int) image.getHeight());

        // A network link's direction is drawn as a cable between boxes, not as a box of its own.
        List<String> actors = last.nodes().stream().filter(n -> !n.type().equals(NetworkFigures.LINK_TYPE))
                .map(NodeState::name).toList();
        String problems = onFx(() -> problems(scene, actors));
        assertTrue(problems.isEmpty(), file.getFileName() + ":\n" + problems);
    }

    /** The scenario's {@code layout:} moves a box in the window: here the database to the edge column's top. */
    @Test
    void theViewPlacesANodeWhereTheLayoutSays() throws Exception {
        Scenario scenario = Scenarios.withLayout();
        LiveRun run = new LiveRun(scenario, null);
        run.advanceTo(100_000_000L);
        Snapshot snapshot = run.snapshot(1, Mode.PAUSED, 1, "");
        LiveWindow window = onFx(() -> new LiveWindow(scenario, "", null, run.seed(), command -> { }));
        Scene scene = onFx(() -> window.scene(WIDTH, HEIGHT));
        Map<String, Bounds> boxes = onFx(() -> {
            window.render(snapshot, 0);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            Map<String, Bounds> found = new LinkedHashMap<>();
            for (String name : List.of("lb", "db", "cache", "web-1", "web-3")) {
                Node box = scene.lookup("#node-" + name);
                found.put(name, box.localToScene(box.getLayoutBounds()));
            }
            return found;
        });
        assertEquals(boxes.get("lb").getCenterX(), boxes.get("db").getCenterX(), 1, "db in the edge column");
        assertTrue(boxes.get("db").getMaxY() <= boxes.get("lb").getMinY(), "db above lb: " + boxes);
        assertTrue(boxes.get("db").getCenterX() < boxes.get("cache").getCenterX(), "db left of the cache");
        assertTrue(boxes.get("web-3").getMaxY() <= boxes.get("web-1").getMinY(), "web-3 on top: " + boxes);
    }

    /** Everything wrong with the topology as laid out, one line each; empty when it is readable. */
    private static String problems(Scene scene, List<String> actors) {
        List<String> problems = new ArrayList<>();
        TopologyPane pane = (TopologyPane) scene.lookup("#topology");
        assertNotNull(pane, "no topology pane");
        Bounds area = pane.localToScene(pane.getLayoutBounds());
        Map<String, Bounds> boxes = new LinkedHashMap<>();
        List<String> cells = new ArrayList<>();
        for (Node child : pane.getChildrenUnmodifiable()) {
            if (child instanceof NodeBox box && box.isVisible()) {
                boxes.put(box.getId().substring("node-".length()), box.localToScene(box.getLayoutBounds()));
            } else if (child instanceof TierBox tier && tier.isVisible()) {
                boxes.put(tier.getId(), tier.localToScene(tier.getLayoutBounds()));
                cells.addAll(tier.members());
            }
        }
        for (String actor : actors) {
            if (!boxes.containsKey(actor) && !cells.contains(actor)) {
                problems.add("no box nor tier cell for actor " + actor);
            }
        }
        List<String> names = new ArrayList<>(boxes.keySet());
        for (int i = 0; i < names.size(); i++) {
            Bounds a = boxes.get(names.get(i));
            if (!inside(a, area)) {
                problems.add("box " + names.get(i) + " " + a + " outside the topology " + area);
            }
            for (int j = i + 1; j < names.size(); j++) {
                Bounds b = boxes.get(names.get(j));
                if (overlap(a, b)) {
                    problems.add("boxes " + names.get(i) + " and " + names.get(j) + " overlap");
                }
            }
        }
        for (Node child : pane.getChildrenUnmodifiable()) {
            if (child instanceof NodeBox || child instanceof TierBox) {
                javafx.scene.Parent box = (javafx.scene.Parent) child;
                Bounds outline = box.localToScene(box.getLayoutBounds());
                for (Node label : box.lookupAll(".label")) {
                    if (label instanceof Label l && !l.getText().isEmpty() && l.isVisible()) {
                        Bounds bounds = label.localToScene(label.getLayoutBounds());
                        if (!inside(bounds, outline) || !inside(bounds, area)) {
                            problems.add("label '" + l.getText() + "' of " + box.getId() + " sticks out of its box");
                        }
                    }
                }
            }
        }
        assertFalse(boxes.isEmpty(), "no boxes drawn");
        return String.join("\n", problems);
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        double slack = 1;
        return inner.getMinX() >= outer.getMinX() - slack && inner.getMaxX() <= outer.getMaxX() + slack
                && inner.getMinY() >= outer.getMinY() - slack && inner.getMaxY() <= outer.getMaxY() + slack;
    }

    private static boolean overlap(Bounds a, Bounds b) {
        double slack = 1;
        return a.getMinX() < b.getMaxX() - slack && b.getMinX() < a.getMaxX() - slack
                && a.getMinY() < b.getMaxY() - slack && b.getMinY() < a.getMaxY() - slack;
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
