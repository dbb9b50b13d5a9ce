package org.distsim.ui.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.ValueAxis;

/**
 * A value axis for quotients that compare designs by how many times over (retry amplification,
 * write amplification, the hot shard's load over the mean), drawn on {@code log10(1 + v)}: a
 * logarithmic scale that still has room for zero. On a linear axis retry-storm's naive client at 55
 * flattened the safe one's line at 1 onto the floor; here 1, 2, 5, 10 and 50 each get their own
 * height, so both "far above one" and "about one" can be read. Ticks are 1 and the powers of ten,
 * then 0, 5s and 2s wherever their labels have room.
 *
 * <p>The axis always fits its data (from zero to a tenth above the largest value), and keeps its
 * bounds in the values' own units, so {@link #isValueOnAxis} stays true to them.
 */
final class RatioAxis extends ValueAxis<Number> {

    /** The least distance between two tick labels, in layout pixels. */
    private static final double TICK_SPACING = 18;
    /** The axis' top over the highest value. */
    private static final double HEADROOM = 1.1;
    /** The top when there is nothing to fit yet. */
    private static final double EMPTY_TOP = 10;

    /**
     * The range shown: its bounds on the drawn scale, {@code log10(1 + v)}, the pixels per unit of
     * it, and the highest value it was fitted to.
     */
    private double[] range = {0, scaled(EMPTY_TOP), 1, EMPTY_TOP / HEADROOM};

    RatioAxis() {
        setAnimated(false);
        setMinorTickVisible(false);
        setAutoRanging(true);
    }

    /** Where {@code v} is drawn on the axis' own scale. */
    static double scaled(double v) {
        return Math.log10(1 + Math.max(0, v));
    }

    /** The value drawn at {@code s} on the axis' own scale. */
    static double unscaled(double s) {
        return Math.pow(10, s) - 1;
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        // A tenth above the highest value, so its line is not drawn along the frame.
        double top = maxValue > 0 && Double.isFinite(maxValue) ? maxValue * HEADROOM : EMPTY_TOP;
        // Also sets the offset the display positions start from, for this length.
        return new double[] {0, scaled(top), calculateNewScale(length, 0, scaled(top)), top / HEADROOM};
    }

    @Override
    protected void setRange(Object next, boolean animate) {
        double[] r = (double[]) next;
        range = r.clone();
        setLowerBound(unscaled(r[0]));
        // The values' top, not the axis': with no data the next fit starts from the bounds, and
        // the headroom would otherwise compound on every layout.
        setUpperBound(r[3]);
        currentLowerBound.set(r[0]);
        setScale(r[2]);
    }

    @Override
    protected Object getRange() {
        return range.clone();
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object shown) {
        double[] r = (double[]) shown;
        double span = r[1] - r[0];
        List<Double> kept = new ArrayList<>();
        List<Double> at = new ArrayList<>();
        for (double v : candidates(unscaled(r[1]))) {
            double position = span <= 0 ? 0 : length * (scaled(v) - r[0]) / span;
            if (at.stream().allMatch(other -> Math.abs(other - position) >= TICK_SPACING)) {
                kept.add(v);
                at.add(position);
            }
        }
        kept.sort(Double::compare);
        return new ArrayList<>(kept);
    }

    /**
     * The tick values up to {@code top}, the most telling first, each kept where it has room: 1 (a
     * quotient of one: nothing amplified) and the powers of ten, then 0, then the fives, then the
     * twos.
     */
    static List<Double> candidates(double top) {
        List<Double> values = new ArrayList<>();
        for (double m : new double[] {1, 0, 5, 2}) {
            if (m == 0) {
                values.add(0.0);
                continue;
            }
            for (double power = 1; m * power <= top * (1 + 1e-9); power *= 10) {
                values.add(m * power);
            }
        }
        return values;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        double v = value.doubleValue();
        if (v >= 1_000_000) {
            return plain(v / 1_000_000) + "M";
        }
        if (v >= 1_000) {
            return plain(v / 1_000) + "k";
        }
        return plain(v);
    }

    @Override
    public double getDisplayPosition(Number value) {
        return super.getDisplayPosition(scaled(value.doubleValue()));
    }

    @Override
    public Number getValueForDisplay(double position) {
        return unscaled(super.getValueForDisplay(position).doubleValue());
    }

    @Override
    public double toNumericValue(Number value) {
        return value == null ? Double.NaN : value.doubleValue();
    }

    @Override
    public Number toRealValue(double value) {
        return value;
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
