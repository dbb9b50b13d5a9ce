package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled scenario's topology is readable on a projector: no text of its boxes or of its
 * drawing under 11 px in a 1280x720 window, nor in a 1920x1080 one, and in presentation mode at
 * 1920x1080 (the 1280x720 picture scaled by 1.5) none under 16.5 px. Measured while the scenario's
 * longest caption shows (at 30 s when it has none), since a caption that wraps to two lines takes
 * its height from the window. Found on disk, so a new scenario is covered without touching this
 * test.
 */
class TopologyTextTest {

    private static final long AT = 30_000_000_000L;
    static final double LEAST_PX = 11;

    @BeforeAll
    static void toolkit() {
        Screenshots.startToolkit();
    }

    @TestFactory
    Stream<DynamicTest> everyBundledScenariosTopologyTextIsReadableAt1280x720And1920x1080() throws IOException {
        Path root = Path.of(System.getProperty("distsim.root", ".."));
        List<Path> files;
        try (Stream<Path> listing = Files.list(root.resolve("scenarios"))) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "bundled scenarios found: " + files);
        // -Dprobe.only=a,b narrows the run to some scenarios while working on them.
        String only = System.getProperty("probe.only", "");
        if (!only.isBlank() && !only.startsWith("${")) {
            files = files.stream().filter(f -> List.of(only.split(",")).contains(f.getFileName().toString().replace(".yaml", ""))).toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> check(file.getFileName().toString().replace(".yaml", ""))));
    }

    /** Just after the scenario's longest caption appears, or {@link #AT} when it has none. */
    static long longestCaption(String name) throws Exception {
        Path file = Path.of(System.getProperty("distsim.root", "..")).resolve("scenarios").resolve(name + ".yaml");
        var scenario = org.distsim.models.scenario.ScenarioLoader.load(file.toString(), Files.readString(file),
                List.of());
        return scenario.notes().stream().max(java.util.Comparator.comparingInt(n -> n.text().length()))
                .map(n -> Math.min(n.atNanos() + 2_000_000_000L, scenario.durationNanos())).orElse(AT);
    }

    private static void check(String name) throws Exception {
        long at = longestCaption(name);
        List<Shown> shown = Shown.bundled(name, at, List.of(new Shown.Window(1280, 720, false),
                new Shown.Window(1920, 1080, false), new Shown.Window(1920, 1080, true)));
        double small = shown.get(0).smallestTopologyText();
        double large = shown.get(1).smallestTopologyText();
        double present = shown.get(2).smallestTopologyText();
        String sizes = String.format(Locale.ROOT, "%s at %d s: smallest topology text %.1f px at 1280x720, %.1f px at"
                + " 1920x1080, %.1f px at 1920x1080 in presentation mode", name, at / 1_000_000_000L, small, large, present);
        System.out.println("TOPOLOGY TEXT " + sizes + Shown.onFx(() -> {
            TopologyPane pane = shown.get(0).topology();
            return String.format(Locale.ROOT, " (pane %.0fx%.0f, %s, %d tiers, smallest '%s')", pane.getWidth(),
                    pane.getHeight(), pane.topology().shape(), pane.topology().tiers().size(), pane.smallestText().words());
        }));
        String pictures = System.getProperty("probe.png", "");
        if (!pictures.isBlank() && !pictures.startsWith("${")) {
            String[] suffix = {"-1280", "-1920", "-1920p"};
            for (int i = 0; i < shown.size(); i++) {
                Shown s = shown.get(i);
                var image = Shown.onFx(() -> s.scene.snapshot(null));
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                        Path.of(pictures, name + suffix[i] + ".png").toFile());
            }
        }
        assertTrue(small >= LEAST_PX - 1e-9, sizes);
        assertTrue(large >= LEAST_PX - 1e-9, sizes);
        assertTrue(present >= 1.5 * LEAST_PX - 1e-9, sizes);
    }
}
