package org.distsim.models.analytic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers in the forecast's words, the same characters on every JDK: rounded from the exact
 * binary value with {@link BigDecimal}, never through {@code Double.toString}.
 */
public final class Texts {

    private Texts() {
    }

    /** {@code value} to four significant digits, without trailing zeros: {@code 23.03}, {@code 800}, {@code 0.1411}. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * A fraction as a percentage with one decimal, {@code 0.8} is {@code 80.0%}; below one per
     * cent with two significant digits, so a small load does not read as none ({@code 0.047%}).
     */
    public static String percent(double fraction) {
        BigDecimal percent = new BigDecimal(fraction).multiply(BigDecimal.valueOf(100));
        if (fraction > 0 && fraction < 0.01) {
            return percent.round(new MathContext(2, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString() + "%";
        }
        return percent.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
