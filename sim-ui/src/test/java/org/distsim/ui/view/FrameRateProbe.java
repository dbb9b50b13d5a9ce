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
 *
 * Under a real X server instead of Monocle, with GTK and still software rendering:
 * {@code xvfb-run -a -s "-screen 0 1920x1080x24" mvn ... -Dprobe.display=x11 -Dprobe.size=1920x1080 -Dprobe.present=true}.
 * With {@code -Dprobe.parts=1} it first hides the topology's canvas, its boxes and the charts in
 * turn, twice over, and prints the CPU per frame of each: where a frame's cost goes (use a speed
 * below 1 for a scenario shorter than a minute, so it is still playing meanwhile).
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
        if ("x11".equals(System.getProperty("probe.display"))) {
            // A real X server (xvfb-run) with GTK, not Monocle; still software rendering (prism.order=sw).
            System.clearProperty("glass.platform");
            System.clearProperty("monocle.platform");
            System.clearProperty("testfx.headless");
            System.setProperty("java.awt.headless", "false");
        }
        String[] size = System.getProperty("probe.size", "1600x900").split("x");
        boolean present = Boolean.getBoolean("probe.present");
        Screenshots.startToolkit();
        SimDriver driver = new SimDriver(scenario, null).start();
        AtomicBoolean always = new AtomicBoolean();
        List<Long> frameNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> renderNanos = Collections.synchronizedList(new ArrayList<>());
        long[] pulses = new long[2];
        LiveWindow window = WaitForAsyncUtils.asyncFx(() -> {
            LiveWindow w = new LiveWindow(scenario, text, null, scenario.seed(), driver::send);
            Stage stage = new Stage();
            stage.setScene(w.scene(Integer.parseInt(size[0]), Integer.parseInt(size[1])));
            stage.show();
            w.present(present, 1);
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
        if (System.getProperty("probe.parts") != null) {
            parts(window, pulses);
        }
        frameNanos.clear();
        renderNanos.clear();
        long before = pulses[1];
        long start = System.nanoTime();
        long[] drawingCpu = drawingThreadsCpu();
        Thread.sleep(10_000);
        long drawn = pulses[1] - before;
        long[] drawingCpuAfter = drawingThreadsCpu();
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
        // CPU per frame does not depend on what else the machine runs: on a loaded machine the frame
        // rate above falls, but this cost is what a frame takes, and 1000 / cost is the rate an idle
        // core would reach.
        System.out.printf(Locale.ROOT, "CPU per drawn frame: FX thread %.1f ms, renderer %.1f ms (an idle core draws up to %.0f frames/s)%n",
                (drawingCpuAfter[0] - drawingCpu[0]) / 1e6 / Math.max(1, drawn), (drawingCpuAfter[1] - drawingCpu[1]) / 1e6 / Math.max(1, drawn),
                1e9 * Math.max(1, drawn) / Math.max(1, Math.max(drawingCpuAfter[0] - drawingCpu[0], drawingCpuAfter[1] - drawingCpu[1])));
        System.out.printf(Locale.ROOT, "load average while measuring: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        driver.send(new Command.Pause());
        driver.close();
        System.out.println("window " + (window.latest().mode() == Mode.FINISHED ? "finished" : "stopped"));
    }

    /** Hides one part of the window at a time and prints each configuration's CPU per frame, interleaved. */
    private static void parts(LiveWindow window, long[] pulses) throws Exception {
        TopologyPane pane = (TopologyPane) window.root().lookup("#topology");
        List<javafx.scene.Node> kids = WaitForAsyncUtils.asyncFx(() -> List.copyOf(pane.getChildrenUnmodifiable())).get();
        javafx.scene.Node canvas = kids.stream().filter(k -> k instanceof javafx.scene.canvas.Canvas).findFirst().orElseThrow();
        List<javafx.scene.Node> boxes = kids.stream().filter(k -> !(k instanceof javafx.scene.canvas.Canvas)).toList();
        javafx.scene.Node charts = window.root().lookup("#charts");
        String[] names = {"all", "no canvas", "no boxes", "no charts"};
        for (int round = 0; round < 2; round++) {
            for (int c = 0; c < names.length; c++) {
                int config = c;
                WaitForAsyncUtils.asyncFx(() -> {
                    canvas.setVisible(config != 1);
                    boxes.forEach(b -> b.setVisible(config != 2));
                    if (charts != null) {
                        charts.setVisible(config != 3);
                    }
                }).get();
                Thread.sleep(1000);
                long before = pulses[1];
                long[] cpu = drawingThreadsCpu();
                Thread.sleep(4000);
                long[] after = drawingThreadsCpu();
                long drawn = Math.max(1, pulses[1] - before);
                System.out.printf(Locale.ROOT, "parts %-18s FX %.1f ms, renderer %.1f ms per frame (%d frames)%n", names[c],
                        (after[0] - cpu[0]) / 1e6 / drawn, (after[1] - cpu[1]) / 1e6 / drawn, drawn);
            }
        }
        WaitForAsyncUtils.asyncFx(() -> {
            canvas.setVisible(true);
            boxes.forEach(b -> b.setVisible(true));
            if (charts != null) {
                charts.setVisible(true);
            }
        }).get();
    }

    /** CPU time so far of the JavaFX application thread and of the render thread, in nanoseconds. */
    private static long[] drawingThreadsCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            if (info.getThreadName().equals("JavaFX Application Thread")) {
                cpu[0] += threads.getThreadCpuTime(info.getThreadId());
            } else if (info.getThreadName().startsWith("QuantumRenderer")) {
                cpu[1] += threads.getThreadCpuTime(info.getThreadId());
            }
        }
        return cpu;
    }

    private static String idleCpu(long[] pulses) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long drawn = pulses[1];
        long wall = System.nanoTime();
        var threads = ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> before = new java.util.TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            var info = threads.getThreadInfo(id);
            if (info != null) {
                before.merge(info.getThreadName(), threads.getThreadCpuTime(id), Long::sum);
            }
        }
        Thread.sleep(5000);
        double seconds = (System.nanoTime() - wall) / 1e9;
        // The threads that used the most CPU meanwhile: where a paused window's cost goes.
        java.util.Map<String, Long> used = new java.util.TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            var info = threads.getThreadInfo(id);
            if (info != null) {
                used.merge(info.getThreadName(), threads.getThreadCpuTime(id) - before.getOrDefault(info.getThreadName(), 0L), Long::sum);
            }
        }
        String busiest = used.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(3)
                .map(e -> String.format(Locale.ROOT, "%s %.1f %%", e.getKey(), 100.0 * e.getValue() / (seconds * 1e9)))
                .collect(java.util.stream.Collectors.joining(", "));
        return String.format(Locale.ROOT, "%.1f %% of one core, %.1f frames drawn/s (busiest threads: %s)",
                100.0 * (os.getProcessCpuTime() - cpu) / (System.nanoTime() - wall), (pulses[1] - drawn) / seconds, busiest);
    }
}
