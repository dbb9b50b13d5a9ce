package org.distsim.models.loadbalancer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** ip-hash balances by the workload's clients, not by the requests' keys, and the other way round for consistent-hash. */
class IpHashFromScenarioTest {

    private static final String SCENARIO = """
            name: ip-hash
            seed: 8
            duration: 20s
            nodes:
              lb: {type: load-balancer, algorithm: ip-hash, backends: [web-1, web-2, web-3]}
              web-1: {type: service, workers: 4, service-time: {dist: exponential, mean: 2ms}}
              web-2: {type: service, workers: 4, service-time: {dist: exponential, mean: 2ms}}
              web-3: {type: service, workers: 4, service-time: {dist: exponential, mean: 2ms}}
            workloads:
              clients: {type: open-loop, target: lb, rate: 300/s}
            """;

    private static long[] forwarded(String... overrides) throws Exception {
        RunResult result = ScenarioRunner.run(ScenarioLoader.load("ip-hash.yaml", SCENARIO, List.of(overrides)),
                RunOptions.defaults());
        long[] counts = new long[3];
        for (int i = 0; i < 3; i++) {
            counts[i] = result.nodes().get("lb").figures().get("to.web-" + (i + 1)).longValue();
        }
        return counts;
    }

    private static long busy(long[] counts) {
        return java.util.Arrays.stream(counts).filter(c -> c > 0).count();
    }

    @Test
    void oneClient_manyKeys_goesToOneBackend_asUsersBehindOneNatAddressDo() throws Exception {
        assertEquals(1, busy(forwarded("workloads.clients.keys={count: 100000}")));
    }

    /**
     * A thousand clients split about evenly (each backend's share of 1000 clients has a standard
     * error of 0.015, and the requests per client add little), even when every request names the
     * same key; consistent hashing by key sends that key's requests all to one backend.
     */
    @Test
    void manyClients_oneKey_spreadOverEveryBackend_whereConsistentHashingByKeyUsesOne() throws Exception {
        long[] byClient = forwarded("workloads.clients.clients=1000");
        long total = java.util.Arrays.stream(byClient).sum();
        for (long count : byClient) {
            assertEquals(1 / 3.0, count / (double) total, 0.07, java.util.Arrays.toString(byClient));
        }
        assertEquals(1, busy(forwarded("workloads.clients.clients=1000", "nodes.lb.algorithm=consistent-hash")));
        assertTrue(total > 5000);
    }
}
