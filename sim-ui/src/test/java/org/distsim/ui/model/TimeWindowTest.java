package org.distsim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeWindowTest {

    private static final long S = 1_000_000_000L;

    @Test
    void aShortRunShowsTheWholeRunAllTheTime() {
        assertEquals(new TimeWindow(0, 30, 5), TimeWindow.of(0, 30 * S));
        assertEquals(new TimeWindow(0, 30, 5), TimeWindow.of(29 * S, 30 * S));
    }

    @Test
    void aLongRunsAxisGrowsWithTheClockToRoundNumbers() {
        long end = 1800 * S;
        assertEquals(new TimeWindow(0, 10, 2), TimeWindow.of(0, end));
        assertEquals(new TimeWindow(0, 50, 10), TimeWindow.of(30 * S, end));
        assertEquals(new TimeWindow(0, 200, 50), TimeWindow.of(120 * S, end));
        assertEquals(new TimeWindow(0, 300, 50), TimeWindow.of(250 * S, end));
    }

    @Test
    void thenItSlidesATickAtATimeShowingTheLastFiveMinutes() {
        long end = 1800 * S;
        TimeWindow window = TimeWindow.of(1000 * S + 1, end);
        assertEquals(new TimeWindow(750, 1050, 50), window);
        for (long now = 301 * S; now <= end; now += 7 * S) {
            TimeWindow w = TimeWindow.of(now, end);
            assertEquals(300, w.upperSeconds() - w.lowerSeconds(), 1e-9);
            assertTrue(w.lowerSeconds() <= now / 1e9 && now / 1e9 <= w.upperSeconds(), w + " at " + now);
            assertTrue(w.upperSeconds() <= 1800, w.toString());
        }
    }

    @Test
    void aRunBetweenOneAndFiveMinutesGrowsToItsEnd() {
        assertEquals(new TimeWindow(0, 20, 5), TimeWindow.of(15 * S, 120 * S));
        assertEquals(new TimeWindow(0, 120, 20), TimeWindow.of(110 * S, 120 * S));
    }
}
