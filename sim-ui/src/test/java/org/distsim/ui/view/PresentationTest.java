package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
}
