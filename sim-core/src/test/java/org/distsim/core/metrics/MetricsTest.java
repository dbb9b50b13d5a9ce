package org.distsim.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.api.Test;

class MetricsTest {

    static final FigureSpec SERVED = FigureSpec.count("served", Role.LOAD, "served", "Requests served.");
    static final FigureSpec QUEUE = FigureSpec.gauge("queue", Unit.ONE, Role.BACKLOG, "queue", "Requests waiting.");
    static final FigureSpec BUSY = FigureSpec.gauge("busy", Unit.ONE, Role.LOAD, "busy", "Busy workers.");
    static final FigureSpec RETRIES = FigureSpec.count("retries", Role.RESILIENCE, "retries", "Retries sent.");
    static final FigureSpec WAITING = FigureSpec.gauge("waiting", Unit.ONE, Role.BACKLOG, "waiting", "Users waiting.");
    static final FigureSpec P99 = FigureSpec.duration("read_p99_ms", Unit.MILLISECONDS, Role.LATENCY, "read p99",
            "The 99th percentile of read latency.");
    static final FigureSpec READS = FigureSpec.count("reads", Role.LOAD, "reads", "Reads due.").byDueTime();
    static final FigureSpec STALE = FigureSpec.count("stale_reads", Role.CONSISTENCY, "stale reads",
            "Reads that returned an old version.").byDueTime();
    static final FigureSpec STALE_SHARE = FigureSpec.ratio("stale_share", Role.CONSISTENCY, "stale share",
            "Stale reads / reads.");
    static final FigureSpec HITS = FigureSpec.count("hits", Role.EFFICIENCY, "hits", "Hits.");
    static final FigureSpec MISSES = FigureSpec.count("misses", Role.EFFICIENCY, "misses", "Misses.");
    static final FigureSpec HIT_RATIO = FigureSpec.ratio("hit_ratio", Role.EFFICIENCY, "hit ratio", "Hits / lookups.");
    static final FigureSpec CALLS = FigureSpec.count("calls", Role.LOAD, "calls", "Calls sent.")
            .per(FigureSpec.Per.TARGET);

    private long now;

    @Test
    void aGaugesMean_isWeightedByHowLongEachValueWasHeld() {
        Metrics metrics = new Metrics(() -> now, 0, 100);
        TimeWeightedGauge queue = metrics.node(0, "s", "service").gauge(QUEUE);
        now = 0;
        queue.set(4);   // 4 for 10 ns
        now = 10;
        queue.set(0);   // 0 for 30 ns
        now = 40;
        assertEquals(1.0, queue.mean(40), 1e-12);
        assertEquals(4.0, queue.max());
    }

    @Test
    void theWarmup_isExcludedFromCountersGaugesAndWorkloads() {
        Metrics metrics = new Metrics(() -> now, 50, 1000);
        NodeMetrics node = metrics.node(0, "s", "service");
        Counter served = node.counter(SERVED);
        TimeWeightedGauge busy = node.gauge(BUSY);
        WorkloadMetrics workload = metrics.workload(1, "w", "open-loop");
        workload.inFlightFrom(() -> 1);
        now = 0;
        busy.set(10);
        served.add(7);
        workload.issued(10);
        workload.succeeded(10, 5);
        now = 50;
        metrics.endWarmup(50);
        busy.set(2);
        served.add(3);
        workload.issued(60);
        workload.succeeded(60, 8_000_000);
        workload.issued(70);
        workload.failed(70, "rejected");
        workload.issued(80);
        now = 150;
        NodeResult result = metrics.nodeResults(150).get("s");
        assertEquals(3L, result.figures().get("served"));
        assertEquals(2.0, result.figures().get("busy_mean"));
        assertSame(BUSY, result.figures().figure("busy_max").spec(), "every value knows its declaration");
        WorkloadResult w = metrics.workloadResults(150).get("w");
        assertEquals("open-loop", w.type());
        assertEquals(3, w.requests());
        assertEquals(1, w.ok());
        assertEquals(1, w.failed());
        assertEquals(1, w.inFlight(), "as the workload's own table says");
        assertEquals(0.5, w.availability());
        assertEquals(8.0, w.latency().p50(), 0.01);
        assertEquals(1L, w.failedByReason().get("rejected"));
    }

