package org.distsim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NiceStepTest {

    private static String decimal(double raw) {
        return NiceStep.decimal(raw).toPlainString();
    }

    private static String seconds(double raw) {
        return NiceStep.seconds(raw).toPlainString();
    }

    @Test
    void decimalSteps_areOneTwoOrFiveTimesAPowerOfTen_atLeastTheRawStep() {
        assertEquals("1", decimal(1));
        assertEquals("2", decimal(1.01));
        assertEquals("5", decimal(2.5));
        assertEquals("10", decimal(5.5));
        assertEquals("50", decimal(41.7));
        assertEquals("100", decimal(75));
        assertEquals("0.2", decimal(0.15));
        assertEquals("0.005", decimal(0.004));
        assertEquals("20000", decimal(12345));
    }

    @Test
    void aPowerOfTenThatLog10RoundsUp_staysThatPower() {
        // log10(1000) is 2.9999999999999996 in binary arithmetic.
        assertEquals("1000", decimal(1000));
        assertEquals("0.001", decimal(0.001));
    }

    @Test
    void aRawStepThatIsNotAPositiveNumber_givesOne() {
        assertEquals("1", decimal(0));
        assertEquals("1", decimal(-3));
        assertEquals("1", decimal(Double.NaN));
        assertEquals("1", decimal(Double.POSITIVE_INFINITY));
    }

    @Test
    void secondSteps_areDecimalBelowAMinute_andClockStepsFromAMinuteUp() {
        assertEquals("0.5", seconds(0.3));
        assertEquals("10", seconds(6.7));
        assertEquals("50", seconds(41));
        assertEquals("60", seconds(55));
        assertEquals("300", seconds(300));
        assertEquals("600", seconds(301));
        assertEquals("900", seconds(700));
        assertEquals("3600", seconds(2000));
        assertEquals("21600", seconds(15000));
        assertEquals("86400", seconds(50000));
        assertEquals("172800", seconds(100000), "two days");
        assertEquals("432000", seconds(3 * 86400), "five days");
    }

    @Test
    void decimals_areWhatAMultipleOfTheStepNeeds() {
        assertEquals(0, NiceStep.decimals(new BigDecimal("5E+1")));
        assertEquals(0, NiceStep.decimals(BigDecimal.ONE));
        assertEquals(1, NiceStep.decimals(new BigDecimal("0.5")));
        assertEquals(2, NiceStep.decimals(new BigDecimal("0.020")));
    }
}
