package org.distsim.core.metrics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Statistic;
import org.distsim.core.figure.Window;

/**
 * The declared figures of one node or workload, in the order they were registered, each recorded
 * by the kind of recorder its declaration calls for: counters (how many), time-weighted gauges (how
 * much, on average over time), quotients of counters (hit ratio = hits / lookups) and figures
 * computed at the end. Registering checks that the declaration's kind fits the recorder, so a
 * figure's value always means what its declaration says.
 *
 * <p>Shared by {@link NodeMetrics} and {@link WorkloadMetrics} so that both have the same warm-up
 * and interval semantics: a counter's summary counts what happened after the warm-up (or, for a
 * per-request counter, what was due after it) and the time series shows its increase per interval;
 * a gauge's summary is its mean and max after the warm-up and the time series shows its mean per
 * interval; a quotient's time series divides its counters' increases; other derived figures appear
 * only in the summary.
 */
final class Figures {

    private static final Set<FigureKind> DERIVED = EnumSet.of(FigureKind.RATIO, FigureKind.RATE,
            FigureKind.DURATION, FigureKind.QUOTIENT, FigureKind.AMOUNT);

    private final LongSupplier clock;
    private final long warmupEndNanos;
    private final Intervals intervals;
    private final List<Recorded> recorded = new ArrayList<>();
    // Looked up by key only, never iterated: the order is the list's.
    private final Map<String, Recorded> byKey = new HashMap<>();

    Figures(LongSupplier clock, long warmupEndNanos, Intervals intervals) {
        this.clock = clock;
        this.warmupEndNanos = warmupEndNanos;
        this.intervals = intervals;
    }

    boolean isEmpty() {
        return recorded.isEmpty();
    }

    Counter counter(FigureSpec spec, String qualifier) {
        require(spec, spec.kind() == FigureKind.COUNT && spec.window() == Window.OCCURRENCE,
                "a count of what happens (a per-request count is a requestCounter)");
        return (Counter) register(spec, qualifier, () -> new Counter(intervals.closed()));
    }

    RequestCounter requestCounter(FigureSpec spec, String qualifier) {
        require(spec, spec.kind() == FigureKind.COUNT && spec.window() == Window.DUE_TIME,
                "a count by due time (a count of what happens is a counter)");
        return (RequestCounter) register(spec, qualifier, () -> new RequestCounter(warmupEndNanos, intervals));
    }

    TimeWeightedGauge gauge(FigureSpec spec, String qualifier) {
        require(spec, spec.kind() == FigureKind.GAUGE, "a gauge");
        return (TimeWeightedGauge) register(spec, qualifier, () -> new TimeWeightedGauge(clock, intervals.closed()));
    }

    void derived(FigureSpec spec, String qualifier, DoubleSupplier value) {
        require(spec, DERIVED.contains(spec.kind()), "a ratio, rate, duration, quotient or amount");
        register(spec, qualifier, () -> value);
    }

    /** A quotient of counts: {@code numerator / (sum of denominators)}, in the summary and per interval. */
    void quotient(FigureSpec spec, Object numerator, List<?> denominators) {
        require(spec, spec.kind() == FigureKind.RATIO || spec.kind() == FigureKind.QUOTIENT, "a ratio or a quotient");
        Quotient quotient = new Quotient(Counts.of(numerator), denominators.stream().map(Counts::of).toList());
        register(spec, null, () -> quotient);
    }

    /**
     * A declared quotient of two counts registered before it ({@link FigureSpec#quotientOf}): of the
     * same peer ({@code qualifier}), in the summary and per interval.
     */
    void quotientOf(FigureSpec spec, String qualifier) {
        FigureSpec.Derivation derivation = spec.derivation();
        if (derivation == null) {
            throw new IllegalArgumentException("figure " + spec.name()
                    + " is not declared as a quotient of two figures");
        }
        Recorded existing = byKey.get(spec.columnKey(qualifier));
        if (existing != null && existing.spec.equals(spec)) {
            // Registered again (two calls to one target share their counters): the same quotient.
            return;
        }
        Recorded numerator = byKey.get(derivation.numerator().columnKey(qualifier));
        Recorded denominator = byKey.get(derivation.denominator().columnKey(qualifier));
        if (numerator == null || denominator == null || !numerator.spec.equals(derivation.numerator())
                || !denominator.spec.equals(derivation.denominator())) {
            throw new IllegalArgumentException("figure " + spec.columnKey(qualifier) + " divides "
                    + derivation.numerator().name() + " by " + derivation.denominator().name()
                    + ": register both first");
        }
        Quotient quotient = new Quotient(Counts.of(numerator.recorder), List.of(Counts.of(denominator.recorder)));
        register(spec, qualifier, () -> quotient);
    }

    private static void require(FigureSpec spec, boolean fits, String what) {
        if (!fits) {
            throw new IllegalArgumentException("figure " + spec.name() + " is declared a " + spec.kind() + " ("
                    + spec.window() + "), which this recorder cannot record: it records " + what);
        }
    }

