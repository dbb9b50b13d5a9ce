package org.distsim.models.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.distsim.models.format.Rate;
import org.junit.jupiter.api.Test;

class RateScheduleTest {

    private static RatePhase step(long atSeconds, double rate) {
        return new RatePhase(Duration.ofSeconds(atSeconds), new Rate(rate), null, null, null, null);
    }

    private static RatePhase ramp(long fromSeconds, long toSeconds, double rate) {
        return new RatePhase(null, null, Duration.ofSeconds(fromSeconds), Duration.ofSeconds(toSeconds), new Rate(rate), null);
    }

    @Test
    void steps_holdTheirRateUntilTheNextEntry() {
        RateSchedule s = RateSchedule.of(new Rate(100), List.of(step(10, 300), step(20, 100)));
        assertEquals(100, s.rate(5), 0);
        assertEquals(300, s.rate(10), 0);
        assertEquals(100, s.rate(25), 0);
        assertEquals(100 * 10 + 300 * 10 + 100 * 10, s.integral(0, 30), 1e-9);
    }

    @Test
    void ramp_movesLinearlyFromTheRateInForceAndThenHolds() {
        RateSchedule s = RateSchedule.of(new Rate(100), List.of(ramp(10, 20, 300)));
        assertEquals(200, s.rate(15), 1e-9);
        assertEquals(300, s.rate(40), 0);
        // 10 s at 100, a trapezoid of mean 200 over 10 s, 10 s at 300.
        assertEquals(1000 + 2000 + 3000, s.integral(0, 30), 1e-9);
    }

    @Test
    void diurnal_peaksAtPeakAtAndIntegratesToTheMeanOverAPeriod() {
        Diurnal day = new Diurnal(Duration.ofHours(24), new Rate(5000), new Rate(500), Duration.ofHours(14));
        RateSchedule s = RateSchedule.of(new Rate(1), List.of(new RatePhase(null, null, null, null, null, day)));
        assertEquals(5000, s.rate(14 * 3600), 1e-6);
        assertEquals(500, s.rate(2 * 3600), 1e-6);
        assertEquals(2750.0 * 86400, s.integral(0, 86400), 1e-3);
    }

    @Test
    void advance_invertsTheIntegratedRateOnEveryKindOfPiece() {
        Diurnal curve = new Diurnal(Duration.ofSeconds(60), new Rate(2000), new Rate(0), Duration.ofSeconds(15));
        RateSchedule s = RateSchedule.of(new Rate(100), List.of(ramp(10, 20, 300),
                new RatePhase(Duration.ofSeconds(30), null, null, null, null, curve)));
        for (double t = 0; t < 100; t += 3.7) {
            for (double amount : new double[] {0.001, 0.5, 1, 7, 400, 5000}) {
                double x = s.advance(t, amount);
                assertEquals(amount, s.integral(t, x), 1e-6 * Math.max(1, amount), "from " + t + " by " + amount);
            }
        }
    }

    @Test
    void advance_returnsInfinityWhenTheRateFallsToZeroForGood() {
        RateSchedule s = RateSchedule.of(new Rate(100), List.of(step(1, 0)));
        assertEquals(Double.POSITIVE_INFINITY, s.advance(0.5, 60));
        assertEquals(0.75, s.advance(0.5, 25), 1e-12);
    }

    @Test
    void entriesOutOfOrderOrInsideARamp_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> RateSchedule.of(new Rate(1), List.of(step(20, 5), step(10, 5))));
        assertThrows(IllegalArgumentException.class, () -> RateSchedule.of(new Rate(1), List.of(ramp(10, 30, 5), step(20, 5))));
        assertThrows(IllegalArgumentException.class,
                () -> new RatePhase(Duration.ofSeconds(1), new Rate(1), Duration.ofSeconds(1), null, null, null));
    }
}
