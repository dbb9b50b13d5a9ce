package org.distsim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.distsim.ui.live.ChartPoint;
import org.distsim.ui.live.WorkloadPoint;
import org.junit.jupiter.api.Test;

class ScoreboardTest {

    private static ChartPoint at(int second, WorkloadPoint... designs) {
        return new ChartPoint(second * 1_000_000_000L, null, null, null, 0, 0, 0, null, List.of(designs));
    }

    @Test
    void aDesignShowsItsLastP99AndItsAvailabilitySoFar_andACollapseAtOnce() {
        List<ChartPoint> chart = List.of(
                at(1, new WorkloadPoint(48.0, 1.0, 100, 100), new WorkloadPoint(40.0, 1.0, 100, 100)),
                at(2, new WorkloadPoint(52.0, 1.0, 100, 100), new WorkloadPoint(null, 0.0, 100, 0)));
        assertEquals(List.of("p99 now 52.0 ms · 100% ok", "no ok request · 50% ok"), Scoreboard.lines(2, chart));
        assertEquals(List.of("", ""), Scoreboard.lines(2, List.of()), "nothing to say before the first interval");
    }
}
