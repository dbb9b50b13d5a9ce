package org.distsim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static List<String> labels(Scale scale) {
        return scale.ticks().stream().map(Tick::label).toList();
    }

    @Test
    void aHalfHourRun_endsAt1800_tickedEveryFiveMinutes() {
        LinearScale scale = TimeScale.of(0, 1800, 6);
        assertEquals(1800, scale.max(), "not the next round 2000");
        assertEquals(List.of("0", "300", "600", "900", "1200", "1500", "1800"), labels(scale));
    }

    @Test
    void aFiveMinuteRun_isTickedEvery50Seconds() {
        assertEquals(List.of("0", "50", "100", "150", "200", "250", "300"), labels(TimeScale.of(0, 300, 6)));
    }

    @Test
    void aRunThatEndsBetweenTicks_endsThere() {
        LinearScale scale = TimeScale.of(0, 95, 6);
        assertEquals(95, scale.max());
        assertEquals(List.of("0", "20", "40", "60", "80"), labels(scale));
    }

    @Test
    void aSubSecondRun_isTickedInFractionsOfASecond() {
        assertEquals(List.of("0.0", "0.1", "0.2", "0.3", "0.4", "0.5"), labels(TimeScale.of(0, 0.5, 6)));
    }

    @Test
    void aDayLongRun_isTickedEveryFourHoursOrSo() {
        assertEquals(List.of("0", "21600", "43200", "64800", "86400"), labels(TimeScale.of(0, 86400, 6)));
    }
}
