package org.distsim.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point formatting that gives the same characters on every JDK and in every locale.
 *
 * <p>A double is rounded from its exact binary value ({@code new BigDecimal(double)}), half to
 * even, so {@code 0.1 + 0.2} prints as {@code 0.300} and {@code 1e15 + 0.3} (stored as
 * 1000000000000000.25) as {@code 1000000000000000.250}. Nothing here depends on
 * {@code Double.toString}, whose output changed in JDK 19, or on the default locale.
 */
final class Decimals {

    /** What a missing or undefined figure prints as. */
    static final String NONE = "-";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int NANOS_SCALE = 9;

    private Decimals() {
    }

    /** {@code value} rounded to {@code scale} decimals; {@link #NONE} for null. */
    static String fixed(Double value, int scale) {
        return value == null ? NONE : fixed(value.doubleValue(), scale);
    }

    /** {@code value} rounded to {@code scale} decimals; non-finite values as {@code NaN}, {@code inf}, {@code -inf}. */
    static String fixed(double value, int scale) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A fraction in [0, 1] as a percentage with {@code scale} decimals and a {@code %} sign; {@link #NONE} for null. */
    static String percent(Double fraction, int scale) {
        if (fraction == null) {
            return NONE;
        }
        double value = fraction;
        if (!Double.isFinite(value)) {
            return fixed(value, scale);
        }
        return new BigDecimal(value).multiply(HUNDRED).setScale(scale, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /**
     * The shortest decimal that reads back as the same double (Jackson's Schubfach writer, the
     * same digits on every JDK), in plain notation: {@code 0.30000000000000004}, {@code 2.5E-4} as
     * {@code 0.00025}, {@code 300.0}; {@code null} and non-finite values as the empty string, for
     * CSV, where an empty field is the usual "no value".
     */
    static String plain(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "";
        }
        return new BigDecimal(com.fasterxml.jackson.core.io.NumberOutput.toString(value.doubleValue(), true))
                .toPlainString();
    }

    /** Nanoseconds as seconds with no trailing zeros: {@code 600 s}, {@code 1.5 s}, {@code 0.00025 s}. */
    static String seconds(long nanos) {
        BigDecimal seconds = BigDecimal.valueOf(nanos, NANOS_SCALE).stripTrailingZeros();
        return (seconds.signum() == 0 ? "0" : seconds.toPlainString()) + " s";
    }

    /**
     * A figure of any numeric type: integers as they are, floating-point values with
     * {@code scale} decimals, {@code null} as {@link #NONE}.
     */
    static String figure(Number value, int scale) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof Double || value instanceof Float) {
            return fixed(value.doubleValue(), scale);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
        }
        // Long, Integer, Short, Byte, BigInteger, AtomicLong...: integral types print exactly.
        return value.toString();
    }

    /**
     * A value with the precision a reader needs: three significant digits below 100 (at most 3
     * decimals), whole numbers from 100 on, no trailing zeros; {@link #NONE} for null. For labels
     * and verdicts, where {@code 73.728} reads better as {@code 73.7}.
     */
    static String sensible(Double value) {
        String digits = significant(value);
        if (digits.equals(NONE) || !digits.contains(".") || !Double.isFinite(value)) {
            return digits;
        }
        String stripped = new BigDecimal(digits).stripTrailingZeros().toPlainString();
        return new BigDecimal(stripped).signum() == 0 ? "0" : stripped;
    }

    /**
     * A value written by a person (an objective's bound), shifted {@code shift} places to the left
     * ({@code 2} for a fraction as a percentage), with exactly the digits it has: {@code 25},
     * {@code 99.95}, {@code 0.001}.
     */
    static String exact(double value, int shift) {
        BigDecimal d = new BigDecimal(plain(value)).movePointRight(shift).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /**
     * A measured value beside a bound (both shifted {@code shift} places, as in {@link #exact}):
     * {@link #sensible} precision, and as many more decimals (up to nine) as it takes for the printed value to lie on the same side of the bound as
     * the value itself, so that 99.949 % never reads as 99.95 % against a bound of 99.95 %, nor
     * 0.99999 as 100 %. Trailing zeros are dropped.
     */
    static String against(double value, double bound, int shift) {
        if (!Double.isFinite(value)) {
            return fixed(value, 0);
        }
        BigDecimal exactValue = new BigDecimal(value).movePointRight(shift);
        BigDecimal exactBound = new BigDecimal(plain(bound)).movePointRight(shift);
        String sensible = sensible(exactValue.doubleValue());
        int scale = new BigDecimal(sensible).scale();
        BigDecimal shown = exactValue.setScale(scale, RoundingMode.HALF_EVEN);
        while (scale < 9 && (shown.compareTo(exactBound) != exactValue.compareTo(exactBound)
                || shift > 0 && value < 1 && shown.compareTo(BigDecimal.ONE.movePointRight(shift)) >= 0)) {
            scale++;
            shown = exactValue.setScale(scale, RoundingMode.HALF_EVEN);
        }
        BigDecimal stripped = shown.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    /**
     * As {@link #sensible}, keeping trailing zeros ({@code 10.0}, {@code 1.20}), so a column of
     * them lines up and every value shows its precision.
     */
    static String significant(Double value) {
        if (value == null) {
            return NONE;
        }
        double v = value;
        if (!Double.isFinite(v)) {
            return fixed(v, 0);
        }
        BigDecimal d = new BigDecimal(v);
        double a = Math.abs(v);
        int scale = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
        BigDecimal rounded = d.setScale(scale, RoundingMode.HALF_EVEN);
        if (a < 1 && a > 0) {
            rounded = d.round(new java.math.MathContext(3, RoundingMode.HALF_EVEN));
            if (rounded.scale() > 3) {
                // Rounded once, from the exact value: rounding the 3-digit result again could make a tie.
                rounded = d.setScale(3, RoundingMode.HALF_EVEN);
            }
        }
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
