package org.distsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.distsim.models.format.Rate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The unit strings of the format, converted exactly. */
class UnitsTest {

    @ParameterizedTest(name = "{0} = {1} ns")
    @CsvSource({
        "250ns, 250",
        "250us, 250000",
        "2ms, 2000000",
        "0.1s, 100000000",
        "1.5s, 1500000000",
        "5m, 300000000000",
        "1h, 3600000000000",
        "0, 0",
        "0.0005us, 0",
        "0.0015us, 2",
        "2562047h, 9223369200000000000",
    })
    void durations_becomeExactNanoseconds(String text, long nanos) throws BadValue {
        assertEquals(nanos, Units.durationNanos(text));
    }

    @ParameterizedTest(name = "{0} = {1}/s")
    @CsvSource({
        "800/s, 800",
        "2/ms, 2000",
        "120/m, 2",
        "1.5k/s, 1500",
        "3M/h, 833.3333333333333",
        "-1/s, -1",
    })
    void rates_becomeEventsPerSecond(String text, double perSecond) throws BadValue {
        assertEquals(perSecond, Units.ratePerSecond(text).doubleValue(), 1e-9);
    }

    @Test
    void percentages_becomeFractions() {
        assertEquals(new BigDecimal("0.01"), Units.percent("1%"));
        assertEquals(new BigDecimal("0.999"), Units.percent("99.9%"));
        assertNull(Units.percent("0.5"));
    }

    @Test
    void unitAliases_areSuggestedNotAccepted() {
        BadValue e = assertThrows(BadValue.class, () -> Units.durationNanos("3minutes"));
        assertEquals("3m", e.suggestion());
        BadValue rate = assertThrows(BadValue.class, () -> Units.ratePerSecond("5/sec"));
        assertEquals("5/s", rate.suggestion());
    }

    @Test
    void oneLetterUnknownUnit_isNotGuessed() {
        BadValue e = assertThrows(BadValue.class, () -> Units.durationNanos("2d"));
        assertEquals("unknown unit \"d\" in \"2d\"; the units are ns, us, ms, s, m and h", e.getMessage());
        assertNull(e.suggestion());
    }

    @Test
    void formattedDurations_useTheLargestExactUnit() {
        assertEquals("0s", Units.formatNanos(0));
        assertEquals("1500ms", Units.formatNanos(1_500_000_000L));
        assertEquals("2m", Units.formatNanos(120_000_000_000L));
        assertEquals("7ns", Units.formatNanos(7));
    }

    @Test
    void rate_toStringIsWrittenLikeTheFormat() {
        assertEquals("800/s", new Rate(800).toString());
        assertEquals("0.5/s", new Rate(0.5).toString());
        assertEquals(1.25e6, new Rate(800).meanGapNanos());
    }
}
