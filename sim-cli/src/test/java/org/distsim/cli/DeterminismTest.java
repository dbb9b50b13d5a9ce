package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Determinism is the product: the same scenario and seed give byte-identical JSON, run after run
 * and when runs execute concurrently on different threads; another seed gives other numbers.
 */
class DeterminismTest {

    private static final String MM1 = Path.of("..", "scenarios", "validation", "mm1.yaml").toString();
    private static final String[] SHORT = {"--duration", "40s", "--format", "json"};

    private static String json(String... extra) {
        String[] args = new String[3 + SHORT.length + extra.length];
        args[0] = "run";
        args[1] = MM1;
        args[2] = "--set=warmup=5s";
        System.arraycopy(SHORT, 0, args, 3, SHORT.length);
        System.arraycopy(extra, 0, args, 3 + SHORT.length, extra.length);
        Cli.Result result = Cli.run(args);
        assertEquals(0, result.exitCode(), result.err());
        return result.out();
    }

    @Test
    void theSameScenarioAndSeed_giveByteIdenticalJson_runAfterRun() {
        assertEquals(json(), json());
    }

    @Test
    void runsOnTwoThreadsAtOnce_giveTheSameBytesAsASequentialRun() throws Exception {
        String sequential = json("--seed", "9");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> task = () -> json("--seed", "9");
            List<Future<String>> both = pool.invokeAll(List.of(task, task));
            assertEquals(sequential, both.get(0).get());
            assertEquals(sequential, both.get(1).get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherSeed_givesOtherNumbers() {
        assertNotEquals(json("--seed", "1"), json("--seed", "2"));
    }

    @Test
    void setOverrides_moveThePercentilesAsTheoryPredicts() throws Exception {
        // M/M/1 with mu = 1000/s: response time ~ Exp(mu - lambda). Halving the load from 900/s to
        // 500/s takes the mean from 10 ms to 2 ms and the p99 from 46.05 ms to 9.21 ms. A 40 s run
        // has a standard error of a few percent at these loads; 15 % separates right from wrong.
        ObjectMapper mapper = new ObjectMapper();
        JsonNode heavy = mapper.readTree(json("--set", "workloads.clients.rate=900/s")).at("/workloads/clients/latency_ms");
        JsonNode light = mapper.readTree(json("--set", "workloads.clients.rate=500/s")).at("/workloads/clients/latency_ms");
        assertEquals(10.0, heavy.get("mean").asDouble(), 1.5);
        assertEquals(2.0, light.get("mean").asDouble(), 0.3);
        assertEquals(46.05, heavy.get("p99").asDouble(), 7);
        assertEquals(9.21, light.get("p99").asDouble(), 1.4);
        // A faster server (service mean 0.5 ms, mu = 2000/s) at 900/s: mean 1/(2000-900) = 0.909 ms.
        JsonNode faster = mapper.readTree(json("--set", "workloads.clients.rate=900/s",
                "--set", "nodes.server.service-time.mean=500us")).at("/workloads/clients/latency_ms");
        assertEquals(0.909, faster.get("mean").asDouble(), 0.14);
        assertTrue(faster.get("p99").asDouble() < heavy.get("p99").asDouble() / 5);
    }
}
