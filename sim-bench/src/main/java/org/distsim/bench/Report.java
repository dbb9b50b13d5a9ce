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
        Map<String, Result> by = rows.stream().collect(Collectors.toMap(Row::id, Row::result));
        Function<String, Double> mean = id -> by.containsKey(id) ? by.get(id).stats().mean() : Double.NaN;
        Function<String, Double> cpu = id -> by.containsKey(id) ? by.get(id).cpuStats().mean() : Double.NaN;

        out.println();
        out.println("Ratios (of means; wall seconds unless marked cpu)");
        ratio(out, "kernel (a) / SSJ hold, 1 000 pending", mean.apply("a"), mean.apply("ssj-a"));
        ratio(out, "kernel (b) / SSJ hold, 100 000 pending", mean.apply("b"), mean.apply("ssj-b"));
        ratio(out, "kernel (a) / SSJ hold with distsim's sampler (event lists only)", mean.apply("a"),
                mean.apply("ssj-a-zig"));
        ratio(out, "kernel (a) / plain primitive-array heap loop", mean.apply("a"), mean.apply("baseline"));
        ratio(out, "kernel (a) / plain primitive-array heap loop (cpu)", cpu.apply("a"), cpu.apply("baseline"));
        ratio(out, "kernel (b) / kernel (a): cost of a 100x larger queue", mean.apply("b"), mean.apply("a"));
        ratio(out, "kernel (b) / kernel (a): cost of a 100x larger queue (cpu)", cpu.apply("b"), cpu.apply("a"));
        ratio(out, "(c) full path / SSJ M/M/1 (requests per wall second)", mean.apply("c"), mean.apply("ssj-mm1"));
        ratio(out, "(c-5m) full path / SSJ M/M/1, 5 M customers", mean.apply("c-5m"), mean.apply("ssj-mm1-5m"));
        ratio(out, "(c-5m) full path / SSJ M/M/1, 5 M customers (cpu)", cpu.apply("c-5m"), cpu.apply("ssj-mm1-5m"));
        ratio(out, "(c-5m) full path / tight M/M/1 loop, 5 M customers", mean.apply("c-5m"),
                mean.apply("loop-mm1-5m"));
        ratio(out, "(c-5m) full path / tight M/M/1 loop, 5 M customers (cpu)", cpu.apply("c-5m"),
                cpu.apply("loop-mm1-5m"));
        ratio(out, "SSJ M/M/1 / tight M/M/1 loop, 5 M customers", mean.apply("ssj-mm1-5m"), mean.apply("loop-mm1-5m"));
        ratio(out, "(a) with a no-op observer / without (timers never call it)", mean.apply("a-observed"),
                mean.apply("a"));
        ratio(out, "ring with a no-op observer / without", mean.apply("ring-noop"), mean.apply("ring"));
        ratio(out, "ring with a counting observer / without", mean.apply("ring-counting"), mean.apply("ring"));

        if (by.containsKey("url-2.5s") || by.containsKey("url") || by.containsKey("url-40s")) {
            out.println();
            out.println("url-shortener: cost per simulated request as runs grow (per cpu second of the run's thread)");
            for (String id : new String[] {"url-2.5s", "url", "url-40s"}) {
                if (by.containsKey(id)) {
                    out.printf(Locale.ROOT, "  %-10s %8.3f us per request%n", id, 1e6 / cpu.apply(id));
                }
            }
            if (by.containsKey("url-2.5s") && by.containsKey("url-40s")) {
                double short_ = 1e6 / cpu.apply("url-2.5s");
                double long_ = 1e6 / cpu.apply("url-40s");
                out.printf(Locale.ROOT, "  slope: %+.1f %% per request from a 2.5 s run to a 40 s run (16x the requests)%n",
                        100 * (long_ - short_) / short_);
            }
        }

        out.println();
        out.println("Targets");
        target(out, "(a) kernel events per second", mean.apply("a"), Benchmarks.TARGET_KERNEL_EVENTS);
        target(out, "(c) simulated requests per wall second", mean.apply("c"), Benchmarks.TARGET_REQUESTS);
        target(out, "url-shortener requests per cpu second", cpu.apply("url"), 1e6);
        atLeast(out, "(a) / plain heap loop", mean.apply("a") / mean.apply("baseline"), 0.8);
        atLeast(out, "(b) / (a): cost per event grows <= 1.5x", mean.apply("b") / mean.apply("a"), 1 / 1.5);
        atLeast(out, "(c-5m) / SSJ M/M/1 at 5 M customers", mean.apply("c-5m") / mean.apply("ssj-mm1-5m"), 1.0);
        // Under load the wall-clock ratios mostly measure who got a core; the CPU-time ones do not.
        atLeast(out, "(a) / plain heap loop (cpu)", cpu.apply("a") / cpu.apply("baseline"), 0.8);
        atLeast(out, "(b) / (a) (cpu)", cpu.apply("b") / cpu.apply("a"), 1 / 1.5);
        atLeast(out, "(c-5m) / SSJ M/M/1 at 5 M customers (cpu)", cpu.apply("c-5m") / cpu.apply("ssj-mm1-5m"), 1.0);
    }

    private static void atLeast(PrintStream out, String what, double measured, double target) {
        if (!Double.isNaN(measured)) {
            out.printf(Locale.ROOT, "  %-40s %7.2f, target >= %.2f: %s%n", what, measured, target,
                    measured >= target ? "met" : "MISSED");
        }
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