    @Test
    void requestsInFlight_comeFromTheWorkload_notFromTheOtherCounts() {
        Metrics metrics = new Metrics(() -> now, 0, 1000);
        WorkloadMetrics workload = metrics.workload(0, "w", "open-loop");
        workload.issued(10);
        workload.issued(20);
        workload.succeeded(10, 5);
        WorkloadResult w = metrics.workloadResults(100).get("w");
        assertEquals(0, w.inFlight(), "a workload that reports no table has nothing in flight");
        assertEquals(1, w.requests() - w.ok() - w.failed() - w.unknown() - w.inFlight(),
                "so a request that vanished shows as a broken conservation, not as one in flight");
    }

    @Test
    void theTimeSeries_hasOnePointPerInterval_withNullWhereAFigureIsUndefined() {
        Metrics metrics = new Metrics(() -> now, 0, 100);
        WorkloadMetrics workload = metrics.workload(0, "w", "open-loop");
        workload.succeeded(10, 2_000_000);
        metrics.closeInterval(0, 100);
        metrics.closeInterval(100, 200);
        metrics.finish(200);
        TimeSeries series = metrics.timeSeries();
        assertEquals(List.of(0L, 100L), series.startNanos());
        assertEquals(2.0, series.values("workload.w.p50_ms").get(0), 0.01);
        assertNull(series.values("workload.w.p50_ms").get(1));
        assertEquals(1e7, series.values("workload.w.throughput_rps").get(0), 1e-3);
        assertSame(WorkloadFigures.THROUGHPUT, series.column("workload.w.throughput_rps").spec());
    }

    @Test
    void anOutcome_countsInTheIntervalItsRequestWasDueIn_evenWhenItArrivesAfterThatIntervalClosed() {
        Metrics metrics = new Metrics(() -> now, 0, 100);
        WorkloadMetrics workload = metrics.workload(0, "w", "open-loop");
        workload.issued(90);
        workload.issued(95);
        metrics.closeInterval(0, 100);
        workload.succeeded(90, 20);    // answered at 110, due at 90
        workload.timedOut(95);         // timed out at 150, due at 95
        metrics.closeInterval(100, 200);
        TimeSeries series = metrics.timeSeries();
        assertEquals(List.of(1.0, 0.0), series.values("workload.w.ok"));
        assertEquals(List.of(1.0, 0.0), series.values("workload.w.unknown"));
        assertEquals(Arrays.asList(0.5, null), series.values("workload.w.availability"));
        assertEquals(Arrays.asList(null, 2e-5), series.values("workload.w.p50_ms"),
                "a percentile is of the requests that completed in the interval");
    }

    @Test
    void perRequestCounters_countTheRequestsDueAfterTheWarmup_whenEverTheyAreCounted() {
        Metrics metrics = new Metrics(() -> now, 100, 100);
        WorkloadMetrics workload = metrics.workload(0, "w", "open-loop");
        RequestCounter reads = workload.requestCounter(READS);
        RequestCounter stale = workload.requestCounter(STALE);
        workload.quotient(STALE_SHARE, stale, reads);
        reads.count(90);               // due in the warm-up
        metrics.endWarmup(100);
        metrics.closeInterval(0, 100);
        reads.count(150);
        stale.count(90);               // its answer came after the warm-up, but it was due before
        stale.count(150);
        metrics.closeInterval(100, 200);
        WorkloadResult w = metrics.workloadResults(200).get("w");
        assertEquals(1L, w.figures().get("reads"));
        assertEquals(1L, w.figures().get("stale_reads"), "never more stale reads than reads");
        assertEquals(1.0, w.figures().get("stale_share"));
        TimeSeries series = metrics.timeSeries();
        assertEquals(List.of(1.0, 1.0), series.values("workload.w.stale_reads"));
        assertEquals(List.of(1.0, 1.0), series.values("workload.w.stale_share"));
    }

