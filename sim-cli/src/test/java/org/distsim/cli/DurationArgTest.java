package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DurationArgTest {

    @Test
    void parse_everyUnit_givesNanoseconds() {
        assertEquals(7L, DurationArg.parse("7ns").nanos());
        assertEquals(250_000L, DurationArg.parse("250us").nanos());
        assertEquals(2_000_000L, DurationArg.parse("2ms").nanos());
        assertEquals(1_500_000_000L, DurationArg.parse("1.5s").nanos());
        assertEquals(300_000_000_000L, DurationArg.parse("5m").nanos());
        assertEquals(3_600_000_000_000L, DurationArg.parse("1h").nanos());
        assertEquals(100_000L, DurationArg.parse("0.1ms").nanos(), "decimal, not binary, arithmetic");
    }

    @Test
    void parse_keepsTheTextAsTyped() {
        assertEquals("1.50s", DurationArg.parse("1.50s").text());
    }

    @Test
    void parse_badSyntax_explainsTheFormatWithExamples() {
        for (String bad : new String[] {"5", "5x", "s", "-1s", "1.s", "1,5s", "5 s", "1e3s", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DurationArg.parse(bad), bad);
            assertTrue(e.getMessage().contains("like 250us, 2ms, 1.5s, 5m or 1h"), e.getMessage());
        }
    }

    @Test
    void parse_zeroFractionalNanosecondsAndOverflow_areRefused() {
        assertTrue(DurationArg.parse("2ms").nanos() > 0);
        assertThrows(IllegalArgumentException.class, () -> DurationArg.parse("0s"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DurationArg.parse("1.5ns")).getMessage()
                .contains("resolution of 1ns"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DurationArg.parse("3000000h")).getMessage()
                .contains("292 years"));
    }

    @Test
    void aMomentMayBeTheStartButKeepsEveryOtherRule() {
        assertEquals(0, DurationArg.parseMoment("0s").nanos());
        assertEquals(0, DurationArg.parseMoment("0.0ms").nanos());
        assertEquals(1_500_000_000L, DurationArg.parseMoment("1.5s").nanos());
        assertThrows(IllegalArgumentException.class, () -> DurationArg.parseMoment("-1s"));
        assertThrows(IllegalArgumentException.class, () -> DurationArg.parseMoment("1.5ns"));
        assertThrows(IllegalArgumentException.class, () -> DurationArg.parseMoment("3000000h"));
    }
}
