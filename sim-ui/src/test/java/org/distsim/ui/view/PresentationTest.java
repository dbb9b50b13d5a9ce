package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import org.distsim.reports.layout.Layout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Presentation mode and the layout a room sees: the same picture at every window size (design i
 * is row i), text large enough on a 1920x1080 projector, CUT labels that cover neither each other
 * nor a box.
 */
class PresentationTest {

    private static final long AT_30S = 30_000_000_000L;

    @BeforeAll
    static void toolkit() {
        Screenshots.startToolkit();
    }

    @Test
    void printsTheSmallestTextOfEveryBundledScenario() throws Exception {
        if (!"text".equals(System.getProperty("probe"))) {
            return;
        }
        Path root = Path.of(System.getProperty("distsim.root", ".."));
        List<Path> files;
        String only = System.getProperty("probe.only", "");
        try (Stream<Path> listing = Files.list(root.resolve("scenarios"))) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".yaml", "");
            if (!only.isEmpty() && !List.of(only.split(",")).contains(name)) {
                continue;
            }
            StringBuilder line = new StringBuilder(name);
            for (Object[] size : new Object[][] {{1280, 720, false}, {1920, 1080, true}}) {
                Shown shown = Shown.bundled(name, AT_30S, (int) size[0], (int) size[1], (boolean) size[2]);
                List<Shown.Size> sizes = shown.textSizes();
                Shown.Size smallest = sizes.stream().min(Comparator.comparingDouble(Shown.Size::px)).orElseThrow();
                line.append(String.format(Locale.ROOT, " | %sx%s%s: %.1f px ('%s')", size[0], size[1],
                        (boolean) size[2] ? " present" : "", smallest.px(), smallest.text()));
            }
            System.out.println("TEXT " + line);
        }
    }

    @Test
    void theSameScenarioHasTheSameRelativeLayoutAt1280x720And1920x1080AndDesignIIsRowI() throws Exception {
        for (String name : List.of("cap-partition", "load-balancing")) {
            Map<String, Rectangle2D> small = boxes(Shown.bundled(name, 1_000_000_000L, 1280, 720, false));
            Map<String, Rectangle2D> large = boxes(Shown.bundled(name, 1_000_000_000L, 1920, 1080, false));
            assertEquals(small.keySet(), large.keySet(), name);
            String first = small.keySet().iterator().next();
            double smallUnit = small.get(first).getWidth();
            double largeUnit = large.get(first).getWidth();
            assertTrue(largeUnit > smallUnit, name + ": the larger window draws larger boxes");
            for (String box : small.keySet()) {
                // Each box's place relative to the first box, in box widths: the same picture, scaled.
                double sx = (centreX(small.get(box)) - centreX(small.get(first))) / smallUnit;
                double sy = (centreY(small.get(box)) - centreY(small.get(first))) / smallUnit;
                double lx = (centreX(large.get(box)) - centreX(large.get(first))) / largeUnit;
                double ly = (centreY(large.get(box)) - centreY(large.get(first))) / largeUnit;
                assertEquals(sx, lx, 0.02, name + " " + box + " across");
                assertEquals(sy, ly, 0.02, name + " " + box + " down");
            }
            Shown shown = Shown.bundled(name, 1_000_000_000L, 1280, 720, false);
            Layout layout = shown.topology().topology().layout();
            Map<String, Rectangle2D> drawn = boxes(shown);
            int designs = layout.bands().size();
            assertTrue(designs >= 2, name + " compares designs");
            for (int band = 0; band + 1 < designs; band++) {
                double bottom = lowest(layout, drawn, band);
                double top = highest(layout, drawn, band + 1);
                assertTrue(bottom < top, name + ": design " + band + " is wholly above design " + (band + 1));
            }
        }
    }

    @Test
    void noTextIsBelow18PxAt1920x1080InPresentationModeAndTheCaptionIsAtLeast20() throws Exception {
        for (String name : List.of("cap-partition", "multi-region")) {
            Shown shown = Shown.bundled(name, AT_30S, 1920, 1080, true);
            List<Shown.Size> sizes = shown.textSizes();
            assertFalse(sizes.isEmpty());
            Shown.Size smallest = sizes.stream().min(Comparator.comparingDouble(Shown.Size::px)).orElseThrow();
            assertTrue(smallest.px() >= 18 - 1e-9, name + ": smallest text " + smallest);
            double caption = Shown.onFx(() -> {
                javafx.scene.control.Label label = (javafx.scene.control.Label) shown.scene.lookup("#caption");
                return label.getFont().getSize() * Shown.scaleOf(label);
            });
            assertTrue(caption >= 20, name + ": caption " + caption + " px");
        }
    }

    @Test
    void cutLabelsCoverNeitherEachOtherNorABox() throws Exception {
        for (String name : List.of("multi-region", "cap-partition")) {
            for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
                Shown shown = Shown.bundled(name, AT_30S, size[0], size[1], false);
                TopologyPane pane = shown.topology();
                List<Rectangle2D> labels = Shown.onFx(pane::cutLabels);
                List<Rectangle2D> boxes = Shown.onFx(pane::boxBounds);
                String where = name + " at " + size[0] + "x" + size[1];
                assertFalse(labels.isEmpty(), where + ": a partition is in force at 30 s");
                for (int i = 0; i < labels.size(); i++) {
                    for (int j = i + 1; j < labels.size(); j++) {
                        assertFalse(labels.get(i).intersects(labels.get(j)), where + ": labels " + labels);
                    }
                    for (Rectangle2D box : boxes) {
                        assertFalse(labels.get(i).intersects(box), where + ": label " + labels.get(i) + " on box " + box);
                    }
                }
            }
        }
    }

    private static Map<String, Rectangle2D> boxes(Shown shown) throws Exception {
        return Shown.onFx(() -> {
            Map<String, Rectangle2D> out = new LinkedHashMap<>();
            for (Node child : shown.topology().getChildrenUnmodifiable()) {
                if (child instanceof NodeBox || child instanceof TierBox) {
                    Bounds b = child.localToScene(child.getLayoutBounds());
                    // A tier's box under the name its layout box has, as a component's box.
                    out.put(child.getId().replaceFirst("^tier-", "node-"),
                            new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
                }
            }
            return out;
        });
    }

    private static double lowest(Layout layout, Map<String, Rectangle2D> drawn, int band) {
        return layout.boxes().stream().filter(b -> b.band() == band)
                .mapToDouble(b -> drawn.get("node-" + b.name()).getMaxY()).max().orElseThrow();
    }

    private static double highest(Layout layout, Map<String, Rectangle2D> drawn, int band) {
        return layout.boxes().stream().filter(b -> b.band() == band)
                .mapToDouble(b -> drawn.get("node-" + b.name()).getMinY()).min().orElseThrow();
    }

    private static double centreX(Rectangle2D r) {
        return r.getMinX() + r.getWidth() / 2;
    }

    private static double centreY(Rectangle2D r) {
        return r.getMinY() + r.getHeight() / 2;
    }
}
