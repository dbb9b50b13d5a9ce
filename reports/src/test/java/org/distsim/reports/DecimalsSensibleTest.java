package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecimalsSensibleTest {

    @Test
    void significant_keepsThreeSignificantDigitsBelowAHundred_andWholeNumbersFromThere() {
        assertEquals("73.7", Decimals.significant(73.728));
        assertEquals("4.97", Decimals.significant(4.970));
        assertEquals("10.0", Decimals.significant(10.002));
        assertEquals("1422", Decimals.significant(1421.9));
        assertEquals("0.012", Decimals.significant(0.012345), "at most three decimals");
        assertEquals("0", Decimals.significant(0.0));
        assertEquals("-", Decimals.significant(null));
    }

    @Test
    void significant_belowAThousandth_roundsOnceFromTheExactValue() {
        // 0.0005 is 0.00050000000000000001... in binary: it rounds up, where 0.000500 rounded again would tie to 0.
        assertEquals("0.001", Decimals.significant(0.0005));
        assertEquals("0", Decimals.significant(1e-9));
    }

    @Test
    void sensible_dropsTrailingZeros_forLabels() {
        assertEquals("10", Decimals.sensible(10.002));
        assertEquals("60", Decimals.sensible(60.0));
        assertEquals("1.2", Decimals.sensible(1.2));
        assertEquals("100", Decimals.sensible(100.0));
        assertEquals("99.9", Decimals.sensible(99.9));
    }
}
