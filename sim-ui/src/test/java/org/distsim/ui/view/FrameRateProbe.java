package org.distsim.ui.view;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.distsim.models.scenario.Scenario;
import org.distsim.ui.Scenarios;
import org.distsim.ui.live.Command;
import org.distsim.ui.live.Mode;
import org.distsim.ui.live.SimDriver;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A measurement, not a test: it asserts nothing about wall time (house rule) and runs only with
 * {@code -Dprobe=frames}. It shows the window of a scenario on a headless stage (Monocle, software
 * rendering, the same pulse as a desktop) and prints the CPU used while paused, with this
 * window's skipping of unchanged frames and with drawing every pulse as before, then frames per
 * second and the median and 95th-percentile FX-thread time per frame while playing:
 *
 * <pre>
 * mvn -B -ntp -pl sim-ui test -Dtest=FrameRateProbe -Dprobe=frames -Dprobe.file=../scenarios/load-balancing.yaml -Dprobe.speed=1
 * </pre>
 */
class FrameRateProbe {

    @Test
    void measuresFramesAndIdleCpu() throws Exception {
        if (!"frames".equals(System.getProperty("probe"))) {
            return;
        }
        // A bundled scenario by file (../scenarios/load-balancing.yaml has 31 boxes), else a test one by name.
        String file = System.getProperty("probe.file");
        String name = System.getProperty("probe.scenario", "load-balancing");
        double speed = Double.parseDouble(System.getProperty("probe.speed", "1"));
        String text = file == null ? Scenarios.text(name)
                : java.nio.file.Files.readString(java.nio.file.Path.of(file), java.nio.charset.StandardCharsets.UTF_8);
        Scenario scenario = Scenarios.parse(file == null ? name + ".yaml" : file, text, List.of());
        Screenshots.startToolkit();
        SimDriver driver = new SimDriver(scenario, null).start();
        AtomicBoolean always = new AtomicBoolean();
        List<Long> frameNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> renderNanos = Collections.synchronizedList(new ArrayList<>());
        long[] pulses = new long[2];
        LiveWindow window = WaitForAsyncUtils.asyncFx(() -> {
            LiveWindow w = new LiveWindow(scenario, text, null, scenario.seed(), driver::send);
            Stage stage = new Stage();
            stage.setScene(w.scene(1600, 900));
            stage.show();
            new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    pulses[0]++;
                    boolean drew;
                    if (always.get()) {
                        w.render(driver.latest(), now);
                        drew = true;
                    } else {
                        long before = System.nanoTime();
                        drew = w.frame(driver.latest(), now);
                        if (drew) {
                            renderNanos.add(System.nanoTime() - before);
                        }
                    }
                    if (drew) {
                        pulses[1]++;
                        if (last != 0) {
                            frameNanos.add(now - last);
                        }
                        last = now;
                    } else {
                        last = 0;
                    }
                }
            }.start();
            return w;
        }).get();
        System.out.printf(Locale.ROOT, "scenario %s: %d boxes in the topology%n", scenario.name(), org.distsim.ui.model.Topology.of(scenario).nodes().size());
        Thread.sleep(2000);
        System.out.printf(Locale.ROOT, "paused, unchanged frames skipped: %s%n", idleCpu(pulses));
        always.set(true);
        System.out.printf(Locale.ROOT, "paused, every pulse drawn (as before): %s%n", idleCpu(pulses));
        always.set(false);
        driver.send(new Command.SetSpeed(speed));
        driver.send(new Command.Play());
        Thread.sleep(3000);
        frameNanos.clear();
        renderNanos.clear();
        long before = pulses[1];
        long start = System.nanoTime();
        Thread.sleep(10_000);
        long drawn = pulses[1] - before;
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted;
        synchronized (frameNanos) {
            sorted = new ArrayList<>(frameNanos);
        }
        Collections.sort(sorted);
        var snapshot = driver.latest();
        System.out.printf(Locale.ROOT, "playing at %s asked, %s achieved, t=%.1f s, %s: %.1f frames/s, frame interval median %.1f ms, p95 %.1f ms%n",
                speed, snapshot.achieved(), snapshot.nowNanos() / 1e9, snapshot.mode(), drawn / seconds,
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6,
                sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.95)) / 1e6);
        List<Long> renders;
        synchronized (renderNanos) {
            renders = new ArrayList<>(renderNanos);
        }
        Collections.sort(renders);
        System.out.printf(Locale.ROOT, "FX-thread time in LiveWindow.render per frame: median %.1f ms, p95 %.1f ms%n",
                renders.isEmpty() ? 0 : renders.get(renders.size() / 2) / 1e6,
                renders.isEmpty() ? 0 : renders.get((int) (renders.size() * 0.95)) / 1e6);
        driver.send(new Command.Pause());
        driver.close();
        System.out.println("window " + (window.latest().mode() == Mode.FINISHED ? "finished" : "stopped"));
    }

    private static String idleCpu(long[] pulses) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long drawn = pulses[1];
        long wall = System.nanoTime();
        Thread.sleep(5000);
        double seconds = (System.nanoTime() - wall) / 1e9;
        return String.format(Locale.ROOT, "%.1f %% of one core, %.1f frames drawn/s",
                100.0 * (os.getProcessCpuTime() - cpu) / (System.nanoTime() - wall), (pulses[1] - drawn) / seconds);
    }
}
