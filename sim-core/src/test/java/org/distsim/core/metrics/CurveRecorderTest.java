package org.distsim.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.figure.CurveSpec;
import org.distsim.core.result.Curve;
import org.distsim.core.result.NodeResult;
import org.junit.jupiter.api.Test;

class CurveRecorderTest {

    static final CurveSpec FRESH = new CurveSpec("fresh_read_after_write", "fresh reads", "time since the write",
            "fresh", "Reads that returned the latest write, by the time since it.");

    private long now;

    @Test
    void theBins_areZeroToATenthOfAMillisecond_thenOneTwoFiveUpToAHundredSeconds_thenUnbounded() {
        assertEquals(0, CurveRecorder.EDGES[0]);
        assertEquals(100_000L, CurveRecorder.EDGES[1]);
        assertEquals(200_000L, CurveRecorder.EDGES[2]);
        assertEquals(500_000L, CurveRecorder.EDGES[3]);
        assertEquals(1_000_000L, CurveRecorder.EDGES[4]);
        assertEquals(100_000_000_000L, CurveRecorder.EDGES[CurveRecorder.EDGES.length - 1]);
        assertEquals(0, CurveRecorder.bin(99_999));
        assertEquals(1, CurveRecorder.bin(100_000));
        assertEquals(3, CurveRecorder.bin(999_999));
        assertEquals(CurveRecorder.EDGES.length - 1, CurveRecorder.bin(Long.MAX_VALUE));
    }

    @Test
    void samples_countInTheirBin_afterTheWarmupOnly_andOnlyBinsWithSamplesAreListed() {
        Metrics metrics = new Metrics(() -> now, 50, 1000);
        CurveRecorder curve = metrics.node(0, "db", "replicated-database").curve(FRESH);
        now = 10;
        curve.record(1_500_000, false);
        now = 50;
        metrics.endWarmup(50);
        curve.record(1_500_000, false);
        curve.record(1_999_999, true);
        curve.record(-5, false);
        curve.record(200_000_000_000L, true);

        NodeResult db = metrics.nodeResults(now).get("db");
        Curve result = db.curves().get(0);
        assertSame(FRESH, result.spec());
        assertEquals(List.of(new Curve.Point(0, 100_000, 1, 0), new Curve.Point(1_000_000, 2_000_000, 2, 1),
                new Curve.Point(100_000_000_000L, Curve.UNBOUNDED, 1, 1)), result.points());
        assertEquals(0.5, result.points().get(1).probability());
        assertTrue(result.points().get(2).unbounded());
    }

    @Test
    void registeringACurveAgain_returnsTheSameRecorder_butADifferentDeclarationIsRefused() {
        NodeMetrics node = new Metrics(() -> now, 0, 1000).node(0, "db", "replicated-database");
        assertSame(node.curve(FRESH), node.curve(FRESH));
        CurveSpec other = new CurveSpec(FRESH.name(), "other", "x", "y", "Another curve of the same name.");
        assertThrows(IllegalArgumentException.class, () -> node.curve(other));
    }

    @Test
    void anImpossiblePoint_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Curve.Point(0, 100, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> new Curve.Point(100, 100, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Curve.Point(0, 100, 0, 0));
    }
}
