package org.distsim.models.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.distsim.models.analytic.CheLru;
import org.distsim.models.analytic.MMc;
import org.distsim.models.analytic.NodeForecast;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The static forecast walks workloads to their targets and through the call graph, applies a
 * closed form only where its assumptions hold, and says why elsewhere.
 */
class ForecastTest {

    /** The module runs its tests in its own directory; the scenarios are beside it. */
    private static final Path VALIDATION = Path.of("..", "scenarios", "validation");

    private static Forecast validation(String file, String... overrides) throws Exception {
        return Forecast.of(ScenarioLoader.load(VALIDATION.resolve(file), List.of(overrides)));
    }

    private static Forecast of(String yaml) throws Exception {
        return Forecast.of(ScenarioLoader.load("forecast-test.yaml", yaml, List.of()));
    }

    private static NodeForecast node(Forecast f, String name) {
        return f.node(name).orElseThrow().forecast();
    }

    private static final String HEAD = """
            name: t
            duration: 10s
            network:
              latency: {dist: constant, value: 0ms}
            """;

    @Test
    void mm1_atRho0point8_predictsMean5msAndP99Of23ms() throws Exception {
        Forecast f = validation("mm1.yaml");
        WorkloadLatency clients = f.workload("clients").orElseThrow();
        assertEquals("M/M/1", clients.model().name());
        assertEquals(5, clients.meanMs(), 1e-12);
        assertEquals(23.026, clients.quantilesMs().get("p99"), 5e-4);
        assertEquals(1, clients.availability());
        assertEquals(0.8, node(f, "server").load(), 1e-12);
        assertEquals("server", f.bottleneck().orElseThrow().name());
    }

    @Test
    void theSweptRate_changesThePrediction() throws Exception {
        WorkloadLatency clients = validation("mm1.yaml", "workloads.clients.rate=950/s").workload("clients").orElseThrow();
        assertEquals(20, clients.meanMs(), 1e-9);
        assertEquals(92.103, clients.quantilesMs().get("p99"), 5e-4);
    }

    @Test
    void mmc_md1_andMmck_areRecognised() throws Exception {
        assertEquals("M/M/4", validation("mmc.yaml").workload("clients").orElseThrow().model().name());
        WorkloadLatency md1 = validation("md1.yaml").workload("clients").orElseThrow();
        assertEquals("M/D/1", md1.model().name());
        assertEquals(3, md1.meanMs(), 1e-12);
        assertTrue(md1.quantilesMs().isEmpty(), "Pollaczek-Khinchine gives the mean only");
        WorkloadLatency mmck = validation("mmck.yaml").workload("clients").orElseThrow();
        assertEquals("M/M/2/5", mmck.model().name());
        assertEquals(1 - 0.14108, mmck.availability(), 5e-6);
    }

    @Test
    void overload_hasNoSteadyState_butItsLoadIsKnown() throws Exception {
        Forecast f = validation("mm1.yaml", "workloads.clients.rate=1200/s");
        assertNull(f.workload("clients").orElseThrow().model());
        NodeForecast server = node(f, "server");
        assertTrue(server.overloaded());
        assertEquals(1.2, server.load(), 1e-12);
        assertEquals(1, server.utilisation(), "busy all the time, never more");
        assertTrue(server.noClosedForm().startsWith("overloaded"), server.noClosedForm());
    }

    @Test
    void constantArrivals_areNotPoisson() throws Exception {
        Forecast f = validation("mm1.yaml", "workloads.clients.arrivals=constant");
        assertTrue(node(f, "server").noClosedForm().contains("not a Poisson process"));
        assertEquals(0.8, node(f, "server").load(), 1e-12, "the load is known all the same");
    }

    @Test
    void aConstantNetworkDelay_isAddedThereAndBack() throws Exception {
        WorkloadLatency clients = validation("mm1.yaml", "network.latency=1ms").workload("clients").orElseThrow();
        assertEquals(7, clients.meanMs(), 1e-9);
        assertEquals(23.026 + 2, clients.quantilesMs().get("p99"), 5e-4);
    }

    @Test
    void aTimeoutThatCutsTheTail_leavesNoClosedForm() throws Exception {
        WorkloadLatency clients = validation("mm1.yaml", "workloads.clients.timeout=50ms").workload("clients")
                .orElseThrow();
        assertNull(clients.model());
        assertTrue(clients.noClosedForm().contains("timeout"), clients.noClosedForm());
    }

