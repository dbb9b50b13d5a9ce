package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.distsim.ui.model.BoxShape;
import org.distsim.ui.model.Health;
import org.distsim.ui.model.NodeBadge;
import org.distsim.ui.model.Topology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The topology's drawing made cheap for a software renderer without changing what it shows: one
 * canvas over the boxes with the boxes' places left clear, load fills set as backgrounds in code,
 * and a tier's cells touched only when what they show changes.
 */
class TopologyDrawingTest {

    private static final long PARTITIONED = 25_000_000_000L;

    @BeforeAll
    static void toolkit() {
        Screenshots.startToolkit();
    }

    private static Topology topologyOf(String name) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("distsim.root", "..")).resolve("scenarios/" + name + ".yaml");
            return Topology.of(org.distsim.models.scenario.ScenarioLoader.load(file.toString(),
                    java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8), List.of()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theTopologyDrawsOnOneCanvasOverItsBoxes_andLeavesEveryBoxsPlaceClear() throws Exception {
        // During cap-partition's partition, where each side's members are outlined and filled: the
        // fill covers each member's box, so a box's place not cleared shows it tinted.
        Shown shown = Shown.bundled("cap-partition", PARTITIONED, 1280, 720, false);
        Shown.onFx(() -> {
            TopologyPane pane = shown.topology();
            List<Node> children = pane.getChildrenUnmodifiable();
            List<Node> canvases = children.stream().filter(c -> c instanceof Canvas).toList();
            assertEquals(1, canvases.size(), "canvases: " + canvases);
            Canvas canvas = (Canvas) canvases.get(0);
            assertSame(canvas, children.get(children.size() - 1), "the canvas is drawn over the boxes");
            javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            WritableImage image = canvas.snapshot(transparent, null);
            double ratio = image.getWidth() / pane.getWidth();
            int boxes = 0;
            for (Node box : children) {
                if (box instanceof Canvas) {
                    continue;
                }
                var b = box.localToParent(box.getLayoutBounds());
                int x = (int) (b.getCenterX() * ratio);
                int y = (int) (b.getCenterY() * ratio);
                assertEquals(0, image.getPixelReader().getColor(x, y).getOpacity(), 1e-9, box.getId() + " is hidden by the canvas");
                boxes++;
            }
            assertTrue(boxes >= 5, "boxes: " + boxes);
            // The links between the boxes are drawn: the canvas is not empty.
            boolean drawn = false;
            for (int x = 0; x < image.getWidth() && !drawn; x += 2) {
                for (int y = 0; y < image.getHeight() && !drawn; y += 2) {
                    drawn = image.getPixelReader().getColor(x, y).getOpacity() > 0.5;
                }
            }
            assertTrue(drawn, "nothing drawn on the canvas");
            return null;
        });
    }

    @Test
    void aBoxFillsWithItsLoadFromTheLeft_inTheColourOfTheLoadItselfNotOfItsRoundedValue() throws Exception {
        Shown.onFx(() -> {
            Topology topology = topologyOf("url-shortener");
            NodeBox box = new NodeBox("lb", "load-balancer", BoxShape.FULL, topology.geometry());
            new javafx.scene.Scene(new javafx.scene.Group(box));
            box.applyCss();
            // 59.5 % rounds to the 60 % step of the fill, and is not yet warm.
            box.show(new NodeBadge("lb", "load-balancer", Health.UP, "up", List.of()), 0.595);
            box.layout();
            Region fill = (Region) box.getChildrenUnmodifiable().get(0);
            assertTrue(fill.isVisible());
            BackgroundFill paint = fill.getBackground().getFills().get(0);
            assertEquals(Color.web(TierBox.loadColour(0.595)), paint.getFill());
            assertNotEquals(Color.web(TierBox.loadColour(0.6)), paint.getFill());
            double border = box.snappedLeftInset() - box.getPadding().getLeft();
            assertEquals(0.6 * (box.getWidth() - 2 * border), fill.getWidth(), 1e-6);
            box.show(new NodeBadge("lb", "load-balancer", Health.DOWN, "down", List.of()), 0.9);
            assertFalse(fill.isVisible(), "a component that is down shows no load");
            return null;
        });
    }

    @Test
    void aTierCellKeepsItsOneTooltipAndShowsTheNewStateInIt() throws Exception {
        Shown.onFx(() -> {
            Topology topology = topologyOf("url-shortener");
            TierBox tier = new TierBox("db", "database", List.of("db-1", "db-2"), BoxShape.FULL, topology.geometry(), (m, e) -> { });
            new javafx.scene.Scene(new javafx.scene.Group(tier));
            Node cell = tier.lookup("#cell-db-1");
            tier.show("db-1", new NodeBadge("db-1", "database", Health.UP, "up", List.of()), 0.30);
            Tooltip first = (Tooltip) cell.getProperties().get("javafx.scene.control.Tooltip");
            tier.show("db-1", new NodeBadge("db-1", "database", Health.UP, "up", List.of()), 0.90);
            Tooltip second = (Tooltip) cell.getProperties().get("javafx.scene.control.Tooltip");
            assertSame(first, second, "a tooltip installed again at every change of load");
            assertEquals("db-1: up, load 90%", second.getText());
            Region fill = (Region) ((javafx.scene.Parent) cell).getChildrenUnmodifiable().get(0);
            assertEquals(Color.web(TierBox.loadColour(0.9)), fill.getBackground().getFills().get(0).getFill());
            return null;
        });
    }
}
