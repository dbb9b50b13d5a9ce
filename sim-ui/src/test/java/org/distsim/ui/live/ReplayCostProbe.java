package org.distsim.ui.live;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.ui.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test: it asserts nothing about wall time (house rule) and runs only with
 * {@code -Dprobe=replay}. For each scenario file it replays the whole run headless, as a rewind
 * does (a fresh {@link LiveRun} with its observers, wired and taken to the time by a {@link Replay}), three
 * times, and prints the wall and CPU seconds per simulated second of the last two (the first warms
 * the JIT, as watching the run has before a teacher rewinds), and beside it the CPU time of the
 * same run headless ({@code distsim run}'s path, without the view's observers):
 *
 * <pre>
 * mvn -B -ntp -pl sim-ui test -Dtest=ReplayCostProbe -Dprobe=replay \
 *     -Dprobe.files=../scenarios/validation/mm1.yaml,../scenarios/load-balancing.yaml
 * </pre>
 */
class ReplayCostProbe {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void measuresReplayCostPerSimulatedSecond() throws Exception {
        if (!"replay".equals(System.getProperty("probe"))) {
            return;
        }
        for (String file : System.getProperty("probe.files", "").split(",")) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            Scenario scenario = Scenarios.parse(file, text, List.of());
            ReplayCost best = null;
            for (int pass = 0; pass < 3; pass++) {
                Replay replay = new Replay(() -> new LiveRun(scenario, null), Long.MAX_VALUE, System::nanoTime);
                while (!replay.advance(100_000_000L)) {
                    // Slices as the driver runs them, minus the progress pictures.
                }
                ReplayCost cost = replay.cost();
                if (pass > 0 && (best == null || cost.wallNanos() < best.wallNanos())) {
                    best = cost;
                }
            }
            long headlessCpu = Long.MAX_VALUE;
            for (int pass = 0; pass < 2; pass++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                ScenarioRunner.run(scenario, RunOptions.defaults());
                headlessCpu = Math.min(headlessCpu, THREADS.getCurrentThreadCpuTime() - cpu);
            }
            System.out.printf(Locale.ROOT, "replay %-22s %4.0f s simulated: wall %.4f s/s, cpu %.4f s/s (whole run %.2f s wall,"
                    + " %.2f s cpu; headless distsim run %.2f s cpu)%n", Path.of(file).getFileName(),
                    best.simulatedNanos() / 1e9, best.wallPerSimulatedSecond(), best.cpuPerSimulatedSecond(),
                    best.wallNanos() / 1e9, best.cpuNanos() / 1e9, headlessCpu / 1e9);
        }
    }
}
