package org.distsim.ui.live;

import java.util.List;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.result.TimeSeries;

/**
 * The lesson figure over time, one line per design, for the live chart beside p99 and
 * availability: the columns a {@link LessonPlan} chose before the run, read from the intervals
 * closed so far.
 *
 * <p>A count is drawn per second of its interval (stale reads/s, so a burst shows when it happened),
 * a ratio in percent, any other figure (a gauge's mean over the interval, a quotient) as it is. A
 * figure derived as a quotient of two counts is {@link Double#POSITIVE_INFINITY} in an interval with
 * some of its numerator and none of its denominator (calls offered, none succeeded): the chart marks
 * that stretch rather than leave a gap that would read as calm.
 */
record LessonSeries(LessonPlan plan, TimeSeries series) {

    String title() {
        return plan.title();
    }

    /**
     * How the values are drawn: a ratio in per cent (0 to 100), as {@link #value} draws it; a
     * quotient (how many times over) on a logarithmic axis; anything else linear.
     */
    LessonScale scale() {
        return switch (plan.kind()) {
            case RATIO -> LessonScale.PERCENT;
            case QUOTIENT -> LessonScale.RATIO;
            default -> LessonScale.LINEAR;
        };
    }

    /** The value drawn for design {@code design} in interval {@code index}, {@code seconds} long; null when undefined. */
    Double value(int design, int index, double seconds) {
        LessonPlan.Source source = plan.designs().get(design);
        if (source == null) {
            return null;
        }
        Double v = at(source.key(), index);
        FigureSpec.Derivation derivation = source.spec().derivation();
        if (v == null && derivation != null && derivation.infinite(at(source.key(derivation.numerator()), index),
                at(source.key(derivation.denominator()), index))) {
            return Double.POSITIVE_INFINITY;
        }
        if (v == null) {
            return null;
        }
        return switch (plan.kind()) {
            case COUNT -> v / seconds;
            case RATIO -> v * 100;
            default -> v;
        };
    }

    private Double at(String key, int index) {
        List<Double> values = series.values(key);
        return values == null || index >= values.size() ? null : values.get(index);
    }
}
