package org.distsim.models.analytic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Requests flowing into a node, as the static forecast knows them: their rate from each workload
 * they started at, whether they arrive as a Poisson process, whether the rate holds still, the
 * share of reads, and which keys they name.
 *
 * @param rates         requests per second by the workload that started them, in scenario order
 * @param poisson       arrivals form a Poisson process (independent exponential gaps): the M of M/M/c
 * @param steady        the rate holds through the run; false when it is the peak of a schedule
 * @param readFraction  the share of requests that are reads, in [0, 1]
 * @param keys          the keys requests name; null when unknown (or a single key)
 */
public record Flow(Map<String, Double> rates, boolean poisson, boolean steady, double readFraction, KeyLaw keys) {

    public Flow {
        rates = Collections.unmodifiableMap(new LinkedHashMap<>(rates));
        if (rates.values().stream().anyMatch(r -> !(r >= 0) || !Double.isFinite(r))) {
            throw new IllegalArgumentException("rates must be finite and >= 0, got " + rates);
        }
        if (!(readFraction >= 0 && readFraction <= 1)) {
            throw new IllegalArgumentException("the read fraction must lie in [0, 1], got " + readFraction);
        }
        if (poisson && !steady) {
            throw new IllegalArgumentException("a Poisson flow has a steady rate");
        }
    }

    /** The requests of one workload. */
    public static Flow of(String workload, double rate, boolean poisson, boolean steady, double readFraction,
            KeyLaw keys) {
        return new Flow(Map.of(workload, rate), poisson, steady, readFraction, keys);
    }

    /** Requests per second in all. */
    public double rate() {
        double sum = 0;
        for (double r : rates.values()) {
            sum += r;
        }
        return sum;
    }

    /**
     * This flow and {@code other} arriving together. The superposition of independent Poisson
     * processes is Poisson; the read share is the rate-weighted mean; the keys are known when both
     * name the same.
     */
    public Flow merge(Flow other) {
        Map<String, Double> sum = new LinkedHashMap<>(rates);
        other.rates.forEach((w, r) -> sum.merge(w, r, Double::sum));
        double total = rate() + other.rate();
        double reads = total == 0 ? readFraction
                : (readFraction * rate() + other.readFraction * other.rate()) / total;
        return new Flow(sum, poisson && other.poisson, steady && other.steady, Math.min(1, reads),
                Objects.equals(keys, other.keys) ? keys : null);
    }

    /**
     * A share of these requests, each workload's rate times {@code fraction}. Random splitting of
     * a Poisson process is Poisson; any other (round robin, by key, by state) is not, which
     * {@code stillPoisson} says.
     */
    public Flow share(double fraction, boolean stillPoisson) {
        Map<String, Double> part = new LinkedHashMap<>();
        rates.forEach((w, r) -> part.put(w, r * fraction));
        return new Flow(part, poisson && stillPoisson, steady, readFraction, keys);
    }

    /** Only the requests started by {@code workloads} (a call made for some workloads only). */
    public Flow only(List<String> workloads) {
        Map<String, Double> part = new LinkedHashMap<>();
        rates.forEach((w, r) -> {
            if (workloads.contains(w)) {
                part.put(w, r);
            }
        });
        return new Flow(part, poisson, steady, readFraction, keys);
    }

    /** The same requests, no longer a Poisson process (they left a station that reshapes their gaps). */
    public Flow reshaped() {
        return new Flow(rates, false, steady, readFraction, keys);
    }
}
