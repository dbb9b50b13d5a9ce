package org.distsim.core.result;

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
import org.junit.jupiter.api.Test;

class FigureChecksTest {

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
        assertEquals(List.of(), FigureChecks.violations(sound().result()));
    }

    @Test
    void aUtilisationAboveOne_isOutOfRange() {
        Parts p = sound();
        p.utilisationMax = 1.2;
        p.utilisationMean = 0.5;
        assertBroken(FigureChecks.IN_RANGE, "nodes.db.utilisation_max", p);
    }

    @Test
    void aNegativeCount_isOutOfRange() {
        Parts p = sound();
        p.served = -2L;
        assertBroken(FigureChecks.IN_RANGE, "nodes.db.served", p);
    }

    @Test
    void aNegativeWorkloadCount_isOutOfRange() {
        Parts p = sound();
        p.inFlight = -2;
        assertBroken(FigureChecks.IN_RANGE, "workloads.w.in_flight", p);
    }

    @Test
    void aTimeSeriesPointOutOfItsRange_isCaughtToo() {
        Parts p = sound();
        p.column.set(1, -0.5);
        assertBroken(FigureChecks.IN_RANGE, "timeseries.columns.node.db.utilisation[1]", p);
    }

    @Test
    void aGaugesMeanAboveItsMax_isImpossible() {
        Parts p = sound();
        p.utilisationMean = 0.9;
        p.utilisationMax = 0.8;
        assertBroken(FigureChecks.GAUGE_MEAN_WITHIN_MAX, "nodes.db.utilisation_mean", p);
    }

    @Test
    void latencyPercentilesOutOfOrder_areImpossible() {
        Parts p = sound();
        p.latency = new LatencySummary(10, 2.0, 1.0, 3.0, 2.5, 5.0, 6.0);
        assertBroken(FigureChecks.LATENCY_ORDERED, "workloads.w.latency_ms", p);
    }

    @Test
    void intervalPercentilesOutOfOrder_areImpossible() {
        Parts p = sound();
        p.p50 = 3.0;
        assertBroken(FigureChecks.LATENCY_ORDERED, "timeseries.columns.workload.w.p*_ms[0]", p);
    }

    @Test
    void aLatencyLongerThanTheRun_isImpossible() {
        Parts p = sound();
        p.latency = new LatencySummary(10, 2.0, 1.0, 3.0, 4.0, 5.0, 10_500.0);
        assertBroken(FigureChecks.WITHIN_RUN, "workloads.w.latency_ms.max", p);
    }

    @Test
    void aDeclaredDurationLongerThanTheRun_isImpossible() {
        Parts p = sound();
        p.lagMillis = 20_000.0;
        assertBroken(FigureChecks.WITHIN_RUN, "nodes.db.lag_p99_ms", p);
    }

    private static void assertBroken(String invariant, String subject, Parts parts) {
        List<FigureChecks.Violation> violations = FigureChecks.violations(parts.result());
        assertTrue(violations.stream().anyMatch(v -> v.invariant().equals(invariant) && v.subject().equals(subject)),
                "expected " + invariant + " at " + subject + ", got " + violations);
        assertTrue(violations.stream().allMatch(v -> v.invariant().equals(invariant)),
                "only " + invariant + " is broken: " + violations);
    }

    /** The values a test breaks, and the result made of them. */
    private static final class Parts {
        Double utilisationMean;
        Double utilisationMax;
        Long served;
        Double lagMillis;
        long inFlight;
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
            WorkloadResult w = new WorkloadResult("open-loop", 10, 10, 0, Map.of(), 0, inFlight, 1.0, 1.0, latency,
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
