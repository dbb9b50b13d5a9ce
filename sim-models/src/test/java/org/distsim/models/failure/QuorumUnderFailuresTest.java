package org.distsim.models.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A leaderless store with N = 3, R = 2, W = 2 whose members fail independently, each up a
 * fraction 1 − p = 0.9 of the time ({@code failures:} on the group node: one process per member).
 * The front routes each request to a live member, which coordinates it; a strict quorum is then
 * unavailable exactly while at least two of the three members are down, so the share of failed
 * requests is the binomial tail P = 3p²(1 − p) + p³ = 0.028.
 *
 * <p>The tolerance is derived, not tuned. "At least two down" is an on-off process whose bad spells
 * end at rate b ≈ 2 / MTTR (either of the two down members coming back); as a two-state Markov
 * chain its time average over T has variance 2 P (1 − P) / ((a + b) T) with a = b P / (1 − P).
 * Requests add a binomial variance P (1 − P) / n. Four standard errors of both cover chance. The
 * coordinators' own {@code unavailable} counts are that quorum unavailability; the front adds
 * its timeouts on members it has not yet noticed are down, bounded separately.
 */
class QuorumUnderFailuresTest {

    private static final double MTTF = 2.7;
    private static final double MTTR = 0.3;
    private static final double FAILURE_TIMEOUT = 0.02;
    private static final double T = 3_000 - 3;
    private static final double RATE = 300;

    private static final String STORE = """
            name: quorum-failures
            seed: 8
            duration: 3000s
            warmup: 3s
            network:
              latency: {dist: exponential, mean: 500us}
            nodes:
              db:
                type: replicated-database
                replication: leaderless
                replicas: 3
                read-quorum: 2
                write-quorum: 2
                heartbeat-interval: 5ms
                failure-timeout: 20ms
                request-timeout: 50ms
                failures: {mttf: 2700ms, mttr: 300ms}
            workloads:
              readers: {type: open-loop, target: db, rate: 300/s, read-ratio: 100%, timeout: 1s}
            """;

    @Test
    void readUnavailability_matchesTheBinomialTailOfMemberFailures() throws Exception {
        RunResult result = ScenarioRunner.run(ScenarioLoader.load("quorum.yaml", STORE, List.of()), RunOptions.defaults());
        double p = MTTR / (MTTF + MTTR);
        double expected = 3 * p * p * (1 - p) + p * p * p;
        assertEquals(0.028, expected, 1e-12);
        for (int m = 1; m <= 3; m++) {
            assertEquals(1 - p, result.nodes().get("db-" + m).figures().get("availability").doubleValue(), 0.02,
                    "member db-" + m + " is up about 90 % of the time");
        }
        WorkloadResult readers = result.workloads().get("readers");
        assertEquals(readers.failed(), readers.failedByReason().get("unavailable"), "every failure is unavailable");
        long quorumFailures = 0;
        for (int m = 1; m <= 3; m++) {
            quorumFailures += result.nodes().get("db-" + m).figures().get("unavailable").longValue();
        }
        long frontFailures = result.nodes().get("db").figures().get("unavailable").longValue();
        double quorum = (double) quorumFailures / readers.requests();
        double b = 2 / MTTR;
        double a = b * expected / (1 - expected);
        double timeVariance = 2 * expected * (1 - expected) / ((a + b) * T);
        double requestVariance = expected * (1 - expected) / readers.requests();
        double chance = 4 * Math.sqrt(timeVariance + requestVariance);
        System.out.println(String.format(Locale.ROOT, "quorum unavailability %.5f, binomial %.5f ± %.5f;"
                + " front timeouts on undetected crashes %.5f, all failures %.5f", quorum, expected, chance,
                (double) frontFailures / readers.requests(), 1 - readers.availability()));
        assertEquals(expected, quorum, chance, "coordinators that could not gather R = 2 replies");
        // The front learns a member is down only when its answers stop for failure-timeout (answers
        // come every 3 / rate on average): about (failure-timeout + 3 / rate) / (MTTF + MTTR) = 1 %
        // of requests meet a crash it has not noticed yet. A front that did not skip dead members
        // would send p = 10 % of them to one; a fifth of that is a generous bound for the lag.
        double noticed = (FAILURE_TIMEOUT + 3.0 / RATE) / (MTTF + MTTR);
        assertEquals(0.01, noticed, 1e-9);
        assertTrue((double) frontFailures / readers.requests() < p / 5, "front timeouts " + frontFailures);
        // A coordinator that times out waiting for replicas answers just after the front gave up on
        // it, so some reads are counted at both; none fails unseen by either.
        assertTrue(readers.failed() <= quorumFailures + frontFailures, "every failed read was counted by a node");
    }
}
