package org.distsim.reports;

import java.util.List;
import java.util.Objects;

/**
 * One service-level objective of one workload, as the report checks it: a bound on a summary
 * figure of that workload (after the warm-up).
 *
 * @param workload  the workload's name
 * @param figure    a latency statistic ({@code mean}, {@code p50}, {@code p90}, {@code p95},
 *                  {@code p99}, {@code p999}, {@code max}: an upper bound in milliseconds),
 *                  {@code availability} (a lower bound, a fraction in [0, 1]) or
 *                  {@code throughput_rps} (a lower bound, successful requests per second)
 * @param limit     the bound, in the figure's unit
 */
public record Objective(String workload, String figure, double limit) {

    /** Latency statistics, bounded from above, in milliseconds. */
    public static final List<String> LATENCY_FIGURES = List.of("mean", "p50", "p90", "p95", "p99", "p999", "max");
    public static final String AVAILABILITY = "availability";
    public static final String THROUGHPUT = "throughput_rps";

    public Objective {
        Objects.requireNonNull(workload, "workload");
        if (!LATENCY_FIGURES.contains(figure) && !AVAILABILITY.equals(figure) && !THROUGHPUT.equals(figure)) {
            throw new IllegalArgumentException("not a figure an objective can bound: " + figure);
        }
        if (!Double.isFinite(limit) || limit < 0) {
            throw new IllegalArgumentException("an objective's limit must be finite and >= 0, got " + limit);
        }
    }

    /** A latency bound, from a duration in nanoseconds. */
    public static Objective latency(String workload, String statistic, long limitNanos) {
        return new Objective(workload, statistic, limitNanos / 1e6);
    }

    /** True for latency figures, which must stay at or below the limit; the others must reach it. */
    public boolean isUpperBound() {
        return LATENCY_FIGURES.contains(figure);
    }

    /** {@code p99 <= 25.000 ms}, {@code availability >= 99.900%}, {@code throughput >= 90.0/s}. */
    public String describe() {
        if (isUpperBound()) {
            return figure + " <= " + Decimals.fixed(limit, 3) + " ms";
        }
        if (AVAILABILITY.equals(figure)) {
            return "availability >= " + Decimals.percent(limit, 3);
        }
        return "throughput >= " + Decimals.fixed(limit, 1) + "/s";
    }
}
