package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.distsim.core.facts.FaultWindow;
import org.distsim.models.scenario.Slo;
import org.distsim.ui.live.ChartPoint;
import org.distsim.ui.live.WorkloadPoint;
import org.junit.jupiter.api.Test;

/** What the charts mark beyond the lines: collapses and objectives. */
class ChartsPaneTest {

    private static ChartPoint at(int second, WorkloadPoint... designs) {
        return new ChartPoint(second * 1_000_000_000L, null, null, null, 0, 0, 0, null, List.of(designs));
    }

    private static WorkloadPoint fine() {
        return new WorkloadPoint(5.0, 1.0, 100, 100);
    }

    private static WorkloadPoint collapsed() {
        return new WorkloadPoint(null, 0.0, 100, 0);
    }

    private static WorkloadPoint idle() {
        return new WorkloadPoint(null, null, 0, 0);
    }

    @Test
    void aDesignWhoseRequestsAllFailIsMarkedForTheWholeStretchButAnIdleOneIsNot() {
        List<ChartPoint> chart = List.of(at(1, fine(), idle()), at(2, collapsed(), idle()), at(3, collapsed(), fine()),
                at(4, fine(), collapsed()));
        assertEquals(List.of(new MarkedChart.Stretch(1, 3, 0, "no ok request", true),
                new MarkedChart.Stretch(3, 4, 1, "no ok request", true)),
                ErrorStretches.of(chart, new double[] {0.99, 0.99}));
    }

    @Test
    void aStretchWhereMostRequestsFailFastIsMarkedWithItsWorstErrorShare_thoughItsP99StaysLow() {
        // load-balancing after its cache crash: 75% available, and a p99 of 2 ms (the failures are quick).
        WorkloadPoint failingFast = new WorkloadPoint(2.0, 0.75, 100, 75);
        WorkloadPoint slightlyWorse = new WorkloadPoint(2.0, 0.985, 100, 98.5);
        List<ChartPoint> chart = List.of(at(1, fine(), fine()), at(2, failingFast, slightlyWorse),
                at(3, collapsed(), slightlyWorse), at(4, fine(), fine()));
        // The second design's objective is 98%: 98.5% keeps it.
        assertEquals(List.of(new MarkedChart.Stretch(1, 3, 0, "errors up to 100%", false)),
                ErrorStretches.of(chart, new double[] {0.99, 0.98}));
        assertEquals(List.of(new MarkedChart.Stretch(1, 2, 0, "errors up to 25%", false)),
                ErrorStretches.of(chart.subList(0, 2), new double[] {0.99, 0.98}));
    }

    @Test
    void sloLinesAreDrawnOncePerValueAndNamedWhenTheyDiffer() {
        Slo a = new Slo("a", null, null, null, null, Duration.ofMillis(100), null, null, 0.999, null);
        Slo b = new Slo("b", null, null, null, null, Duration.ofMillis(100), null, null, 0.99, null);
        assertEquals(List.of(new MarkedChart.Threshold(100, "SLO p99 ≤ 100 ms")), ChartsPane.thresholds(List.of(a, b), false));
        assertEquals(List.of(new MarkedChart.Threshold(99.9, "SLO ≥ 99.9 % (a)"), new MarkedChart.Threshold(99, "SLO ≥ 99 % (b)")),
                ChartsPane.thresholds(List.of(a, b), true));
    }

    @Test
    void overlappingFaultWindowsAreShadedAsOneBand() {
        long s = 1_000_000_000L;
        var windows = List.of(new FaultWindow(20 * s, 40 * s, "slow a", true),
                new FaultWindow(20 * s, 40 * s, "slow b", true),
                new FaultWindow(30 * s, 45 * s, "crash c", true),
                new FaultWindow(50 * s, 55 * s, "crash d", true));
        assertEquals(List.of(new MarkedChart.Band(20, 45), new MarkedChart.Band(50, 55)), ChartsPane.merged(windows));
    }

    @Test
    void eachRunAboveTheCutAxisIsMarkedOnceAtItsPeakWithItsHeight() {
        List<ChartPoint> chart = List.of(at(1, p99(50), p99(40)), at(2, p99(900), p99(40)), at(3, p99(2500), p99(45)),
                at(4, p99(60), p99(300)), at(5, p99(1200), p99(40)));
        List<MarkedChart.Overflow> marks = ChartsPane.overflows(chart, 100);
        assertEquals(List.of(new MarkedChart.Overflow(3, "2,500 ms", 0), new MarkedChart.Overflow(4, "300 ms", 1),
                new MarkedChart.Overflow(5, "1,200 ms", 0)), marks);
    }

    private static WorkloadPoint p99(double ms) {
        return new WorkloadPoint(ms, 1.0, 100, 100);
    }
}
