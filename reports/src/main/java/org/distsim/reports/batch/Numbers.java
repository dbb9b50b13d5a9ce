package org.distsim.reports.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

    /** How a figure of this name reads best: availability in percent, the rest with 3 decimals (throughput 2). */
    static String figure(String name, Double value) {
        if (name.equals("availability")) {
            return percent(value, 3);
        }
        return fixed(value, name.equals("throughput_rps") ? 2 : 3);
    }

    /** {@code text} with each ASCII {@code +/-} written as the plus-minus sign, for HTML. */
    static String plusMinus(String text) {
        return text.replace("+/-", "\u00b1");
    }

    /** {@code mean +/- half-width} in the figure's format; only the mean when there is no interval. */
    static String estimate(String name, Estimate e) {
        if (e.mean() == null) {
            return NONE;
        }
        String mean = figure(name, e.mean());
        return e.halfWidth() == null ? mean : mean + " +/- " + figure(name, e.halfWidth());
    }
}
