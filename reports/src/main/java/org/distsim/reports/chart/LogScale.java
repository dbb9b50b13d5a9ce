package org.distsim.reports.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A base-10 logarithmic axis over whole decades, ticked at every power of ten and, when it spans
 * at most three decades, at 2 and 5 times each as well. Only positive values have a place on it.
 */
public final class LogScale implements Scale {

    private static final int[] BETWEEN = {2, 5};

    private final int lowDecade;
    private final int highDecade;
    private final List<Tick> ticks;

    private LogScale(int lowDecade, int highDecade, List<Tick> ticks) {
        this.lowDecade = lowDecade;
        this.highDecade = highDecade;
        this.ticks = List.copyOf(ticks);
    }

    /** The whole decades around the positive range {@code [min, max]}; at least one decade. */
    public static LogScale of(double min, double max) {
        if (!(min > 0) || !Double.isFinite(max) || max < min) {
            throw new IllegalArgumentException("a log axis needs 0 < min <= max, got " + min + " and " + max);
        }
        int lo = (int) Math.floor(StrictMath.log10(min));
        // A maximum that is a power of ten up to rounding (log10(1000) = 2.9999999999999996) ends there.
        int hi = (int) Math.ceil(StrictMath.log10(max) - 1e-12);
        if (hi <= lo) {
            hi = lo + 1;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int e = lo; e <= hi; e++) {
            BigDecimal decade = BigDecimal.ONE.scaleByPowerOfTen(e);
            ticks.add(tick(decade));
            if (hi - lo <= 3 && e < hi) {
                for (int m : BETWEEN) {
                    ticks.add(tick(decade.multiply(BigDecimal.valueOf(m))));
                }
            }
        }
        return new LogScale(lo, hi, ticks);
    }

    private static Tick tick(BigDecimal value) {
        return new Tick(value.doubleValue(), value.stripTrailingZeros().toPlainString());
    }

    @Override
    public double min() {
        return StrictMath.pow(10, lowDecade);
    }

    @Override
    public double max() {
        return StrictMath.pow(10, highDecade);
    }

    @Override
    public List<Tick> ticks() {
        return ticks;
    }

    /** The fraction in log space; values at or below zero lie infinitely far below the axis. */
    @Override
    public double fraction(double value) {
        return (StrictMath.log10(value) - lowDecade) / (highDecade - lowDecade);
    }
}
