package org.distsim.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    @Test
    void line_showsSimulatedTimeRateAndTheTimeLeftAtTheCurrentPace() {
        // A quarter of a one-hour run in 10 wall seconds: 30 s left.
        assertEquals("simulated 900.0 of 3600.0 s (25%), 100000 messages/s, about 30s left",
                RunProgress.line(900_000_000_000L, 3_600_000_000_000L, 10_000_000_000L, 1_000_000));
        assertEquals("simulated 36.0 of 3600.0 s (1%), 0 messages/s, about 1h 39m left",
                RunProgress.line(36_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 0));
    }

    @Test
    void create_inCiOrWhenDisabled_showsNothing() {
        PrintWriter err = new PrintWriter(new StringWriter());
        assertNull(RunProgress.create(false, Map.of("CI", "true")::get, err, 1_000_000_000L));
        assertNull(RunProgress.create(true, Map.<String, String>of()::get, err, 1_000_000_000L));
    }
}
