package org.distsim.ui.live;

import java.util.Locale;

/**
 * What one headless replay cost: the simulated time it covered and the wall and CPU time that
 * took on the simulation thread.
 *
 * @param simulatedNanos simulated time replayed
 * @param wallNanos      wall-clock time the replay took
 * @param cpuNanos       CPU time of the simulation thread during it, or -1 where the JVM cannot measure it
 */
public record ReplayCost(long simulatedNanos, long wallNanos, long cpuNanos) {

    /** Wall seconds per simulated second replayed; 0 for an empty replay. */
    public double wallPerSimulatedSecond() {
        return simulatedNanos == 0 ? 0 : (double) wallNanos / simulatedNanos;
    }

    /** CPU seconds per simulated second replayed; -1 when unknown. */
    public double cpuPerSimulatedSecond() {
        return cpuNanos < 0 ? -1 : simulatedNanos == 0 ? 0 : (double) cpuNanos / simulatedNanos;
    }

    /** "replayed 42.0 s in 0.81 s". */
    public String describe() {
        return String.format(Locale.ROOT, "replayed %.1f s in %.2f s", simulatedNanos / 1e9, wallNanos / 1e9);
    }
}
