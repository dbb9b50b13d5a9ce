package org.distsim.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Statistic;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.api.Test;

/** The checks of figures against their declarations: each holds on a sound run and fails when its figure is broken. */
class FigureChecksTest {

    private static final RunCheck IN_RANGE = new FiguresInRange();
    private static final RunCheck GAUGE_MEAN_WITHIN_MAX = new GaugeMeanWithinMax();
    private static final RunCheck LATENCY_ORDERED = new LatencyOrdered();
    private static final Invariants ALL = Invariants.of(List.of(IN_RANGE, GAUGE_MEAN_WITHIN_MAX, LATENCY_ORDERED));


    private static final long SECOND = 1_000_000_000L;
    private static final FigureSpec UTILISATION = FigureSpec.gauge("utilisation", Unit.FRACTION, Role.LOAD,
            "utilisation", "Busy workers / workers.");
    private static final FigureSpec SERVED = FigureSpec.count("served", Role.LOAD, "served", "Requests served.");
    private static final FigureSpec LAG = FigureSpec.duration("lag_p99_ms", Unit.MILLISECONDS, Role.LATENCY, "lag p99",
            "The 99th percentile of the replication lag.");

    /** A run of 10 s whose every figure is possible. */
    private static Parts sound() {
        Parts p = new Parts();
        p.utilisationMean = 0.5;
        p.utilisationMax = 1.0;
        p.served = 10L;
        p.lagMillis = 20.0;
        p.latency = new LatencySummary(10, 2.0, 1.0, 3.0, 4.0, 5.0, 6.0);
        p.column = new ArrayList<>(List.of(0.5, 0.25));
        p.p50 = 1.0;
        p.p95 = 2.0;
        return p;
    }

    @Test
    void aSoundRun_breaksNoInvariant() {
        assertEquals(List.of(), ALL.violations(sound().result()));
        assertEquals(List.of(), Invariants.standard().violations(sound().result()));
    }

    @Test
    void aUtilisationAboveOne_isOutOfRange() {
        Parts p = sound();
        p.utilisationMax = 1.2;
        p.utilisationMean = 0.5;
        assertBroken(IN_RANGE, "node db: utilisation_max", p);
    }

    @Test
    void aNegativeCount_isOutOfRange() {
        Parts p = sound();
        p.served = -2L;
        assertBroken(IN_RANGE, "node db: served", p);
    }

    @Test
    void anAvailabilityAboveOne_isOutOfRange() {
        Parts p = sound();
        p.availability = 1.001;
        assertBroken(IN_RANGE, "workload w: availability", p);
    }

    @Test
    void aTimeSeriesPointOutOfItsRange_isCaughtToo() {
        Parts p = sound();
        p.column.set(1, -0.5);
        assertBroken(IN_RANGE, "time series node.db.utilisation at interval 1", p);
    }

    @Test
    void aGaugesMeanAboveItsMax_isImpossible() {
        Parts p = sound();
        p.utilisationMean = 0.9;
        p.utilisationMax = 0.8;
        assertBroken(GAUGE_MEAN_WITHIN_MAX, "node db: utilisation_mean", p);
    }

    @Test
    void latencyPercentilesOutOfOrder_areImpossible() {
        Parts p = sound();
        p.latency = new LatencySummary(10, 2.0, 1.0, 3.0, 2.5, 5.0, 6.0);
        assertBroken(LATENCY_ORDERED, "workload w: latency_ms p95", p);
    }

    @Test
    void intervalPercentilesOutOfOrder_areImpossible() {
        Parts p = sound();
        p.p50 = 3.0;
        assertBroken(LATENCY_ORDERED, "time series workload.w.* at interval 0: p50", p);
    }

    @Test
    void aLatencyLongerThanTheRun_isImpossible() {
        Parts p = sound();
        p.latency = new LatencySummary(10, 2.0, 1.0, 3.0, 4.0, 5.0, 10_500.0);
        assertBroken(IN_RANGE, "workload w: latency_ms.max", p);
    }

    @Test
    void aDeclaredDurationLongerThanTheRun_isImpossible() {
        Parts p = sound();
        p.lagMillis = 20_000.0;
        assertBroken(IN_RANGE, "node db: lag_p99_ms", p);
    }

    private static void assertBroken(RunCheck check, String subject, Parts parts) {
        List<Violation> violations = ALL.violations(parts.result());
        assertTrue(violations.stream().anyMatch(v -> v.invariant().equals(check.invariant())
                && v.detail().startsWith(subject)), "expected " + check.invariant() + " at " + subject + ", got " + violations);
        assertTrue(violations.stream().allMatch(v -> v.invariant().equals(check.invariant())),
                "only " + check.invariant() + " is broken: " + violations);
    }

    /** The values a test breaks, and the result made of them. */
    private static final class Parts {
        Double utilisationMean;
        Double utilisationMax;
        Long served;
        Double lagMillis;
        double availability = 1.0;
        LatencySummary latency;
        List<Double> column;
        Double p50;
        Double p95;

        RunResult result() {
            FigureValues db = FigureValues.of(List.of(
                    new Figure(UTILISATION, null, Statistic.MEAN, utilisationMean),
                    new Figure(UTILISATION, null, Statistic.MAX, utilisationMax),
                    new Figure(SERVED, null, Statistic.VALUE, served),
                    new Figure(LAG, null, Statistic.VALUE, lagMillis)));
            WorkloadResult w = new WorkloadResult("open-loop", 10, 10, 0, Map.of(), 0, 0, availability, 1.0, latency,
                    FigureValues.empty(), new Histogram(3));
            TimeSeries series = new TimeSeries(5 * SECOND, List.of(0L, 5 * SECOND), List.of(
                    new TimeSeries.Column(TimeSeries.Scope.WORKLOAD, "w", WorkloadFigures.P50_MS, null, List.of(p50, p50)),
                    new TimeSeries.Column(TimeSeries.Scope.WORKLOAD, "w", WorkloadFigures.P95_MS, null, List.of(p95, p95)),
                    new TimeSeries.Column(TimeSeries.Scope.WORKLOAD, "w", WorkloadFigures.P99_MS, null, List.of(3.0, 3.0)),
                    new TimeSeries.Column(TimeSeries.Scope.NODE, "db", UTILISATION, null, column)));
            return new RunResult("checks", 1, 0, 10 * SECOND, 0, 100, StopReason.completed(), Map.of("w", w),
                    Map.of("db", new NodeResult("database", db)), new NetworkResult(0, 0, 0, Map.of(), 0), series);
        }
    }
}
