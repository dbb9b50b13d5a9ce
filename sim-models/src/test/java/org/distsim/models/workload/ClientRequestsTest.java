package org.distsim.models.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.core.run.SimulationRun;
import org.distsim.models.format.Rate;
import org.distsim.models.keys.KeyPopularity;
import org.distsim.models.resilience.BackoffConfig;
import org.distsim.models.resilience.Jitter;
import org.junit.jupiter.api.Test;

/**
 * What a workload's requests look like and how their outcomes are measured, against a
 * {@link FakeStore} that answers instantly (messages travel in zero time here). Frequencies are
 * compared with their exact probabilities within 4.5 binomial standard deviations
 * √(p(1 − p)/n): a false alarm about once in 150 000 checks.
 */
class ClientRequestsTest {

    private static final long SECOND = 1_000_000_000L;

    private static OpenLoopConfig config(double rate, double readRatio, KeysConfig keys, int retries,
            Duration timeout, BackoffConfig backoff) {
        return new OpenLoopConfig("store", Arrivals.POISSON, new Rate(rate), timeout, List.of(), readRatio, keys, "",
                retries, backoff, 1);
    }

    /** Runs one store and the given open-loop workloads (name, config) for {@code seconds}. */
    private static Run run(FakeStore.Mode mode, long seconds, Object... workloads) {
        Simulation simulation = new Simulation(SimulationConfig.of(7, seconds * SECOND));
        FakeStore[] store = new FakeStore[1];
        simulation.spawn("store", "fake", context -> store[0] = new FakeStore(context, mode));
        for (int i = 0; i < workloads.length; i += 2) {
            OpenLoopConfig config = (OpenLoopConfig) workloads[i + 1];
            simulation.spawn((String) workloads[i], "open-loop", context -> new OpenLoopWorkload(context, config));
        }
        return new Run(SimulationRun.run(simulation, "test"), store[0]);
    }

    private record Run(RunResult result, FakeStore store) {
        WorkloadResult workload(String name) {
            return result.workloads().get(name);
        }

        long figure(String workload, String name) {
            return result.workloads().get(workload).figures().get(name).longValue();
        }
    }

    private static double tolerance(double p, long n) {
        return 4.5 * Math.sqrt(p * (1 - p) / n);
    }

    @Test
    void readRatio_splitsRequestsIntoReadsAndWritesAtThatProportion() {
        Run run = run(FakeStore.Mode.OK, 20, "clients", config(1000, 0.3, null, 0, Duration.ofSeconds(1), BackoffConfig.DEFAULT));
        long reads = run.store().seen.stream().filter(r -> !r.isWrite()).count();
        long n = run.store().seen.size();
        assertEquals(reads, run.figure("clients", "reads"));
        assertEquals(n - reads, run.figure("clients", "writes"));
        assertEquals(0.3, (double) reads / n, tolerance(0.3, n), reads + " reads of " + n);
    }

    @Test
    void zipfKeys_areRequestedWithTheirZipfProbabilities() {
        KeysConfig keys = new KeysConfig(1000, Popularity.ZIPF, 0.99);
        Run run = run(FakeStore.Mode.OK, 20, "clients", config(2000, 1, keys, 0, Duration.ofSeconds(1), BackoffConfig.DEFAULT));
        long[] counts = new long[1000];
        run.store().seen.forEach(r -> counts[(int) r.key()]++);
        long n = run.store().seen.size();
        KeyPopularity law = KeyPopularity.zipf(1000, 0.99);
        for (int key : new int[] {0, 1, 2, 9, 99, 999}) {
            double p = law.probability(key);
            assertEquals(p, (double) counts[key] / n, tolerance(p, n), "key " + key + ": " + counts[key] + " of " + n);
        }
    }

    @Test
    void uniformKeys_areRequestedEquallyOften() {
        KeysConfig keys = new KeysConfig(10, Popularity.UNIFORM, 0.99);
        Run run = run(FakeStore.Mode.OK, 20, "clients", config(1000, 1, keys, 0, Duration.ofSeconds(1), BackoffConfig.DEFAULT));
        long[] counts = new long[10];
        run.store().seen.forEach(r -> counts[(int) r.key()]++);
        long n = run.store().seen.size();
        for (int key = 0; key < 10; key++) {
            assertEquals(0.1, (double) counts[key] / n, tolerance(0.1, n), "key " + key);
        }
    }

