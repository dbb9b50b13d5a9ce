package org.distsim.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The speed achieved, read from samples of (wall time, simulated time) given by hand. */
class SpeedMeterTest {

    private static final long MS = 1_000_000L;

    @Test
    void aRunThatGainsOneFifthOfItsWallTimeReadsAsOneFifthSpeed() {
        SpeedMeter meter = new SpeedMeter();
        for (long wall = 0; wall <= 3000; wall += 33) {
            meter.sample(wall * MS, wall * MS / 5);
        }
        assertEquals(0.2, meter.achieved(), 1e-9);
        assertTrue(Speed.lagging(1, meter.achieved()));
        assertEquals("0.20x", Speed.achievedLabel(meter.achieved()));
    }

    @Test
    void onlyTheLastSecondCounts() {
        SpeedMeter meter = new SpeedMeter();
        // Ten seconds at 0.1x, then two at 2x: the reading is 2x, not the average.
        long sim = 0;
        for (long wall = 0; wall <= 12_000; wall += 50) {
            meter.sample(wall * MS, sim);
            sim += (wall < 10_000 ? 5 : 100) * MS;
        }
        assertEquals(2.0, meter.achieved(), 1e-9);
        assertFalse(Speed.lagging(2, meter.achieved()));
    }

    @Test
    void tooLittleWallTimeOrAResetGivesNoReading() {
        SpeedMeter meter = new SpeedMeter();
        assertNull(meter.achieved());
        meter.sample(0, 0);
        meter.sample(100 * MS, 100 * MS);
        assertNull(meter.achieved(), "a tenth of a second is too little to tell");
        meter.sample(500 * MS, 500 * MS);
        assertEquals(1.0, meter.achieved(), 1e-9);
        meter.reset();
        assertNull(meter.achieved());
    }

    @Test
    void asFastAsPossibleNeverLags() {
        assertFalse(Speed.lagging(Speed.MAX, 3));
        assertEquals("37x", Speed.achievedLabel(37.4));
        assertEquals("1.0x", Speed.achievedLabel(1.04));
        assertEquals("0.050x", Speed.achievedLabel(0.05));
    }

    @Test
    void theNoteBesideTheSpeedAskedForSaysWhatIsAchievedInEveryMode() {
        assertEquals("· paused", Speed.achievedNote(Mode.PAUSED, 1, null));
        assertEquals("· over", Speed.achievedNote(Mode.FINISHED, 1, 0.5));
        assertEquals("· measuring", Speed.achievedNote(Mode.PLAYING, 1, null));
        assertEquals("· 0.95x achieved", Speed.achievedNote(Mode.PLAYING, 1, 0.95));
        assertEquals("· 0.80x achieved: cannot keep up", Speed.achievedNote(Mode.PLAYING, 1, 0.8));
        assertEquals("· 37x achieved", Speed.achievedNote(Mode.PLAYING, Speed.MAX, 37.4));
    }
}
