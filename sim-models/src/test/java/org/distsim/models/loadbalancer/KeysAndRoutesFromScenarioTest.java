package org.distsim.models.loadbalancer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** L7 routes and consistent hashing driven by the workloads' own {@code route} and {@code keys} knobs. */
class KeysAndRoutesFromScenarioTest {

    private static final String SCENARIO = """
            name: keys-and-routes
            seed: 3
            duration: 20s
            nodes:
              lb:
                type: load-balancer
                backends: [web-1, web-2, web-3]
                routes:
                  - {prefix: /api, backends: [web-1, web-2]}
                  - {prefix: /static, backends: [web-3]}
              web-1: {type: service, workers: 4, service-time: {dist: exponential, mean: 2ms}}
              web-2: {type: service, workers: 4, service-time: {dist: exponential, mean: 2ms}}
              web-3: {type: service, workers: 4, service-time: {dist: exponential, mean: 2ms}}
            workloads:
              api: {type: open-loop, target: lb, rate: 200/s, route: /api/users}
              assets: {type: open-loop, target: lb, rate: 100/s, route: /static/logo.png}
            """;

    private static RunResult run(String... overrides) throws Exception {
        return ScenarioRunner.run(ScenarioLoader.load("routes.yaml", SCENARIO, List.of(overrides)), RunOptions.defaults());
    }

    private static long forwarded(RunResult result, String backend) {
        return result.nodes().get("lb").figures().get("to." + backend).longValue();
    }

    @Test
    void routes_sendEachWorkloadsPathToItsBackendsOnly() throws Exception {
        RunResult result = run();
        long api = result.workloads().get("api").ok();
        long assets = result.workloads().get("assets").ok();
        assertEquals(assets, forwarded(result, "web-3"), "/static goes to web-3 only");
        assertEquals(api, forwarded(result, "web-1") + forwarded(result, "web-2"), "/api goes to web-1 and web-2 only");
        assertTrue(Math.abs(forwarded(result, "web-1") - forwarded(result, "web-2")) <= 1, "round robin within /api");
        assertTrue(api > 3000 && assets > 1500, "both workloads ran: " + api + ", " + assets);
    }

    /**
     * 1000 uniform keys over a ring of 3 backends with 100 virtual nodes each: each backend owns a
     * third of the ring ± about 10 % of that, so 20 % to 47 % of the requests is a wide margin;
     * with a single key every request lands on one backend, the hot-key problem of hashing.
     */
    @Test
    void consistentHash_spreadsManyKeys_butSendsASingleKeyToOneBackend() throws Exception {
        String noRoutes = "nodes.lb.routes=[]";
        String hash = "nodes.lb.algorithm=consistent-hash";
        String oneWorkload = "workloads={clients: {type: open-loop, target: lb, rate: 300/s, keys: {count: 1000}}}";
        RunResult many = run(noRoutes, hash, oneWorkload);
        long total = many.workloads().get("clients").ok();
        for (String backend : List.of("web-1", "web-2", "web-3")) {
            long share = forwarded(many, backend);
            assertTrue(share >= 0.20 * total && share <= 0.47 * total, backend + " got " + share + " of " + total);
        }

        RunResult single = run(noRoutes, hash, "workloads={clients: {type: open-loop, target: lb, rate: 300/s}}");
        FigureValues figures = single.nodes().get("lb").figures();
        List<Long> counts = List.of("web-1", "web-2", "web-3").stream().map(b -> figures.get("to." + b).longValue()).toList();
        assertEquals(2, counts.stream().filter(c -> c == 0).count(), "key 0 always hashes to the same backend: " + counts);
        assertTrue(counts.stream().mapToLong(Long::longValue).sum() >= single.workloads().get("clients").ok());
    }
}