    @Test
    void requestThatTimedOutAndWasRetried_hasLatencyFromItsOriginalDueTime() {
        // Every first attempt is lost: each request waits its 100 ms timeout, backs off exactly 50 ms
        // (no jitter, cap = base) and succeeds at once on the second attempt: latency 150 ms.
        BackoffConfig backoff = new BackoffConfig(Duration.ofMillis(50), Duration.ofMillis(50), Jitter.NONE);
        Run run = run(FakeStore.Mode.DROP_FIRST, 10, "clients", config(100, 1, null, 2, Duration.ofMillis(100), backoff));
        WorkloadResult clients = run.workload("clients");
        assertTrue(clients.ok() > 900, "ok " + clients.ok());
        assertEquals(0, clients.failed() + clients.unknown());
        assertEquals(150.0, clients.latency().p50(), 0.15);
        assertTrue(clients.latency().max() >= 150 && clients.latency().max() < 150.2, "max " + clients.latency().max());
        // One retry per request; the last requests may still be waiting when the run ends.
        long retries = run.figure("clients", "retries");
        assertTrue(retries >= clients.ok() && retries <= clients.requests(), retries + " retries");
    }

    @Test
    void retryAfterRejectionWithJitter_waitsAtLeastHalfTheBackoffEnvelope() {
        BackoffConfig backoff = new BackoffConfig(Duration.ofMillis(40), Duration.ofSeconds(1), Jitter.EQUAL);
        Run run = run(FakeStore.Mode.REJECT_FIRST, 10, "clients", config(100, 1, null, 1, Duration.ofSeconds(1), backoff));
        WorkloadResult clients = run.workload("clients");
        assertEquals(clients.requests(), clients.ok() + clients.inFlight());
        // Equal jitter delays the first retry by 20 to 40 ms, so every latency lies in that range.
        assertTrue(clients.latency().p50() >= 20 && clients.latency().max() <= 40.1,
                clients.latency().toString());
        assertTrue(clients.latency().p50() > 25 && clients.latency().p50() < 35, "p50 " + clients.latency().p50());
    }

    @Test
    void requestThatFailsEveryAttempt_reportsTheLastFailureAfterAllRetries() {
        Run run = run(FakeStore.Mode.ALWAYS_FAIL, 10, "clients", config(100, 1, null, 3, Duration.ofSeconds(1), BackoffConfig.DEFAULT));
        WorkloadResult clients = run.workload("clients");
        assertEquals(0, clients.ok());
        assertEquals(Map.of("error", clients.failed()), clients.failedByReason());
        assertEquals(4 * clients.requests(), run.store().seen.size(), 4 * 2.0);
        assertTrue(run.figure("clients", "retries") >= 3 * clients.failed());
    }

    @Test
    void linearizableStore_showsNoStaleReadsAndNoReadYourWritesViolations() {
        KeysConfig keys = new KeysConfig(10, Popularity.UNIFORM, 0.99);
        Run run = run(FakeStore.Mode.LINEARIZABLE, 10,
                "writers", config(500, 0.5, keys, 0, Duration.ofSeconds(1), BackoffConfig.DEFAULT),
                "readers", config(500, 1, keys, 0, Duration.ofSeconds(1), BackoffConfig.DEFAULT));
        assertTrue(run.figure("readers", "versioned_reads") > 4000);
        assertEquals(0, run.figure("readers", "stale_reads"));
        assertEquals(0, run.figure("writers", "stale_reads"));
        assertEquals(0, run.figure("writers", "ryw_violations"));
    }

