package org.distsim.models.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.core.facts.Link;
import org.distsim.models.forecast.Forecast;
import org.distsim.models.scenario.ScenarioFacts;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Branching calls end to end from YAML: a call made with a probability, a call made on the outcome
 * of another, a call routed by weight. Each request's draw is an independent Bernoulli trial, so a
 * measured fraction of n draws has the binomial standard error sqrt(p (1 − p) / n); the tolerances
 * are four of those (a false alarm about once in 16,000 runs, and the seeds are fixed).
 */
class BranchingCallsTest {

    private static final String HEAD = """
            name: branching
            seed: 11
            duration: 60s
            warmup: 0s
            network:
              latency: {dist: constant, value: 0ms}
            """;

    /** The front calls db on every request; %s adds calls after it. Workers enough that nothing queues. */
    private static final String AUDITED = HEAD + """
            nodes:
              api:
                type: service
                workers: 1000
                service-time: {dist: exponential, mean: 1ms}
                calls:
                  - {target: db, timeout: 5s, error-rate: 5%%}
            %s
              db: {type: service, workers: 1000, service-time: {dist: exponential, mean: 2ms}}
              audit: {type: service, workers: 1000, service-time: {dist: exponential, mean: 1ms}}
            workloads:
              clients: {type: open-loop, target: api, rate: 1000/s, timeout: 10s}
            """;

    private static double tolerance(double p, double n) {
        return 4 * Math.sqrt(p * (1 - p) / n);
    }

    @Test
    void aCallWithProbabilityThirtyPercent_isMadeByThirtyPercentOfRequests_withinSamplingError() {
        RunResult result = Runs.run(AUDITED.formatted("      - {target: audit, probability: 30%}"));
        double requests = Runs.figure(result, "api", "calls.db");
        double audited = Runs.figure(result, "api", "calls.audit");
        assertTrue(requests > 50_000, "enough requests for a tight tolerance: " + requests);
        // Requests whose db call failed end there (sequential), so the audit's draws are over the others.
        double drawnOver = requests - Runs.figure(result, "api", "failures.db");
        assertEquals(0.3, audited / drawnOver, tolerance(0.3, drawnOver), audited + " audits of " + drawnOver);
    }

    @Test
    void addingABranchingCall_changesNoOtherDraw() {
        RunResult without = Runs.run(AUDITED.formatted(""));
        RunResult with = Runs.run(AUDITED.formatted("      - {target: audit, probability: 30%}"));
        // The db sees the same requests at the same times, and the edge's error draws are its own stream.
        assertEquals(without.nodes().get("db").figures(), with.nodes().get("db").figures());
        assertEquals(Runs.figure(without, "api", "call-errors.db"), Runs.figure(with, "api", "call-errors.db"));
        assertEquals(without.workloads().get("clients").requests(), with.workloads().get("clients").requests());
        assertEquals(without.workloads().get("clients").ok(), with.workloads().get("clients").ok());
        assertNotEquals(0, Runs.figure(with, "api", "calls.audit"));
    }

    @Test
    void aCallOnACacheMiss_isMadeExactlyOncePerMissTheCacheAnswered() {
        RunResult result = Runs.run(HEAD + """
                nodes:
                  api:
                    type: service
                    workers: 1000
                    service-time: 100us
                    calls:
                      - {target: cache, timeout: 5s}
                      - {target: recommender, timeout: 5s, on: {call: cache, outcome: miss}}
                  cache: {type: cache, capacity: 200, backing: db, eviction: lru}
                  db: {type: database, workers: 1000, read-time: {dist: exponential, mean: 2ms}}
                  recommender: {type: service, workers: 1000, service-time: 1ms}
                workloads:
                  clients: {type: open-loop, target: api, rate: 1000/s, timeout: 10s,
                            keys: {count: 2000, popularity: zipf, s: 0.9}, schedule: [{at: 59s, rate: 0/s}]}
                """);
        double misses = Runs.figure(result, "cache", "misses");
        double coalesced = Runs.figure(result, "cache", "coalesced");
        double hits = Runs.figure(result, "cache", "hits");
        assertTrue(misses > 1000 && hits > 1000, "both outcomes occur: " + hits + " hits, " + misses + " misses");
        // The clients stop a second early, so that no answer is still on its way at the end. A read
        // that joined a fetch already in flight was a miss too, for the caller.
        assertEquals(misses + coalesced, Runs.figure(result, "api", "calls.recommender"));
        assertEquals(1, result.workloads().get("clients").availability());
    }

    @Test
    void aFallbackServiceOnFailure_isCalledExactlyForTheFailures_andTheRequestSucceeds() {
        RunResult result = Runs.run(HEAD + """
                nodes:
                  api:
                    type: service
                    workers: 1000
                    service-time: 100us
                    calls:
                      - {target: primary, timeout: 5s}
                      - {target: backup, timeout: 5s, on: {call: primary, outcome: failure}}
                  primary: {type: service, workers: 1000, service-time: 1ms, error-rate: 20%}
                  backup: {type: service, workers: 1000, service-time: 3ms}
                workloads:
                  clients: {type: open-loop, target: api, rate: 1000/s, timeout: 10s}
                """);
        double failures = Runs.figure(result, "api", "failures.primary");
        double n = Runs.figure(result, "api", "calls.primary");
        assertEquals(0.2, failures / n, tolerance(0.2, n));
        assertEquals(failures, Runs.figure(result, "api", "calls.backup"));
        WorkloadResult clients = result.workloads().get("clients");
        assertEquals(0, clients.errors(), "the backup answers every failed primary call");
        assertTrue(clients.ok() > 50_000);
    }