    @Test
    void workloadFigures_haveTheWarmupAndIntervalSemanticsOfNodeFigures() {
        Metrics metrics = new Metrics(() -> now, 50, 100);
        WorkloadMetrics workload = metrics.workload(0, "w", "closed-loop");
        Counter retries = workload.counter(RETRIES);
        TimeWeightedGauge waiting = workload.gauge(WAITING);
        workload.derived(P99, () -> Double.NaN);
        now = 0;
        waiting.set(10);
        retries.add(7);
        now = 50;
        metrics.endWarmup(50);
        waiting.set(2);
        retries.add(3);
        now = 100;
        metrics.closeInterval(0, 100);
        retries.add(1);
        now = 150;
        metrics.finish(150);

        WorkloadResult w = metrics.workloadResults(150).get("w");
        assertEquals(List.of("retries", "waiting_mean", "waiting_max", "read_p99_ms"), List.copyOf(w.figures().keySet()));
        assertEquals(4L, w.figures().get("retries"), "counted after the warm-up only");
        assertEquals(2.0, w.figures().get("waiting_mean"));
        assertEquals(10.0, w.figures().get("waiting_max"), "the max since the warm-up, which began at 10");
        assertNull(w.figures().get("read_p99_ms"), "NaN is undefined");
        assertEquals(Map.of(), metrics.nodeResults(150), "a workload with figures is no node");

        TimeSeries series = metrics.timeSeries();
        assertEquals(List.of(10.0, 1.0), series.values("workload.w.retries"), "a counter's increase per interval");
        assertEquals(List.of(6.0, 2.0), series.values("workload.w.waiting"), "a gauge's mean over the interval");
        assertNull(series.values("workload.w.read_p99_ms"), "figures computed at the end have no column");
    }

    @Test
    void aQuotient_dividesItsCounters_overTheRunAndOverEachInterval() {
        Metrics metrics = new Metrics(() -> now, 0, 100);
        NodeMetrics node = metrics.node(0, "c", "cache");
        Counter hits = node.counter(HITS);
        Counter misses = node.counter(MISSES);
        node.quotient(HIT_RATIO, hits, hits, misses);
        hits.add(3);
        misses.add(1);
        metrics.closeInterval(0, 100);
        metrics.closeInterval(100, 200);
        misses.add(4);
        metrics.closeInterval(200, 300);
        assertEquals(3.0 / 8, metrics.nodeResults(300).get("c").figures().get("hit_ratio"));
        assertEquals(Arrays.asList(0.75, null, 0.0), metrics.timeSeries().values("node.c.hit_ratio"));
    }

    static final FigureSpec SUCCEEDED = FigureSpec.count("succeeded", Role.LOAD, "succeeded", "Calls that succeeded.")
            .per(FigureSpec.Per.TARGET);
    static final FigureSpec AMPLIFICATION = FigureSpec.quotientOf("amplification", CALLS, SUCCEEDED,
            Role.RESILIENCE, "amplification", "Calls per call that succeeded.");

