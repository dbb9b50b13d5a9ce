package org.distsim.reports.chart;

import java.math.BigDecimal;

/**
 * "Nice" tick steps: 1, 2 or 5 times a power of ten (Heckbert, "Nice numbers for graph labels",
 * Graphics Gems, 1990), held as exact decimals so that ticks are exact multiples and their labels
 * need no rounding. Time axes add the steps a clock reads in: whole minutes and hours.
 */
public final class NiceStep {

    /** Steps of a time axis from a minute up, in seconds: 1, 2, 5, 10, 15 and 30 min, 1, 2, 3, 6, 12 h, a day. */
    private static final long[] CLOCK_SECONDS = {60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400};

    private NiceStep() {
    }

    /** The smallest step of 1, 2 or 5 times a power of ten that is at least {@code raw}; 1 when raw is not positive. */
    public static BigDecimal decimal(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return BigDecimal.ONE;
        }
        int exponent = (int) Math.floor(StrictMath.log10(raw));
        double magnitude = StrictMath.pow(10, exponent);
        double f = raw / magnitude;
        // log10 of a value just below a power of ten can round up to it: f then lies a hair below 1.
        int mantissa = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent).stripTrailingZeros();
    }

    /**
     * A step for an axis of seconds: the decimal step below a minute (0.5 s, 10 s, 50 s...), from a
     * minute up the smallest whole number of minutes or hours a clock is read in that is at least
     * {@code raw}, beyond a day whole days in 1, 2, 5 steps.
     */
    public static BigDecimal seconds(double raw) {
        BigDecimal decimal = decimal(raw);
        if (decimal.compareTo(BigDecimal.valueOf(60)) < 0) {
            return decimal;
        }
        for (long step : CLOCK_SECONDS) {
            if (step >= raw) {
                return BigDecimal.valueOf(step);
            }
        }
        return decimal(raw / 86400).multiply(BigDecimal.valueOf(86400)).stripTrailingZeros();
    }

    /** Decimals a label of a multiple of {@code step} needs: 0 for 50, 1 for 0.5, 2 for 0.02. */
    static int decimals(BigDecimal step) {
        return Math.max(0, step.stripTrailingZeros().scale());
    }
}