    @Test
    void aCallOnTimeout_catchesTheTimeouts_butNotTheErrors() {
        RunResult result = Runs.run(HEAD + """
                nodes:
                  api:
                    type: service
                    workers: 1000
                    service-time: 100us
                    calls:
                      - {target: primary, timeout: 10ms}
                      - {target: backup, timeout: 5s, on: {call: primary, outcome: timeout}}
                  primary:
                    type: service
                    workers: 1000
                    service-time: {dist: uniform, min: 0ms, max: 20ms}
                    error-rate: 20%
                  backup: {type: service, workers: 1000, service-time: 1ms}
                workloads:
                  clients: {type: open-loop, target: api, rate: 1000/s, timeout: 10s, schedule: [{at: 59s, rate: 0/s}]}
                """);
        double failures = Runs.figure(result, "api", "failures.primary");
        double caught = Runs.figure(result, "api", "calls.backup");
        WorkloadResult clients = result.workloads().get("clients");
        // About half the calls time out and go to the backup; an answered error is no timeout and fails the request.
        double n = Runs.figure(result, "api", "calls.primary");
        assertEquals(0.5, caught / n, tolerance(0.5, n), caught + " timeouts of " + n);
        assertTrue(clients.failed() > 1000, "errors reach the clients: " + clients.failed());
        assertEquals(failures, caught + clients.failed(), "every failure is either caught or the request's");
    }

    @Test
    void aWeightedRoute_sendsNineInTenToTheStableVersion_withinSamplingError() {
        RunResult result = Runs.run(HEAD + """
                nodes:
                  api:
                    type: service
                    workers: 1000
                    service-time: 100us
                    calls:
                      - {route: [{target: v1, weight: 9}, {target: v2, weight: 1}], timeout: 5s}
                  v1: {type: service, workers: 1000, service-time: 1ms}
                  v2: {type: service, workers: 1000, service-time: 1ms}
                workloads:
                  clients: {type: open-loop, target: api, rate: 1000/s, timeout: 10s}
                """);
        double v1 = Runs.figure(result, "api", "calls.v1");
        double v2 = Runs.figure(result, "api", "calls.v2");
        double n = v1 + v2;
        assertEquals(result.workloads().get("clients").requests(), (long) n, "one target per request");
        assertEquals(0.1, v2 / n, tolerance(0.1, n), v2 + " of " + n + " to the canary");
    }

    @Test
    void theForecast_offersTheBranchTarget_pTimesTheRate() throws Exception {
        Forecast forecast = Forecast.of(ScenarioLoader.load("f.yaml", HEAD + """
                nodes:
                  api:
                    type: service
                    workers: 1000
                    service-time: 100us
                    calls:
                      - {target: audit, probability: 30%}
                      - {route: [{target: v1, weight: 3}, {target: v2, weight: 1}]}
                  audit: {type: service, service-time: {dist: exponential, mean: 2ms}}
                  v1: {type: service, service-time: {dist: exponential, mean: 1ms}}
                  v2: {type: service, service-time: {dist: exponential, mean: 1ms}}
                workloads:
                  clients: {type: open-loop, target: api, rate: 1000/s}
                """, List.of()));
        // rho = p lambda / mu: 0.3 x 1000/s x 2 ms, and the route's 3:1 split of 1000/s at 1 ms.
        assertEquals(0.6, forecast.node("audit").orElseThrow().forecast().load(), 1e-12);
        assertEquals(0.75, forecast.node("v1").orElseThrow().forecast().load(), 1e-12);
        assertEquals(0.25, forecast.node("v2").orElseThrow().forecast().load(), 1e-12);
    }

    @Test
    void theMeasuredUtilisationOfTheBranchTarget_matchesPTimesLambdaOverMu() {
        RunResult result = Runs.run(HEAD + """
                nodes:
                  api:
                    type: service
                    workers: 1000
                    service-time: 100us
                    calls: [{target: audit, probability: 30%, timeout: 5s}]
                  audit: {type: service, service-time: {dist: exponential, mean: 2ms}}
                workloads:
                  clients: {type: open-loop, target: api, rate: 1000/s, timeout: 10s}
                """);
        // The busy fraction over T = 60 s is a regenerative average over busy cycles of mean length
        // E[C] = 1 / (lambda (1 - rho)) = 8.3 ms; its variance is Var((1 - rho) X - rho I) / (E[C] T), with
        // the busy period's Var(X) = (1 + rho) / (mu^2 (1 - rho)^3) = 1e-4 s^2 and the idle period's
        // Var(I) = 1 / lambda^2: a standard error of 0.0063 at lambda = 300/s, mu = 500/s. Four of those.
        assertEquals(0.6, Runs.figure(result, "audit", "utilisation_mean"), 4 * 0.0063);
    }

