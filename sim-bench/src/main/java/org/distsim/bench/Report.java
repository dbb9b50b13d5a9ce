package org.distsim.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The closing table: rates, allocation and heap per benchmark, then ratios and targets. */
final class Report {

    record Row(String id, String title, Result result) {
    }

    private Report() {
    }

    static void print(PrintStream out, List<Row> rows) {
        out.println("Results: millions of units per wall second over n measured iterations (after warm-up);");
        out.println("'per cpu-s' divides by the benchmark thread's CPU time instead: well above the wall figure means");
        out.println("the thread was kept waiting for a core by other work on the machine.");
        out.printf(Locale.ROOT, "%-14s %-66s %-10s %15s %7s %7s %7s %3s %9s %10s %10s %10s%n", "id", "benchmark", "unit",
                "mean ± sd", "min", "median", "max", "n", "per cpu-s", "alloc/unit", "peak used", "peak live");
        for (Row row : rows) {
            Result r = row.result();
            Stats s = r.stats();
            out.printf(Locale.ROOT, "%-14s %-66s %-10s %7.2f ± %5.2f %7.2f %7.2f %7.2f %3d %9.2f %8.1f B %10s %10s%n",
                    row.id(), row.title(), r.unit(), s.mean() / 1e6, s.stdev() / 1e6, s.min() / 1e6, s.median() / 1e6,
                    s.max() / 1e6, s.n(), r.cpuStats().mean() / 1e6, r.allocBytesPerUnit(), mib(r.peakUsedBytes()),
                    mib(r.peakLiveBytes()));
        }
        for (Row row : rows) {
            if (!row.result().note().isEmpty()) {
                out.printf("  %s: %s%n", row.id(), row.result().note());
            }
        }
        Map<String, Stats> by = rows.stream().collect(Collectors.toMap(Row::id, r -> r.result().stats()));
        Function<String, Double> mean = id -> by.containsKey(id) ? by.get(id).mean() : Double.NaN;

        out.println();
        out.println("Ratios (of means)");
        ratio(out, "kernel (a) / SSJ hold, 1 000 pending", mean.apply("a"), mean.apply("ssj-a"));
        ratio(out, "kernel (b) / SSJ hold, 100 000 pending", mean.apply("b"), mean.apply("ssj-b"));
        ratio(out, "kernel (a) / SSJ hold with distsim's sampler (event lists only)", mean.apply("a"),
                mean.apply("ssj-a-zig"));
        ratio(out, "kernel (a) / plain primitive-array heap loop", mean.apply("a"), mean.apply("baseline"));
        ratio(out, "kernel (b) / kernel (a): cost of a 100x larger queue", mean.apply("b"), mean.apply("a"));
        ratio(out, "(c) full path / SSJ M/M/1 (requests per wall second)", mean.apply("c"), mean.apply("ssj-mm1"));
        ratio(out, "(a) with a no-op observer / without (timers never call it)", mean.apply("a-observed"),
                mean.apply("a"));
        ratio(out, "ring with a no-op observer / without", mean.apply("ring-noop"), mean.apply("ring"));
        ratio(out, "ring with a counting observer / without", mean.apply("ring-counting"), mean.apply("ring"));

        out.println();
        out.println("Targets");
        target(out, "(a) kernel events per second", mean.apply("a"), Benchmarks.TARGET_KERNEL_EVENTS);
        target(out, "(c) simulated requests per wall second", mean.apply("c"), Benchmarks.TARGET_REQUESTS);
    }

    private static void ratio(PrintStream out, String what, double numerator, double denominator) {
        if (!Double.isNaN(numerator) && !Double.isNaN(denominator)) {
            out.printf(Locale.ROOT, "  %-66s %6.2fx%n", what, numerator / denominator);
        }
    }

    private static void target(PrintStream out, String what, double measured, double target) {
        if (!Double.isNaN(measured)) {
            out.printf(Locale.ROOT, "  %-40s %7.2f M, target >= %.0f M: %s%n", what, measured / 1e6, target / 1e6,
                    measured >= target ? "met" : "MISSED");
        }
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
