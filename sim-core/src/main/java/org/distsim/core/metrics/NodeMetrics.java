package org.distsim.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.distsim.core.figure.CurveSpec;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.result.Curve;

/**
 * The figures of one node, in the order the component registers them, each against the
 * declaration ({@link FigureSpec}) its component type makes of it. Four recorders, kept apart as
 * the textbooks keep them: counters (how many), time-weighted gauges (how much, on average over
 * time), quotients of counters (hit ratio = hits / lookups) and figures computed at the end. Each
 * checks that the declaration's kind fits it: a gauge cannot be recorded as a counter.
 *
 * <p>Besides figures, a node may record probability curves over a delay ({@link #curve}), which
 * the run result carries next to its figures.
 *
 * <p>A family ({@code calls.<target>}) is registered once per peer, with the peer as qualifier.
 * Registering the same figure (and qualifier) again returns the same recorder.
 */
public final class NodeMetrics {

    private final String type;
    private final Figures figures;
    private final LongSupplier clock;
    private final long warmupEndNanos;
    private final List<CurveRecorder> curves = new ArrayList<>();

    NodeMetrics(String type, LongSupplier clock, long warmupEndNanos, Intervals intervals) {
        this.type = type;
        this.figures = new Figures(clock, warmupEndNanos, intervals);
        this.clock = clock;
        this.warmupEndNanos = warmupEndNanos;
    }

    public String type() {
        return type;
    }

    /** A count of what happens, declared {@code COUNT}. */
    public Counter counter(FigureSpec spec) {
        return figures.counter(spec, null);
    }

    /** One instance of a counted family, for {@code qualifier} (a target, a backend). */
    public Counter counter(FigureSpec spec, String qualifier) {
        return figures.counter(spec, qualifier);
    }

    /** A time-weighted level, declared {@code GAUGE}. */
    public TimeWeightedGauge gauge(FigureSpec spec) {
        return figures.gauge(spec, null);
    }

    /** One instance of a gauge family, for {@code qualifier} (a consumer, a partition). */
    public TimeWeightedGauge gauge(FigureSpec spec, String qualifier) {
        return figures.gauge(spec, qualifier);
    }

    /**
     * A figure computed when the run ends (a percentile, an amount left at the end); NaN (say, a
     * ratio of nothing) is reported as null. It has no time-series column.
     */
    public void derived(FigureSpec spec, DoubleSupplier value) {
        figures.derived(spec, null, value);
    }

    /**
     * {@code numerator / (sum of denominators)}, declared {@code RATIO} or {@code QUOTIENT}: in the
     * summary over the measured time, in the time series over each interval; undefined (null) when
     * the denominators are zero.
     */
    public void quotient(FigureSpec spec, Counter numerator, Counter... denominators) {
        figures.quotient(spec, numerator, Arrays.asList(denominators));
    }

    /**
     * A figure declared as the quotient of two counts ({@link FigureSpec#quotientOf}), for the peer
     * {@code qualifier} of a family (null for a single figure); both counts must be registered first.
     * Registering it again does nothing, as registering a counter again returns the same counter.
     */
    public void quotientOf(FigureSpec spec, String qualifier) {
        figures.quotientOf(spec, qualifier);
    }

    /**
     * A probability curve over a delay ({@link CurveRecorder}); registering the same curve again
     * returns the same recorder.
     */
    public CurveRecorder curve(CurveSpec spec) {
        for (CurveRecorder recorder : curves) {
            if (recorder.spec().name().equals(spec.name())) {
                if (!recorder.spec().equals(spec)) {
                    throw new IllegalArgumentException("curve " + spec.name() + " is registered twice with different"
                            + " declarations");
                }
                return recorder;
            }
        }
        CurveRecorder recorder = new CurveRecorder(spec, clock, warmupEndNanos);
        curves.add(recorder);
        return recorder;
    }

    void endWarmup(long nowNanos) {
        figures.endWarmup(nowNanos);
    }

    void closeInterval(long startNanos, long endNanos) {
        figures.closeInterval(startNanos, endNanos);
    }

    void columns(Figures.ColumnSink sink) {
        figures.columns(sink);
    }

    /** The summary figures for the run result. */
    List<Figure> summary(long nowNanos) {
        return figures.summary(nowNanos);
    }

    /** The curves, in the order they were registered. */
    List<Curve> curves() {
        return curves.stream().map(CurveRecorder::curve).toList();
    }
}
