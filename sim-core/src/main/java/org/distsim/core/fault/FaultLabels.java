package org.distsim.core.fault;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How fault labels write numbers: three significant digits at most, no trailing zeros (3, 1.5, 0.25). */
final class FaultLabels {

    private FaultLabels() {
    }

    /**
     * The value through {@link BigDecimal}, which prints the same on every JDK ({@code Double.toString}
     * does not), rounded so that a factor reads as a person would write it.
     */
    static String number(double value) {
        return new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }
}
