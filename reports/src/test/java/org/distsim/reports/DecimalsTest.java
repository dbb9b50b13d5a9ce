package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void fixed_roundsTheExactBinaryValueHalfToEven() {
        assertEquals("0.300", Decimals.fixed(0.1 + 0.2, 3));
        assertEquals("1000000000000000.250", Decimals.fixed(1e15 + 0.3, 3));
        // 2e23 prints as 1.9999999999999998E23 with Double.toString on JDK 17, 2.0E23 on JDK 19+.
        assertEquals("199999999999999983222784.0", Decimals.fixed(2e23, 1));
        // 0.125 and 0.375 are exact halves in binary: half to even.
        assertEquals("0.12", Decimals.fixed(0.125, 2));
        assertEquals("0.38", Decimals.fixed(0.375, 2));
        assertEquals("0.000", Decimals.fixed(-0.0001, 3));
        assertEquals("-1.500", Decimals.fixed(-1.5, 3));
    }

    @Test
    void against_showsTheSensibleDigits_andMoreWhereTheyWouldRoundOntoTheBound() {
        assertEquals("9.23", Decimals.against(9.2317, 50, 0));
        assertEquals("276", Decimals.against(276.4321, 50, 0));
        assertEquals("63.4", Decimals.against(0.63371, 0.985, 2));
        assertEquals("99.93", Decimals.against(0.9993, 0.999, 2), "99.9 would read as the bound itself");
        assertEquals("100", Decimals.against(1.0, 0.985, 2), "exactly 100 % is 100 %");
        assertEquals("99.99999", Decimals.against(0.9999999, 0.985, 2), "short of 100 % never prints as 100 %");
        assertEquals("99.9", Decimals.against(0.999499, 0.9995, 2), "clearly below the bound");
        assertEquals("99.951", Decimals.against(0.99951, 0.9995, 2));
    }

    @Test
    void fixed_nullAndNonFiniteValues_printAsDashAndWords() {
        assertEquals("-", Decimals.fixed((Double) null, 3));
        assertEquals("NaN", Decimals.fixed(Double.NaN, 3));
        assertEquals("inf", Decimals.fixed(Double.POSITIVE_INFINITY, 3));
        assertEquals("-inf", Decimals.fixed(Double.NEGATIVE_INFINITY, 3));
    }

    @Test
    void percent_multipliesTheExactValueByHundred() {
        assertEquals("99.950%", Decimals.percent(0.9995, 3));
        assertEquals("100.000%", Decimals.percent(1.0, 3));
        assertEquals("0.000%", Decimals.percent(0.0, 3));
        assertEquals("-", Decimals.percent(null, 3));
    }

    @Test
    void seconds_dropsTrailingZeros() {
        assertEquals("600 s", Decimals.seconds(600_000_000_000L));
        assertEquals("1.5 s", Decimals.seconds(1_500_000_000L));
        assertEquals("0.00025 s", Decimals.seconds(250_000L));
        assertEquals("0 s", Decimals.seconds(0));
        assertEquals("0.000000001 s", Decimals.seconds(1));
    }

    @Test
    void figure_printsIntegersExactlyAndFloatingPointWithDecimals() {
        assertEquals("12", Decimals.figure(12L, 3));
        assertEquals("7", Decimals.figure(7, 3));
        assertEquals("123456789012345678901234567890", Decimals.figure(new BigInteger("123456789012345678901234567890"), 3));
        assertEquals("0.873", Decimals.figure(0.8734, 3));
        assertEquals("0.100", Decimals.figure(0.1f, 3));
        assertEquals("2.500", Decimals.figure(new BigDecimal("2.5"), 3));
        assertEquals("-", Decimals.figure(null, 3));
    }
}