    @Test
    void laggingReads_areCountedStaleForEveryClientAndAsReadYourWritesViolationsOnlyForTheWriter() {
        // Reads see the store as it was 50 ms ago. With 10 keys each written 25 times a second, a read
        // usually misses a write acknowledged in the last 50 ms: stale for anyone; and for the writer
        // itself, a violation when that write was its own.
        KeysConfig keys = new KeysConfig(10, Popularity.UNIFORM, 0.99);
        Run run = run(FakeStore.Mode.LAGGING, 10,
                "writers", config(500, 0.5, keys, 0, Duration.ofSeconds(1), BackoffConfig.DEFAULT),
                "readers", config(500, 1, keys, 0, Duration.ofSeconds(1), BackoffConfig.DEFAULT));
        long readerStale = run.figure("readers", "stale_reads");
        long readerReads = run.figure("readers", "versioned_reads");
        // P(no write of a key in 50 ms) = exp(-25 * 0.05) = 0.29, so about 71 % of reads are stale.
        assertEquals(1 - Math.exp(-1.25), (double) readerStale / readerReads, 0.05, readerStale + " of " + readerReads);
        assertEquals(0, run.figure("readers", "ryw_violations"));
        long writerViolations = run.figure("writers", "ryw_violations");
        long writerStale = run.figure("writers", "stale_reads");
        assertTrue(writerViolations > 0 && writerViolations <= writerStale, writerViolations + " of " + writerStale);
    }

    @Test
    void plainWorkload_registersEveryClientFigureFromTheStart_andIsNoNode() {
        Run run = run(FakeStore.Mode.OK, 2, "clients", new OpenLoopConfig("store", Arrivals.POISSON, new Rate(100),
                Duration.ofSeconds(1)));
        assertTrue(!run.result().nodes().containsKey("clients"), run.result().nodes().keySet().toString());
        WorkloadResult clients = run.workload("clients");
        assertEquals(ClientFigures.OPEN_LOOP, clients.figures().specs());
        assertEquals(clients.requests(), run.figure("clients", "reads"));
        assertEquals(0, run.figure("clients", "versioned_reads"), "the store returns no versions");
        assertTrue(run.store().seen.stream().allMatch(r -> r.key() == 0 && !r.isWrite() && r.route().isEmpty()));
    }

    @Test
    void readsAndVersionedReads_countTheSameRequests_whenAnswersCrossTheWarmupAndTheIntervals() {
        // Every answer comes 300 ms after its request: reads due in the last 300 ms of the warm-up
        // are answered after it, and many answers land in the interval after their request's.
        Simulation simulation = new Simulation(SimulationConfig.of(7, 6 * SECOND).withWarmup(SECOND)
                .withInterval(SECOND / 2));
        simulation.spawn("store", "fake", context -> new FakeStore(context, FakeStore.Mode.SLOW));
        OpenLoopConfig config = config(200, 1, null, 0, Duration.ofSeconds(1), BackoffConfig.DEFAULT);
        simulation.spawn("clients", "open-loop", context -> new OpenLoopWorkload(context, config));
        RunResult result = SimulationRun.run(simulation, "test");
        WorkloadResult clients = result.workloads().get("clients");
        long reads = clients.figures().get("reads").longValue();
        long versioned = clients.figures().get("versioned_reads").longValue();
        assertTrue(clients.inFlight() > 20, "the reads of the last 300 ms are still in flight: " + clients.inFlight());
        assertEquals(reads - clients.inFlight(), versioned, "every read that was answered was a versioned read");
        assertEquals(clients.requests(), clients.ok() + clients.inFlight());
        List<Double> readColumn = result.series().values("workload.clients.reads");
        List<Double> versionedColumn = result.series().values("workload.clients.versioned_reads");
        for (int i = 0; i < readColumn.size() - 1; i++) {
            assertEquals(readColumn.get(i), versionedColumn.get(i), "interval " + i + ": every read due in it was answered");
        }
    }

    @Test
    void requestsForgottenInACrash_stayInFlight_soRequestsAreConserved() {
        Simulation simulation = new Simulation(SimulationConfig.of(7, 3 * SECOND));
        simulation.spawn("store", "fake", context -> new FakeStore(context, FakeStore.Mode.SLOW));
        OpenLoopConfig config = config(200, 1, null, 0, Duration.ofSeconds(1), BackoffConfig.DEFAULT);
        var clientsRef = simulation.spawn("clients", "open-loop", context -> new OpenLoopWorkload(context, config));
        simulation.at(SECOND, () -> simulation.crash(clientsRef));
        simulation.at(SECOND + SECOND / 10, () -> simulation.restart(clientsRef));
        WorkloadResult clients = SimulationRun.run(simulation, "test").workloads().get("clients");
        assertTrue(clients.inFlight() > 40, "the crash forgot about 60 requests: " + clients.inFlight());
        assertEquals(clients.requests(), clients.ok() + clients.failed() + clients.unknown() + clients.inFlight());
    }

}
