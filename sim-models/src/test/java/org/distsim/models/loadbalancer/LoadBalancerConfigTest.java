package org.distsim.models.loadbalancer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.models.scenario.Problem;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The load balancer's knobs in a scenario file: defaults, and one clear message per mistake. */
class LoadBalancerConfigTest {

    private static final String SCENARIO = """
            name: lb
            duration: 10s
            nodes:
              lb:
                type: load-balancer
                backends: [web-1, web-2]
              web-1: {type: service, service-time: 2ms}
              web-2: {type: service, service-time: 2ms}
            workloads:
              clients: {type: open-loop, target: lb, rate: 100/s}
            """;

    private static LoadBalancerConfig load(String... overrides) throws ScenarioException {
        Scenario scenario = ScenarioLoader.load("lb.yaml", SCENARIO, List.of(overrides));
        return (LoadBalancerConfig) scenario.nodes().get("lb").config();
    }

    private static String problem(String... overrides) {
        List<Problem> problems = assertThrows(ScenarioException.class, () -> load(overrides)).problems();
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0).format();
    }

    @Test
    void defaults_roundRobinWithoutHealthChecksOrRoutes() throws Exception {
        LoadBalancerConfig config = load();
        assertEquals(Algorithm.ROUND_ROBIN, config.algorithm());
        assertNull(config.healthCheck());
        assertNull(config.weights());
        assertEquals(List.of(), config.routes());
        assertEquals(10_000_000_000L, config.timeout().toNanos());
        assertEquals(0.0, config.overhead().mean());
        assertEquals(100, config.virtualNodes());
    }

    @Test
    void emptyHealthCheck_enablesTheDefaultChecks() throws Exception {
        HealthCheckConfig checks = load("nodes.lb.health-check={}").healthCheck();
        assertEquals(new HealthCheckConfig(java.time.Duration.ofSeconds(1), java.time.Duration.ofMillis(500), 2, 2), checks);
        assertEquals(0.1, checks.jitter());
        assertTrue(checks.randomPhase());
        assertEquals(2 * 1_100_000_000L + 500_000_000L, checks.detectionWindowNanos(), "two jittered gaps and a timeout");
    }

    @Test
    void unknownBackend_isReportedWithASuggestion() {
        String message = problem("nodes.lb.backends=[web-1, web-3]");
        assertTrue(message.contains("unknown node \"web-3\""), message);
        assertTrue(message.contains("did you mean"), message);
    }

    @Test
    void duplicateBackend_isAnError() {
        String message = problem("nodes.lb.backends=[web-1, web-1]");
        assertTrue(message.contains("\"web-1\" is listed twice"), message);
    }

    @Test
    void weights_needWeightedRoundRobinAndOnePerBackend() {
        String wrongAlgorithm = problem("nodes.lb.weights=[3, 1]");
        assertTrue(wrongAlgorithm.contains("only by algorithm weighted-round-robin, not round-robin"), wrongAlgorithm);
        String wrongCount = problem("nodes.lb.algorithm=weighted-round-robin", "nodes.lb.weights=[3]");
        assertTrue(wrongCount.contains("2 backends need 2 weights, one per backend in the same order; got 1"), wrongCount);
        String allZero = problem("nodes.lb.algorithm=weighted-round-robin", "nodes.lb.weights=[0, 0]");
        assertTrue(allZero.contains("at least one weight must be above 0"), allZero);
    }

    @Test
    void healthCheckTimeout_mustBeShorterThanItsInterval() {
        String message = problem("nodes.lb.health-check={interval: 1s, timeout: 1s}");
        assertTrue(message.contains("must be shorter than its interval"), message);
    }

    @Test
    void route_mayOnlyNameBackendsOfTheBalancer() {
        String message = problem("nodes.lb.backends=[web-1]", "nodes.lb.routes=[{prefix: /api, backends: [web-2]}]");
        assertTrue(message.contains("route \"/api\" names \"web-2\", which is not one of the backends"), message);
    }

    @Test
    void unknownAlgorithm_isReportedWithASuggestion() {
        String message = problem("nodes.lb.algorithm=least-connection");
        assertTrue(message.contains("did you mean \"least-connections\""), message);
    }

    private static String problemIn(String balancerLines) {
        String yaml = SCENARIO.replace("    backends: [web-1, web-2]\n", "    backends: [web-1, web-2]\n" + balancerLines);
        List<Problem> problems = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("lb.yaml", yaml, List.of())).problems();
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0).format();
    }

    @Test
    void newAlgorithms_areSpelledOutAndMisspellingsGetASuggestion() throws Exception {
        assertEquals(Algorithm.HASH_MOD_N, load("nodes.lb.algorithm=hash-mod-n").algorithm());
        assertEquals(Algorithm.IP_HASH, load("nodes.lb.algorithm=ip-hash").algorithm());
        String message = problemIn("    algorithm: ip-hsh\n");
        assertTrue(message.startsWith("lb.yaml:7:16:"), message);
        assertTrue(message.contains("did you mean \"ip-hash\""), message);
    }

    @Test
    void retries_defaultToNone_andTheBudgetToFinaglesWhenLeftOut() throws Exception {
        assertEquals(0, load().retries());
        LoadBalancerConfig retrying = load("nodes.lb.retries=2");
        assertEquals(2, retrying.retries());
        assertNull(retrying.retryBudget());
        assertEquals(LoadBalancerConfig.DEFAULT_RETRY_BUDGET, retrying.retryBudgetOrDefault());
        assertEquals(0.2, retrying.retryBudgetOrDefault().ratio());
    }

    @Test
    void aRetryBudget_withoutRetries_isAnErrorAtItsLine() {
        String message = problemIn("    retry-budget: {ratio: 0.1}\n");
        assertTrue(message.startsWith("lb.yaml:"), message);
        assertTrue(message.contains("retry-budget is read only with retries above 0"), message);
    }

    @Test
    void retries_beyondTen_areRefusedWithTheRange() {
        String message = problemIn("    retries: 11\n");
        assertTrue(message.startsWith("lb.yaml:7:14:"), message);
        assertTrue(message.contains("10"), message);
    }

    @Test
    void outlierDetection_hasEnvoysDefaults_andMisspelledKeysGetASuggestion() throws Exception {
        OutlierDetectionConfig defaults = load("nodes.lb.outlier-detection={}").outlierDetection();
        assertEquals(5, defaults.consecutiveErrors());
        assertEquals(30, defaults.baseEjectionTime().toSeconds());
        assertEquals(300, defaults.maxEjectionTime().toSeconds());
        assertEquals(0.1, defaults.maxEjected());
        assertEquals(1, defaults.maxEjectedOf(4), "10 % of four rounds to none, but one may always be ejected");
        assertEquals(2, defaults.maxEjectedOf(20));

        String typo = problemIn("    outlier-detection: {consecutive-error: 3}\n");
        assertTrue(typo.startsWith("lb.yaml:7:"), typo);
        assertTrue(typo.contains("did you mean \"consecutive-errors\""), typo);
        String shortMax = problemIn("    outlier-detection: {base-ejection-time: 30s, max-ejection-time: 10s}\n");
        assertTrue(shortMax.startsWith("lb.yaml:7:"), shortMax);
        assertTrue(shortMax.contains("max-ejection-time (10000ms) must be at least base-ejection-time (30000ms)"),
                shortMax);
    }

    @Test
    void workloadClients_mustBeAtLeastOne() {
        String message = problem("workloads.clients.clients=0");
        assertTrue(message.contains("clients"), message);
    }
}
