package org.distsim.core.facts;

/** The workload figures an objective ({@code slo:}) can bound. */
public enum ObjectiveFigure {
    MEAN("mean"),
    P50("p50"),
    P90("p90"),
    P95("p95"),
    P99("p99"),
    P999("p999"),
    MAX("max"),
    /** ok / finished requests, a lower bound. */
    AVAILABILITY("availability"),
    /** Successful requests per second, a lower bound. */
    THROUGHPUT("throughput_rps");

    private final String key;

    ObjectiveFigure(String key) {
        this.key = key;
    }

    /** The name in results and in {@code slo:} ({@code p99}, {@code availability}, {@code throughput_rps}). */
    public String key() {
        return key;
    }

    /** A latency statistic in milliseconds, bounded from above. */
    public boolean isLatency() {
        return this != AVAILABILITY && this != THROUGHPUT;
    }
}
