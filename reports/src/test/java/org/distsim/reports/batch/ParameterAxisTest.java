package org.distsim.reports.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterAxisTest {

    @Test
    void numbersWithOneUnit_areNumeric() {
        assertTrue(ParameterAxis.numeric(List.of("500/s", "950/s")));
        assertTrue(ParameterAxis.numeric(List.of("1", "2", "4")));
        assertFalse(ParameterAxis.numeric(List.of("1ms", "1s")), "two units");
        assertFalse(ParameterAxis.numeric(List.of("round-robin", "random")));
        assertFalse(ParameterAxis.numeric(List.of()));
    }

    @Test
    void aValue_splitsIntoItsExactNumberAndUnit() {
        assertEquals(new BigDecimal("512.5"), ParameterAxis.number("512.5/s"));
        assertEquals("/s", ParameterAxis.unitOf(" 512.5/s "));
        assertEquals("512.5/s", ParameterAxis.text(new BigDecimal("512.500"), "/s"));
    }

    @Test
    void aPath_readsAsWords() {
        assertEquals("rate of clients (per second)", ParameterAxis.label("workloads.clients.rate", "/s"));
        assertEquals("service time mean of server (ms)", ParameterAxis.label("nodes.server.service-time.mean", "ms"));
        assertEquals("workers of server", ParameterAxis.label("nodes.server.workers", ""));
        assertEquals("duration (s)", ParameterAxis.label("duration", "s"));
    }
}
