package org.distsim.models.loadbalancer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.random.Constant;
import org.distsim.core.run.SimulationRun;
import org.distsim.models.rpc.Request;
import org.junit.jupiter.api.Test;

/**
 * What a balancer does with a request's key and route, seen by backends that write down what they
 * receive. The requests come from a scripted client, so each test chooses its keys and routes.
 * That adding a backend moves about 1/n of the keys is a property of the ring alone and is
 * measured in {@code ConsistentHashRingTest}.
 */
class KeysAndRoutesTest {

    private static final long MILLI = 1_000_000L;
    private static final long SECOND = 1_000 * MILLI;
    private static final List<String> BACKENDS = List.of("web-1", "web-2", "web-3");
    private static final int KEYS = 300;

    private final Map<String, List<Request>> received = new TreeMap<>();
    private ScriptedClient client;

    private static LoadBalancerConfig config(Algorithm algorithm, List<RouteConfig> routes, HealthCheckConfig healthCheck) {
        return new LoadBalancerConfig(BACKENDS, null, algorithm, 100, routes, Duration.ofSeconds(1), new Constant(0),
                healthCheck);
    }

    /** Runs the balancer {@code lb} in front of three recording backends; returns the simulation, not yet run. */
    private Simulation simulation(LoadBalancerConfig config, List<ScriptedClient.Send> script) {
        Simulation simulation = new Simulation(SimulationConfig.of(1, 20 * SECOND));
        simulation.spawn("lb", "load-balancer", context -> new LoadBalancer(context, config));
        for (String backend : BACKENDS) {
            simulation.spawn(backend, "recording-backend", context -> new RecordingBackend(context, received));
        }
        simulation.spawn("client", "scripted-client", context -> client = new ScriptedClient(context, "lb", script));
        return simulation;
    }

    /** Each of {@code KEYS} keys once, 1 ms apart, from {@code startNanos}. */
    private static List<ScriptedClient.Send> everyKeyOnce(long startNanos) {
        List<ScriptedClient.Send> script = new ArrayList<>();
        for (int key = 0; key < KEYS; key++) {
            script.add(new ScriptedClient.Send(startNanos + key * MILLI, key, ""));
        }
        return script;
    }

    /** The backend that received each key at or after {@code fromNanos} and before {@code toNanos}; fails if a key went to two. */
    private Map<Long, String> ownerOfEachKey(long fromNanos, long toNanos) {
        Map<Long, String> owners = new TreeMap<>();
        received.forEach((backend, requests) -> {
            for (Request request : requests) {
                if (request.intendedAtNanos() >= fromNanos && request.intendedAtNanos() < toNanos) {
                    String before = owners.put(request.key(), backend);
                    assertTrue(before == null || before.equals(backend),
                            "key " + request.key() + " went to both " + before + " and " + backend);
                }
            }
        });
        return owners;
    }

    @Test
    void consistentHash_sendsEachKeyToTheSameBackendEveryTime_andSpreadsKeysOverAll() {
        List<ScriptedClient.Send> script = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            script.addAll(everyKeyOnce(round * SECOND));
        }
        SimulationRun.run(simulation(config(Algorithm.CONSISTENT_HASH, List.of(), null), script), "keys");
        assertEquals(3 * KEYS, client.answeredOk());
        Map<Long, String> owners = ownerOfEachKey(0, Long.MAX_VALUE);
        assertEquals(KEYS, owners.size());
        for (String backend : BACKENDS) {
            long keys = owners.values().stream().filter(backend::equals).count();
            // 100 virtual nodes give each backend a third of the ring ± about 10 % of that (1/√100),
            // and 300 keys add a binomial ± 8 %: 20 % to 47 % is beyond 3 combined deviations.
            assertTrue(keys >= 0.20 * KEYS && keys <= 0.47 * KEYS, backend + " owns " + keys + " of " + KEYS + " keys");
            assertEquals(3 * keys, received.get(backend).size(), backend + " receives its keys in every round");
        }
    }

    @Test
    void consistentHash_whenABackendIsTakenOut_onlyItsKeysMove() {
        HealthCheckConfig checks = new HealthCheckConfig(Duration.ofSeconds(1), Duration.ofMillis(500), 2, 2);
        List<ScriptedClient.Send> script = new ArrayList<>(everyKeyOnce(0));
        long crash = 2 * SECOND;
        long afterDetection = crash + checks.detectionWindowNanos();
        script.addAll(everyKeyOnce(afterDetection));
        Simulation simulation = simulation(config(Algorithm.CONSISTENT_HASH, List.of(), checks), script);
        ActorRef web2 = simulation.lookup("web-2");
        simulation.at(crash, () -> simulation.crash(web2));
        SimulationRun.run(simulation, "keys");

        Map<Long, String> before = ownerOfEachKey(0, crash);
        Map<Long, String> after = ownerOfEachKey(afterDetection, Long.MAX_VALUE);
        assertEquals(KEYS, after.size(), "every key is served after the crash");
        int moved = 0;
        for (long key = 0; key < KEYS; key++) {
            if (before.get(key).equals("web-2")) {
                moved++;
                assertTrue(!after.get(key).equals("web-2"), "key " + key + " still goes to the crashed backend");
            } else {
                assertEquals(before.get(key), after.get(key), "key " + key + " moved although its backend is healthy");
            }
        }
        assertTrue(moved > 0, "web-2 owned some keys");
    }

    @Test
    void routes_sendEachRequestToTheBackendsOfItsLongestMatchingPrefix() {
        List<RouteConfig> routes = List.of(
                new RouteConfig("/api", List.of("web-1", "web-2")),
                new RouteConfig("/api/admin", List.of("web-2")),
                new RouteConfig("/static", List.of("web-3")));
        String[] paths = {"/api/users", "/api/admin/audit", "/static/logo.png", "/search"};
        List<ScriptedClient.Send> script = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            script.add(new ScriptedClient.Send(i * MILLI, i, paths[i % paths.length]));
        }
        SimulationRun.run(simulation(config(Algorithm.ROUND_ROBIN, routes, null), script), "routes");
        assertEquals(400, client.answeredOk());

        Map<String, Map<String, Integer>> countsByPath = new TreeMap<>();
        received.forEach((backend, requests) -> requests.forEach(request ->
                countsByPath.computeIfAbsent(request.route(), p -> new TreeMap<>()).merge(backend, 1, Integer::sum)));
        assertEquals(Map.of("web-1", 50, "web-2", 50), countsByPath.get("/api/users"), "round robin within the route");
        assertEquals(Map.of("web-2", 100), countsByPath.get("/api/admin/audit"), "the longer prefix wins");
        assertEquals(Map.of("web-3", 100), countsByPath.get("/static/logo.png"));
        Map<String, Integer> unrouted = countsByPath.get("/search");
        assertEquals(3, unrouted.size(), "a request no route matches may go to any backend: " + unrouted);
    }
}
