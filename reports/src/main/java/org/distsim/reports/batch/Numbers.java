package org.distsim.reports.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Unit;

/**
 * Fixed-point text of figures, the same on every JDK and in every locale: rounded half to even
 * from the double's exact binary value, never through {@code Double.toString} or a formatter.
 */
final class Numbers {

    static final String NONE = "-";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** {@code value} with {@code scale} decimals; {@link #NONE} for null or non-finite. */
    static String fixed(Double value, int scale) {
        if (value == null || !Double.isFinite(value)) {
            return NONE;
        }
        return new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A fraction as a percentage: {@code 0.99912} is {@code 99.912%}. */
    static String percent(Double fraction, int scale) {
        if (fraction == null || !Double.isFinite(fraction)) {
            return NONE;
        }
        return new BigDecimal(fraction).multiply(HUNDRED).setScale(scale, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** Nanoseconds as seconds without trailing zeros: {@code 300 s}, {@code 1.5 s}. */
    static String seconds(long nanos) {
        BigDecimal seconds = BigDecimal.valueOf(nanos, 9).stripTrailingZeros();
        return (seconds.signum() == 0 ? "0" : seconds.toPlainString()) + " s";
    }

    /**
     * How a figure reads best, by its declared unit: a fraction in percent with 3 decimals, a rate per
     * second with 2, the rest with 3; with 3 decimals too when the declaration is unknown (null).
     */
    static String figure(FigureSpec spec, Double value) {
        return figure(spec == null ? null : spec.unit(), value);
    }

    /** As {@link #figure(FigureSpec, Double)}, for a figure known by its unit alone (null: unknown). */
    static String figure(Unit known, Double value) {
        Unit unit = known == null ? Unit.ONE : known;
        if (unit == Unit.FRACTION) {
            return percent(value, 3);
        }
        return fixed(value, unit == Unit.PER_SECOND ? 2 : 3);
    }

    /** {@code text} with each ASCII {@code +/-} written as the plus-minus sign, for HTML. */
    static String plusMinus(String text) {
        return text.replace("+/-", "\u00b1");
    }

    /** {@code mean +/- half-width} in the figure's format; only the mean when there is no interval. */
    static String estimate(FigureSpec spec, Estimate e) {
        if (e.mean() == null) {
            return NONE;
        }
        String mean = figure(spec, e.mean());
        return e.halfWidth() == null ? mean : mean + " +/- " + figure(spec, e.halfWidth());
    }
}
