package org.distsim.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one benchmark measured in its own JVM, and its one-line wire form (a child JVM prints it,
 * the driver parses it).
 *
 * @param id             the benchmark's id
 * @param unit           what the rates count per wall second
 * @param warmupRates    rates of the warm-up iterations, not in the statistics
 * @param rates          rates of the measured iterations, per wall second
 * @param cpuRates       the same per CPU second of the benchmark thread: close to {@code rates} when
 *                       the thread had a core to itself, higher when it waited for one
 * @param allocBytesPerUnit bytes allocated by the benchmark thread per unit of work (measured iterations)
 * @param peakUsedBytes  sum of the heap pools' peaks over the measured iterations (includes garbage)
 * @param peakLiveBytes  largest heap occupancy after a collection, model and result still referenced
 * @param note           a remark from the last iteration
 */
record Result(String id, String unit, double[] warmupRates, double[] rates, double[] cpuRates,
              double allocBytesPerUnit,
              long peakUsedBytes, long peakLiveBytes, String note) {

    private static final String PREFIX = "@@result";

    Stats stats() {
        return Stats.of(rates);
    }

    Stats cpuStats() {
        return Stats.of(cpuRates);
    }

    String encode() {
        return String.join("\t", PREFIX, id, unit, join(warmupRates), join(rates), join(cpuRates),
                Double.toString(allocBytesPerUnit), Long.toString(peakUsedBytes), Long.toString(peakLiveBytes),
                note.replace('\t', ' ').replace('\n', ' '));
    }

    static boolean isEncoded(String line) {
        return line.startsWith(PREFIX + "\t");
    }

    static Result decode(String line) {
        String[] f = line.split("\t", -1);
        return new Result(f[1], f[2], split(f[3]), split(f[4]), split(f[5]), Double.parseDouble(f[6]),
                Long.parseLong(f[7]), Long.parseLong(f[8]), f[9]);
    }

    private static String join(double[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
    }

    private static double[] split(String csv) {
        return csv.isEmpty() ? new double[0] : Arrays.stream(csv.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
