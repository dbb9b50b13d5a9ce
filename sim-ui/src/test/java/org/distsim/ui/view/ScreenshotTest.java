package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.ui.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Renders the live view headless to PNG. Always renders one picture to target/ (so a broken view
 * fails the build); with {@code -Dscreenshots=...} it renders the pictures asked for:
 *
 * <pre>
 * mvn -B -ntp -pl sim-ui -am test -Dtest=ScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dscreenshots='scenarios/cap-partition.yaml@25s@db=docs/images/live-cap.png'
 * </pre>
 *
 * Each entry is {@code SCENARIO@TIME[@NODE]=PNG}, entries separated by {@code ;}: the scenario
 * file, the simulated time in seconds ({@code 25s} or {@code 25}), optionally a component to show
 * in the inspector, and the image to write. Relative paths are from the repository root.
 */
class ScreenshotTest {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;

    @Test
    void rendersTheViewMidRun() throws Exception {
        Screenshots.startToolkit();
        Path png = Path.of("target", "screenshots", "load-balancing.png");
        Screenshots.render(Scenarios.load("load-balancing"), Scenarios.text("load-balancing"), 14_000_000_000L, null,
                png, WIDTH, HEIGHT);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        // The header's dark background is drawn (not a blank, unstyled scene).
        int header = image.getRGB(WIDTH / 2, 60) & 0xffffff;
        assertTrue(header == 0x263238, "header colour " + Integer.toHexString(header));
    }

    @Test
    void rendersTheScreenshotsAskedFor() throws Exception {
        String asked = System.getProperty("screenshots", "");
        if (asked.isBlank() || asked.startsWith("${")) {
            return;
        }
        Screenshots.startToolkit();
        Path root = Path.of(System.getProperty("distsim.root", ".."));
        for (String entry : asked.split(";")) {
            String[] sides = entry.trim().split("=", 2);
            String[] parts = sides[0].split("@");
            Path scenarioFile = root.resolve(parts[0]);
            String text = Files.readString(scenarioFile, StandardCharsets.UTF_8);
            Scenario scenario = ScenarioLoader.load(scenarioFile.toString(), text, List.of());
            long at = Math.round(Double.parseDouble(parts[1].replaceFirst("s$", "")) * 1e9);
            String select = parts.length > 2 ? parts[2] : null;
            Path png = root.resolve(sides[1]);
            Screenshots.render(scenario, text, at, select, png, WIDTH, HEIGHT);
            System.out.println("wrote " + png.normalize());
        }
    }
}
