package org.distsim.models.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a run of a scenario will cost, estimated from the bound scenario before it starts: the
 * events it dispatches and the memory it holds. Each {@link Term} is one knob that makes work
 * (a workload's rate, a periodic timer's interval), with where it was written, so that a run too
 * large to be meant can be refused naming the knob to blame. The estimate is per simulated second,
 * so that whatever sets the duration ({@code duration:}, {@code --duration}, an experiment) is
 * checked the same way: {@link #events} and {@link #bytes} take the duration of the run.
 *
 * <p>It is an upper estimate on purpose, within a small factor of what the run does: a request
 * counts every hop its call graph can take (each call of a fan-out, each retry), a load balancer
 * counts its costliest backend, a workload its highest rate (the peak of a diurnal curve, a step,
 * the largest load spike) for the whole run.
 *
 * @param terms        the knobs that make work, in scenario order
 * @param series       time series recorded per report interval (one per workload and per node)
 */
public record Demand(List<Term> terms, int series) {

    /** Memory held per request in flight and per hop: its message, its call record, its timer. */
    public static final double BYTES_PER_CALL = 400;
    /** Memory per time series and report interval: its counters and its latency percentiles. */
    public static final double BYTES_PER_POINT = 600;
    /** The estimate of a scenario that makes no work (none is ever built by the loader). */
    public static final Demand NONE = new Demand(List.of(), 0);

    /**
     * One knob that makes work.
     *
     * @param path             where it is in the scenario, dotted ({@code workloads.clients.rate})
     * @param where            where it was written: {@code file:line:col}, or the {@code --set} argument
     * @param what             what it makes, in words ({@code 800/s requests, 4 hops each})
     * @param eventsPerSecond  events it makes per simulated second
     * @param callsPerSecond   requests and calls it puts in flight per simulated second
     * @param holdNanos        how long one of those may stay in flight (its timeout); 0 for none
     */
    public record Term(String path, String where, String what, double eventsPerSecond, double callsPerSecond,
            long holdNanos) {

        /** The events it makes in a run of {@code durationNanos}. */
        public double events(long durationNanos) {
            return eventsPerSecond * seconds(durationNanos);
        }

        /** The memory its requests in flight hold at once, at most, in a run of {@code durationNanos}. */
        public double bytes(long durationNanos) {
            return callsPerSecond * seconds(Math.min(holdNanos, durationNanos)) * BYTES_PER_CALL;
        }
    }

    public Demand {
        terms = List.copyOf(terms);
    }

    /** The events a run of {@code durationNanos} dispatches, estimated. */
    public double events(long durationNanos) {
        double total = 0;
        for (Term term : terms) {
            total += term.events(durationNanos);
        }
        return total;
    }

    /** The memory a run of {@code durationNanos} in intervals of {@code intervalNanos} holds, estimated, in bytes. */
    public double bytes(long durationNanos, long intervalNanos) {
        double total = timeSeriesBytes(durationNanos, intervalNanos);
        for (Term term : terms) {
            total += term.bytes(durationNanos);
        }
        return total;
    }

    /** The memory of the time series alone. */
    public double timeSeriesBytes(long durationNanos, long intervalNanos) {
        double intervals = Math.ceil((double) durationNanos / intervalNanos);
        return intervals * series * BYTES_PER_POINT;
    }

    /** The terms that make the most events in a run of {@code durationNanos}, most first; ties keep scenario order. */
    public List<Term> byEvents(long durationNanos) {
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparingDouble((Term t) -> t.events(durationNanos)).reversed());
        return sorted;
    }

    /** The terms that hold the most memory in a run of {@code durationNanos}, most first. */
    public List<Term> byBytes(long durationNanos) {
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparingDouble((Term t) -> t.bytes(durationNanos)).reversed());
        return sorted;
    }

    /**
     * A count as a person reads it: whole below 10^10 ({@code 2,000,000,000}), with three digits
     * below 1 ({@code 0.25}), else as a mantissa and a power of ten ({@code 3.2e12}, {@code 1e21}).
     */
    public static String count(double value) {
        if (value < 1 && value > 0) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        if (value < 1e10) {
            return String.format(Locale.ROOT, "%,d", Math.round(value));
        }
        int exponent = (int) Math.floor(Math.log10(value));
        double mantissa = Math.round(value / Math.pow(10, exponent) * 10) / 10.0;
        if (mantissa >= 10) {
            mantissa /= 10;
            exponent++;
        }
        String digits = mantissa == Math.rint(mantissa) ? Long.toString((long) mantissa)
                : String.format(Locale.ROOT, "%.1f", mantissa);
        return digits + "e" + exponent;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