    @Test
    void aDeclaredQuotientOfTwoFigures_dividesThemPerPeer_overTheRunAndEachInterval_undefinedWithNothingBelow() {
        Metrics metrics = new Metrics(() -> now, 0, 100);
        NodeMetrics node = metrics.node(0, "front", "service");
        Counter calls = node.counter(CALLS, "db");
        Counter succeeded = node.counter(SUCCEEDED, "db");
        node.quotientOf(AMPLIFICATION, "db");
        node.quotientOf(AMPLIFICATION, "db"); // a second call to the same target shares it
        calls.add(4);
        succeeded.add(1);
        metrics.closeInterval(0, 100);
        calls.add(3);
        metrics.closeInterval(100, 200);
        metrics.closeInterval(200, 300);
        var figure = metrics.nodeResults(300).get("front").figures().figure("amplification.db");
        assertEquals(7.0, figure.value());
        assertSame(AMPLIFICATION, figure.spec());
        assertEquals(Arrays.asList(4.0, null, null), metrics.timeSeries().values("node.front.amplification.db"));
        // Calls offered and none succeeded, against nothing at all: only the parts tell them apart.
        assertTrue(AMPLIFICATION.derivation().infinite(3.0, 0.0));
        assertFalse(AMPLIFICATION.derivation().infinite(0.0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> node.quotientOf(AMPLIFICATION, "cache"),
                "its parts must be registered first");
        assertThrows(IllegalArgumentException.class, () -> FigureSpec.quotientOf("bad", CALLS, QUEUE, Role.RESILIENCE,
                "bad", "A count over a gauge."), "a quotient of figures divides counts");
    }

    @Test
    void aFamily_isKeyedByItsQualifier() {
        Metrics metrics = new Metrics(() -> now, 0, 100);
        NodeMetrics node = metrics.node(0, "api", "service");
        node.counter(CALLS, "db").increment();
        node.counter(CALLS, "cache").add(2);
        assertSame(node.counter(CALLS, "db"), node.counter(CALLS, "db"), "registering again returns the same counter");
        NodeResult api = metrics.nodeResults(10).get("api");
        assertEquals(List.of("calls.db", "calls.cache"), List.copyOf(api.figures().keySet()));
        assertEquals("cache", api.figures().figure("calls.cache").qualifier());
        assertThrows(IllegalArgumentException.class, () -> node.counter(CALLS), "a family needs its peer");
    }

    @Test
    void aRecorder_refusesADeclarationOfAnotherKind() {
        Metrics metrics = new Metrics(() -> now, 0, 100);
        NodeMetrics node = metrics.node(0, "s", "service");
        assertThrows(IllegalArgumentException.class, () -> node.counter(QUEUE), "a gauge is no counter");
        assertThrows(IllegalArgumentException.class, () -> node.gauge(SERVED), "a counter is no gauge");
        assertThrows(IllegalArgumentException.class, () -> node.derived(SERVED, () -> 1), "a count is counted");
        assertThrows(IllegalArgumentException.class, () -> node.counter(READS), "a per-request count needs due times");
        WorkloadMetrics workload = metrics.workload(1, "w", "open-loop");
        assertThrows(IllegalArgumentException.class, () -> workload.requestCounter(RETRIES),
                "a count of what happens has no due time");
        node.counter(SERVED);
        FigureSpec other = FigureSpec.count("served", Role.ERRORS, "served", "Something else.");
        assertThrows(IllegalArgumentException.class, () -> node.counter(other), "one key, one declaration");
    }

    @Test
    void aWorkloadFigure_mayNotShadowABuiltInFigure() {
        Metrics metrics = new Metrics(() -> now, 0, 100);
        WorkloadMetrics workload = metrics.workload(0, "w", "open-loop");
        assertThrows(IllegalArgumentException.class, () -> workload.counter(
                FigureSpec.count("ok", Role.LOAD, "ok", "Shadows the built-in ok.")));
        assertThrows(IllegalArgumentException.class, () -> workload.gauge(
                FigureSpec.gauge("p99_ms", Unit.MILLISECONDS, Role.LATENCY, "p99", "Shadows a column.")));
    }

    @Test
    void aCounterThatWouldPassLongMaxStaysThere_neverWrappingNegative() {
        Counter bytes = new Counter(0);
        bytes.add(Long.MAX_VALUE - 10);
        bytes.add(1_000);
        assertEquals(Long.MAX_VALUE, bytes.value());
        bytes.add(5);
        assertEquals(Long.MAX_VALUE, bytes.value());
    }
}