    @Test
    void randomReplicas_areEachAnMmc_roundRobinReplicasAreNot() throws Exception {
        Forecast random = validation("mm1.yaml", "nodes.server.replicas=2", "nodes.server.replica-balancing=random",
                "workloads.clients.rate=1600/s");
        MMc model = (MMc) node(random, "server").station();
        assertEquals(800, model.arrivalRate(), 1e-9);
        Forecast roundRobin = validation("mm1.yaml", "nodes.server.replicas=2", "workloads.clients.rate=1600/s");
        assertNull(node(roundRobin, "server").station());
        assertEquals(0.8, node(roundRobin, "server").load(), 1e-12);
    }

    @Test
    void aClosedLoop_leavesItsTargetUnknown() throws Exception {
        Forecast f = of(HEAD + """
                nodes:
                  server: {type: service, service-time: {dist: exponential, mean: 1ms}}
                workloads:
                  users: {type: closed-loop, target: server, users: 10, think-time: 100ms}
                """);
        Forecast.Node server = f.node("server").orElseThrow();
        assertNull(server.forecast());
        assertTrue(server.unknown().contains("closed loop"), server.unknown());
        assertTrue(f.bottleneck().isEmpty());
    }

    @Test
    void aRoundRobinBalancer_splitsEvenly_andTheSlowestBackendIsTheBottleneck() throws Exception {
        Forecast f = of(HEAD + """
                nodes:
                  lb: {type: load-balancer, backends: [fast, slow], algorithm: round-robin}
                  fast: {type: service, service-time: {dist: exponential, mean: 1ms}}
                  slow: {type: service, service-time: {dist: exponential, mean: 3ms}}
                workloads:
                  clients: {type: open-loop, target: lb, rate: 200/s}
                """);
        assertEquals(100, node(f, "fast").offered().rate(), 1e-9);
        assertEquals(0.3, node(f, "slow").load(), 1e-12);
        assertFalse(node(f, "slow").offered().poisson(), "round robin shapes the gaps");
        assertEquals("slow", f.bottleneck().orElseThrow().name());
        assertNull(f.workload("clients").orElseThrow().model(), "the balancer sends requests on");
    }

    @Test
    void leastConnections_splitsEvenlyOnlyOverAlikeBackends() throws Exception {
        String nodes = """
                nodes:
                  lb: {type: load-balancer, backends: [a, b], algorithm: least-connections}
                  a: {type: service, service-time: {dist: exponential, mean: 1ms}}
                  b: {type: service, service-time: {dist: exponential, mean: %s}}
                workloads:
                  clients: {type: open-loop, target: lb, rate: 200/s}
                """;
        assertEquals(100, node(of(HEAD + nodes.formatted("1ms")), "b").offered().rate(), 1e-9);
        assertNull(node(of(HEAD + nodes.formatted("2ms")), "b"), "unequal backends: the split is the run's");
    }

    @Test
    void aServiceWithCalls_hasOnlyALowerBoundOfItsLoad_andItsCallsReachTheDependency() throws Exception {
        Forecast f = of(HEAD + """
                nodes:
                  front:
                    type: service
                    workers: 4
                    service-time: {dist: exponential, mean: 2ms}
                    calls: [{target: db}]
                  db: {type: database, workers: 1, read-time: 1ms, write-time: 3ms}
                workloads:
                  clients: {type: open-loop, target: front, rate: 500/s, read-ratio: 0.5}
                """);
        NodeForecast front = node(f, "front");
        assertTrue(front.loadFloor());
        assertEquals(0.25, front.load(), 1e-12);
        NodeForecast db = node(f, "db");
        assertEquals(500, db.offered().rate(), 1e-9);
        assertEquals(1.0, db.load(), 1e-12, "half reads of 1 ms, half writes of 3 ms: 2 ms a request at 500/s");
        assertTrue(db.overloaded());
    }

    @Test
    void anLruCacheUnderZipfReads_passesItsMissesToTheBacking() throws Exception {
        Forecast f = of(HEAD + """
                nodes:
                  cache: {type: cache, backing: db, capacity: 100}
                  db: {type: database, workers: 1, read-time: 1ms, write-time: 1ms}
                workloads:
                  readers:
                    type: open-loop
                    target: cache
                    rate: 1000/s
                    keys: {count: 1000, popularity: zipf, s: 0.8}
                """);
        double hits = node(f, "cache").figures().get("hit_ratio");
        assertEquals(CheLru.hitRatio(1000, 0.8, 100), hits, 1e-15);
        assertEquals(1000 * (1 - hits), node(f, "db").offered().rate(), 1e-9);
    }

    @Test
    void aScenarioIsForecastTheSameWayTwice() throws Exception {
        Scenario s = ScenarioLoader.load(VALIDATION.resolve("mmc.yaml"), List.of());
        assertEquals(ForecastText.render(Forecast.of(s)), ForecastText.render(Forecast.of(s)));
    }
}
