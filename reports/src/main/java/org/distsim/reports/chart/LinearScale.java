package org.distsim.reports.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A linear axis with ticks at the multiples of a nice step. Two ways to choose the domain:
 * {@link #rounded} widens the data's range to the ticks around it (a y axis from 0 to the first
 * tick above the highest value), {@link #exact} keeps the range given and ticks what lies inside
 * it (an x axis that ends where the data or the run end, not at the next round number).
 *
 * <p>Ticks are exact decimals ({@code lo + i * step} in {@link BigDecimal}), so their labels need
 * no rounding and every label of an axis has the same number of decimals.
 */
public final class LinearScale implements Scale {

    private final double min;
    private final double max;
    private final List<Tick> ticks;

    private LinearScale(double min, double max, List<Tick> ticks) {
        this.min = min;
        this.max = max;
        this.ticks = List.copyOf(ticks);
    }

    /**
     * The smallest domain of whole steps that holds {@code [min, max]}, with about {@code target}
     * steps; a range of one value gets one step above it.
     */
    public static LinearScale rounded(double min, double max, int target) {
        check(min, max);
        BigDecimal step = NiceStep.decimal((max - min) / target);
        BigDecimal lo = multipleAtOrBelow(min, step);
        BigDecimal hi = multipleAtOrAbove(max, step);
        if (hi.compareTo(lo) <= 0) {
            hi = lo.add(step);
        }
        return new LinearScale(lo.doubleValue(), hi.doubleValue(), ticks(lo, hi, step));
    }

    /**
     * Exactly {@code [min, max]} (which must differ), ticked at the multiples of a step of about
     * {@code (max - min) / target} that lie inside.
     */
    public static LinearScale exact(double min, double max, int target) {
        return exact(min, max, NiceStep.decimal(span(min, max) / target));
    }

    /** Exactly {@code [min, max]}, ticked at the multiples of {@code step} inside. */
    static LinearScale exact(double min, double max, BigDecimal step) {
        span(min, max);
        return new LinearScale(min, max, ticks(multipleAtOrAbove(min, step), multipleAtOrBelow(max, step), step));
    }

    /**
     * {@code [min, max]} widened by {@code padding} of its length at each end, so that a point on
     * the edge of the data is drawn inside the frame; ticked inside the data's own range only.
     */
    public static LinearScale padded(double min, double max, int target, double padding) {
        double span = span(min, max);
        BigDecimal step = NiceStep.decimal(span / target);
        return new LinearScale(min - padding * span, max + padding * span,
                ticks(multipleAtOrAbove(min, step), multipleAtOrBelow(max, step), step));
    }

    @Override
    public double min() {
        return min;
    }

    @Override
    public double max() {
        return max;
    }

    @Override
    public List<Tick> ticks() {
        return ticks;
    }

    @Override
    public double fraction(double value) {
        return (value - min) / (max - min);
    }

    /** The same domain and tick positions with labels made by {@code label} (a unit, a percentage). */
    public LinearScale relabel(DoubleFunction<String> label) {
        List<Tick> relabelled = new ArrayList<>(ticks.size());
        for (Tick t : ticks) {
            relabelled.add(new Tick(t.value(), label.apply(t.value())));
        }
        return new LinearScale(min, max, relabelled);
    }

    private static List<Tick> ticks(BigDecimal lo, BigDecimal hi, BigDecimal step) {
        int decimals = NiceStep.decimals(step);
        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal v = lo; v.compareTo(hi) <= 0; v = v.add(step)) {
            ticks.add(new Tick(v.doubleValue(), v.setScale(decimals, RoundingMode.UNNECESSARY).toPlainString()));
        }
        return ticks;
    }

    /*
     * value / step is first rounded to nine decimals: a value that is a multiple of the step up to
     * the rounding of binary arithmetic (0.1 + 0.2 against a step of 0.1) counts as that multiple,
     * instead of pushing the axis one step further.
     */
    private static BigDecimal multipleAtOrBelow(double value, BigDecimal step) {
        return new BigDecimal(value).divide(step, 9, RoundingMode.HALF_EVEN).setScale(0, RoundingMode.FLOOR)
                .multiply(step);
    }

    private static BigDecimal multipleAtOrAbove(double value, BigDecimal step) {
        return new BigDecimal(value).divide(step, 9, RoundingMode.HALF_EVEN).setScale(0, RoundingMode.CEILING)
                .multiply(step);
    }

    private static void check(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
            throw new IllegalArgumentException("need finite min <= max, got " + min + " and " + max);
        }
    }

    private static double span(double min, double max) {
        check(min, max);
        if (!(max > min)) {
            throw new IllegalArgumentException("need min < max, got " + min + " and " + max);
        }
        return max - min;
    }
}
