package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The words drawn on every bundled scenario's topology at 1280x720 stand clear: no label (a layer
 * heading, a CUT, a cable's load, a branch's share) overlaps another label, a box or an arrowhead,
 * none is cut by the pane's edge, and a branch's share sits on its own link, or off it joined to
 * it by a leader line that crosses no box, where it can be read as no other arrow's. At 30 s, when multi-region and cap-partition are cut.
 */
class TopologyLabelsTest {

    private static final long AT = 30_000_000_000L;
    /** Rectangles that only touch (anti-aliased edges a pixel apart) do not overlap. */
    private static final double TOUCH = 0.5;

    @BeforeAll
    static void toolkit() {
        Screenshots.startToolkit();
    }

    @TestFactory
    Stream<DynamicTest> noTopologyLabelOverlapsAnotherLabelABoxOrAnArrowheadNorIsClippedAt1280x720() throws IOException {
        Path root = Path.of(System.getProperty("distsim.root", ".."));
        List<Path> files;
        try (Stream<Path> listing = Files.list(root.resolve("scenarios"))) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "bundled scenarios found: " + files);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> check(file.getFileName().toString().replace(".yaml", ""))));
    }

    private static void check(String name) throws Exception {
        Shown shown = Shown.bundled(name, AT, 1280, 720, false);
        String problems = Shown.onFx(() -> problems(shown.topology()));
        assertTrue(problems.isEmpty(), name + ":\n" + problems);
    }

    private static String problems(TopologyPane pane) {
        List<String> problems = new ArrayList<>();
        List<Rectangle2D> labels = pane.words().labels();
        Rectangle2D area = new Rectangle2D(0, 0, pane.getWidth(), pane.getHeight());
        for (int i = 0; i < labels.size(); i++) {
            Rectangle2D label = labels.get(i);
            if (!inside(label, area)) {
                problems.add("label " + show(label) + " clipped by the pane " + show(area));
            }
            for (int j = i + 1; j < labels.size(); j++) {
                if (overlap(label, labels.get(j))) {
                    problems.add("labels " + show(label) + " and " + show(labels.get(j)) + " overlap");
                }
            }
            for (Rectangle2D box : pane.boxBounds()) {
                if (overlap(label, box)) {
                    problems.add("label " + show(label) + " covers the box " + show(box));
                }
            }
            for (Rectangle2D head : pane.words().arrowheads()) {
                if (overlap(label, head)) {
                    problems.add("label " + show(label) + " covers the arrowhead " + show(head));
                }
            }
        }
        for (String words : pane.words().detached()) {
            problems.add("the words \"" + words + "\" stand off their own link, joined to it by nothing");
        }
        for (javafx.geometry.Point2D[] leader : pane.words().leaders()) {
            for (Rectangle2D box : pane.boxBounds()) {
                if (org.distsim.ui.model.BranchPlaces.crossings(shrunk(box), List.of(List.of(leader))) > 0) {
                    problems.add("a leader line " + leader[0] + " to " + leader[1] + " crosses the box " + show(box));
                }
            }
        }
        return String.join("\n", problems);
    }

    @Test
    void photoSharingDrawsItsThreeLinksWithEachDirectionsUtilisation() throws Exception {
        Shown shown = Shown.bundled("photo-sharing", 45_000_000_000L, 1280, 720, false);
        List<String> words = Shown.onFx(() -> shown.topology().words().cableWords());
        assertEquals(3, words.size(), words.toString());
        assertTrue(words.get(0).matches("100 Mbit/s → \\d+ % ← \\d+ %"), words.get(0));
        assertTrue(words.get(2).startsWith("1 Gbit/s → "), words.get(2));
        // The direct link's photos direction is the saturated one: the lesson.
        int back = Integer.parseInt(words.get(0).replaceAll(".*← (\\d+) %", "$1"));
        assertTrue(back >= 85 && back <= 100, words.get(0));
    }

    @Test
    void multiRegionDrawsItsOceanLinkWithItsLatency() throws Exception {
        Shown shown = Shown.bundled("multi-region", AT, 1280, 720, false);
        List<String> words = Shown.onFx(() -> shown.topology().words().cableWords());
        assertEquals(List.of("link 40 ms"), words);
    }

    private static Rectangle2D shrunk(Rectangle2D r) {
        return new Rectangle2D(r.getMinX() + 1, r.getMinY() + 1, Math.max(0, r.getWidth() - 2), Math.max(0, r.getHeight() - 2));
    }

    private static boolean inside(Rectangle2D r, Rectangle2D area) {
        return r.getMinX() >= area.getMinX() - TOUCH && r.getMinY() >= area.getMinY() - TOUCH
                && r.getMaxX() <= area.getMaxX() + TOUCH && r.getMaxY() <= area.getMaxY() + TOUCH;
    }

    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        return a.getMinX() < b.getMaxX() - TOUCH && b.getMinX() < a.getMaxX() - TOUCH
                && a.getMinY() < b.getMaxY() - TOUCH && b.getMinY() < a.getMaxY() - TOUCH;
    }

    private static String show(Rectangle2D r) {
        return String.format(Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
