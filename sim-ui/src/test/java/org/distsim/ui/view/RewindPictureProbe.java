package org.distsim.ui.view;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.distsim.core.fault.Fault;
import org.distsim.models.scenario.Scenario;
import org.distsim.ui.Scenarios;
import org.distsim.ui.live.Command;
import org.distsim.ui.live.Mode;
import org.distsim.ui.live.SimDriver;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A picture, not a test: runs only with {@code -Dprobe=rewind-png}. It plays a bundled scenario to
 * 40 s with a crash of one node at 20 s, rewinds to 10 s, restarts nothing but crashes another
 * node (branch B), goes on to 30 s and renders the window with its time bar to a PNG:
 *
 * <pre>
 * mvn -B -ntp -pl sim-ui test -Dtest=RewindPictureProbe -Dprobe=rewind-png -Dprobe.file=../scenarios/cap-partition.yaml \
 *     -Dprobe.crash=a,b -Dprobe.size=1280x720 -Dprobe.out=/tmp/rewind.png
 * </pre>
 */
class RewindPictureProbe {

    private static final long S = 1_000_000_000L;

    @Test
    void rendersABranchedRun() throws Exception {
        if (!"rewind-png".equals(System.getProperty("probe"))) {
            return;
        }
        String file = System.getProperty("probe.file");
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        Scenario scenario = Scenarios.parse(file, text, List.of());
        String[] crash = System.getProperty("probe.crash").split(",");
        String[] size = System.getProperty("probe.size", "1280x720").split("x");
        Screenshots.startToolkit();
        try (SimDriver driver = new SimDriver(scenario, null).start()) {
            seek(driver, 20 * S);
            driver.send(new Command.Inject(new Fault.Crash(crash[0])));
            seek(driver, 40 * S);
            seek(driver, 10 * S);
            driver.send(new Command.Inject(new Fault.Crash(crash[1])));
            seek(driver, 30 * S);
            var shot = WaitForAsyncUtils.asyncFx(() -> {
                LiveWindow window = new LiveWindow(scenario, text, null, scenario.seed(), command -> { });
                Scene scene = window.scene(Double.parseDouble(size[0]), Double.parseDouble(size[1]));
                window.render(driver.latest(), 0);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                return scene.snapshot(null);
            }).get();
            ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", Path.of(System.getProperty("probe.out")).toFile());
        }
    }

    private static void seek(SimDriver driver, long atNanos) throws Exception {
        driver.send(new Command.Seek(atNanos));
        driver.await(s -> !s.rewind().seeking() && s.nowNanos() == atNanos && s.mode() != Mode.PLAYING
                && s.message().startsWith("at "), 120_000);
    }
}