    @Test
    void theTopology_labelsEachBranchingLinkWithItsShareOrCondition() throws Exception {
        List<Link> links = ScenarioFacts.topology(ScenarioLoader.load("t.yaml", HEAD + """
                nodes:
                  api:
                    type: service
                    service-time: 1ms
                    calls:
                      - {target: cache}
                      - {target: db, on: {call: cache, outcome: miss}}
                      - {target: audit, probability: 30%}
                      - {route: [{target: v1, weight: 9}, {target: v2, weight: 1}]}
                  cache: {type: cache, capacity: 10, backing: db}
                  db: {type: database}
                  audit: {type: service, service-time: 1ms}
                  v1: {type: service, service-time: 1ms}
                  v2: {type: service, service-time: 1ms}
                workloads:
                  clients: {type: open-loop, target: api, rate: 10/s}
                """, List.of())).links();
        List<String> fromApi = links.stream().filter(l -> l.from().equals("api"))
                .map(l -> l.to() + " " + l.label()).toList();
        assertEquals(List.of("cache ", "db on miss of cache", "audit 30%", "v1 90%", "v2 10%"), fromApi);
    }

    private static String problem(String calls) {
        String yaml = HEAD + """
                nodes:
                  api:
                    type: service
                    service-time: 1ms
                    calls:
                %s
                  cache: {type: service, service-time: 1ms}
                  db: {type: service, service-time: 1ms}
                workloads:
                  clients: {type: open-loop, target: api, rate: 10/s}
                """;
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("s.yaml", yaml.formatted(calls.indent(6).stripTrailing()), List.of()));
        assertEquals(1, e.problems().size(), e::getMessage);
        return e.problems().get(0).format();
    }

    @Test
    void onNamingAnUnknownCall_isReportedAtItsValue_withDidYouMean() {
        String message = problem("""
                      - {target: cache}
                      - {target: db, on: {call: cahce, outcome: miss}}""");
        assertTrue(message.startsWith("s.yaml:13:33: "), message);
        assertTrue(message.contains("\"cahce\", which is no call of this list"), message);
        assertTrue(message.contains("did you mean \"cache\""), message);
    }

    @Test
    void onNamingALaterCall_isRefused() {
        String message = problem("""
                      - {target: db, on: {call: cache, outcome: miss}}
                      - {target: cache}""");
        assertTrue(message.startsWith("s.yaml:12:33: "), message);
        assertTrue(message.contains("a later call"), message);
    }

    @Test
    void conditionsThatWaitForEachOther_areReportedAsACycle() {
        String message = problem("""
                      - {target: db, on: {call: cache, outcome: success}}
                      - {target: cache, on: {call: db, outcome: failure}}""");
        assertTrue(message.contains("a cycle of conditions: db -> cache -> db"), message);
    }

    @Test
    void aCallWithBothATargetAndARoute_isRefused() {
        String message = problem("""
                      - {target: db, route: [{target: cache}]}""");
        assertTrue(message.startsWith("s.yaml:12:9: nodes.api.calls.0: "), message);
        assertTrue(message.contains("either a target or a route"), message);
    }

    @Test
    void onAHitOrMissOfACallToANodeThatIsNoCache_isRefusedAtTheOutcome() {
        // "cache" is a service here: its answers never say hit or miss, so the call would never be made.
        String message = problem("""
                      - {target: cache}
                      - {target: db, on: {call: cache, outcome: miss}}""");
        assertTrue(message.startsWith("s.yaml:13:49: nodes.api.calls.1.on.outcome: "), message);
        assertTrue(message.contains("whose target \"cache\" is a service; only a cache answers hit or miss"), message);
        assertTrue(message.contains("expected success, failure or timeout, or a call whose target is a cache"),
                message);
    }

    private static final String BEHIND_BALANCER = HEAD + """
            nodes:
              api:
                type: service
                service-time: 1ms
                calls:
                  - {target: lb}
                  - {target: db, on: {call: lb, outcome: hit}}
              lb: {type: load-balancer, backends: [%s]}
              c1: {type: cache, backing: db, capacity: 100}
              c2: {type: cache, backing: db, capacity: 100}
              s1: {type: service, service-time: 1ms}
              db: {type: database}
            workloads:
              clients: {type: open-loop, target: api, rate: 10/s}
            """;

    @Test
    void onAHitOfALoadBalancer_isAccepted_whenEveryBackendIsACache() throws ScenarioException {
        ScenarioLoader.load("s.yaml", BEHIND_BALANCER.formatted("c1, c2"), List.of());
    }

    @Test
    void onAHitOfALoadBalancer_isRefused_whenABackendIsNoCache() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("s.yaml", BEHIND_BALANCER.formatted("c1, s1"), List.of()));
        String message = e.problems().get(0).format();
        assertTrue(message.startsWith("s.yaml:13:46: nodes.api.calls.1.on.outcome: "), message);
        assertTrue(message.contains("whose target \"lb\" is a load-balancer"), message);
    }
}