    private Object register(FigureSpec spec, String qualifier, java.util.function.Supplier<Object> recorder) {
        String key = spec.columnKey(qualifier);
        Recorded existing = byKey.get(key);
        if (existing != null) {
            if (!existing.spec.equals(spec) || existing.recorder instanceof DoubleSupplier
                    || existing.recorder instanceof Quotient) {
                throw new IllegalArgumentException("figure '" + key + "' is already registered");
            }
            return existing.recorder;
        }
        Recorded entry = new Recorded(spec, qualifier, recorder.get());
        recorded.add(entry);
        byKey.put(key, entry);
        return entry.recorder;
    }

    void endWarmup(long nowNanos) {
        for (Recorded r : recorded) {
            if (r.recorder instanceof Counter c) {
                c.endWarmup();
            } else if (r.recorder instanceof TimeWeightedGauge g) {
                g.endWarmup(nowNanos);
            }
        }
    }

    void closeInterval(long startNanos, long endNanos) {
        for (Recorded r : recorded) {
            if (r.recorder instanceof Counter c) {
                c.closeInterval();
            } else if (r.recorder instanceof TimeWeightedGauge g) {
                g.closeInterval(startNanos, endNanos);
            }
        }
    }

    /** The time-series columns, in registration order: every figure but those computed only at the end. */
    void columns(ColumnSink sink) {
        for (Recorded r : recorded) {
            List<Double> values = null;
            if (r.recorder instanceof Counter c) {
                values = copy(c.column());
            } else if (r.recorder instanceof RequestCounter c) {
                values = c.column();
            } else if (r.recorder instanceof TimeWeightedGauge g) {
                values = copy(g.column());
            } else if (r.recorder instanceof Quotient q) {
                values = q.column(intervals.closed());
            }
            if (values != null) {
                sink.column(r.spec, r.qualifier, values);
            }
        }
    }

    /** A copy that may hold nulls, which {@code List.copyOf} refuses. */
    private static List<Double> copy(List<Double> values) {
        return new ArrayList<>(values);
    }

    /**
     * The summary figures: counts as {@code Long} totals after the warm-up, gauges as their mean and
     * max, the others as {@code Double}; undefined values (NaN, infinities, a quotient of nothing) as
     * {@code null}.
     */
    List<Figure> summary(long nowNanos) {
        List<Figure> values = new ArrayList<>();
        for (Recorded r : recorded) {
            Object recorder = r.recorder;
            if (recorder instanceof Counter c) {
                values.add(new Figure(r.spec, r.qualifier, Statistic.VALUE, c.value()));
            } else if (recorder instanceof RequestCounter c) {
                values.add(new Figure(r.spec, r.qualifier, Statistic.VALUE, c.value()));
            } else if (recorder instanceof TimeWeightedGauge g) {
                values.add(new Figure(r.spec, r.qualifier, Statistic.MEAN, finiteOrNull(g.mean(nowNanos))));
                values.add(new Figure(r.spec, r.qualifier, Statistic.MAX, finiteOrNull(g.max())));
            } else if (recorder instanceof Quotient q) {
                values.add(new Figure(r.spec, r.qualifier, Statistic.VALUE, q.value()));
            } else {
                values.add(new Figure(r.spec, r.qualifier, Statistic.VALUE,
                        finiteOrNull(((DoubleSupplier) recorder).getAsDouble())));
            }
        }
        return values;
    }

    static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Receives the time-series columns of one owner. */
    @FunctionalInterface
    interface ColumnSink {
        void column(FigureSpec spec, String qualifier, List<Double> values);
    }

    private record Recorded(FigureSpec spec, String qualifier, Object recorder) {
    }

    /** A count that a quotient divides: an event counter or a per-request counter. */
    private interface Counts {
        long value();

        Double inInterval(int index);

        static Counts of(Object counter) {
            if (counter instanceof Counter c) {
                return new Counts() {
                    @Override
                    public long value() {
                        return c.value();
                    }

                    @Override
                    public Double inInterval(int index) {
                        return c.column().get(index);
                    }
                };
            }
            if (counter instanceof RequestCounter c) {
                return new Counts() {
                    @Override
                    public long value() {
                        return c.value();
                    }

                    @Override
                    public Double inInterval(int index) {
                        return (double) c.inInterval(index);
                    }
                };
            }
            throw new IllegalArgumentException("a quotient divides counters, not " + counter);
        }
    }

    /** numerator / sum of denominators; undefined when the denominators sum to zero. */
    private record Quotient(Counts numerator, List<Counts> denominators) {

        Double value() {
            long whole = 0;
            for (Counts d : denominators) {
                whole += d.value();
            }
            return whole == 0 ? null : (double) numerator.value() / whole;
        }

        List<Double> column(int intervals) {
            List<Double> column = new ArrayList<>(intervals);
            for (int i = 0; i < intervals; i++) {
                Double part = numerator.inInterval(i);
                double whole = 0;
                boolean defined = part != null;
                for (Counts d : denominators) {
                    Double v = d.inInterval(i);
                    defined &= v != null;
                    whole += v == null ? 0 : v;
                }
                column.add(!defined || whole == 0 ? null : part / whole);
            }
            return column;
        }
    }
}
