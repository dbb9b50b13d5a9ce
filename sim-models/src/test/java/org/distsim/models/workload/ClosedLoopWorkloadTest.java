package org.distsim.models.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A closed loop of N users with exponential think time Z in front of one exponential server is the
 * finite-source queue M/M/1//N (the machine-repairman model; Kleinrock, Queueing Systems Vol. 1,
 * §3.9). Its exact mean response time comes from the birth–death chain of the number of users at
 * the server, and the interactive response-time law X = N / (R + Z) must hold in every run.
 */
class ClosedLoopWorkloadTest {

    private static final int USERS = 8;
    private static final double THINK_SECONDS = 0.006;
    private static final double SERVICE_RATE = 1000;
    private static final int REPLICATIONS = 10;

    private static RunResult run(int replication) throws Exception {
        String yaml = """
                name: closed
                duration: 62s
                warmup: 2s
                nodes:
                  server:
                    type: service
                    service-time: {dist: exponential, mean: 1ms}
                workloads:
                  users:
                    type: closed-loop
                    target: server
                    users: %d
                    think-time: {dist: exponential, mean: 6ms}
                """.formatted(USERS);
        return ScenarioRunner.run(ScenarioLoader.load("closed.yaml", yaml, List.of()),
                RunOptions.defaults().withReplication(replication));
    }

    /**
     * M/M/1//N: with n users at the server, users arrive at rate (N − n)/Z and leave at rate μ, so
     * p_n ∝ N!/(N − n)! · (1/(μZ))^n; throughput X = μ(1 − p_0) and, by Little's law over the
     * whole cycle, R = N/X − Z.
     */
    static double exactResponseSeconds(int users, double thinkSeconds, double serviceRate) {
        double term = 1;
        double sum = 1;
        for (int n = 1; n <= users; n++) {
            term *= (users - n + 1) / (thinkSeconds * serviceRate);
            sum += term;
        }
        double throughput = serviceRate * (1 - 1 / sum);
        return users / throughput - thinkSeconds;
    }

    @Test
    void meanResponseTime_matchesTheFiniteSourceQueueAndTheResponseTimeLawHolds() throws Exception {
        double exactMillis = 1e3 * exactResponseSeconds(USERS, THINK_SECONDS, SERVICE_RATE);
        SummaryStatistics means = new SummaryStatistics();
        for (int r = 0; r < REPLICATIONS; r++) {
            RunResult result = run(r);
            WorkloadResult users = result.workloads().get("users");
            double responseMillis = users.latency().mean();
            means.addValue(responseMillis);
            // The response-time law X = N / (R + Z) is Little's law over the think-request cycle; it
            // holds exactly with the think time the run actually drew, that is when the mean number
            // of users waiting equals X·R. Only cycles cut by the ends of the window (at most N of
            // ~52 000) can disturb it.
            double waiting = users.figures().get("waiting_users_mean").doubleValue();
            double thinkMillis = 1e3 * (USERS - waiting) / users.throughputRps();
            double law = USERS / ((responseMillis + thinkMillis) / 1e3);
            assertEquals(law, users.throughputRps(), 0.002 * law, "run " + r + ": X = N / (R + Z)");
            // With the configured Z instead, the law holds within the sampling error of the drawn
            // think times' mean: Z/√n over ~52 000 draws is 0.29 % of R + Z; 4.5 of those is 1.3 %.
            assertEquals(law, USERS / ((responseMillis + 1e3 * THINK_SECONDS) / 1e3), 0.013 * law);
            // A user has one request at a time: at most N - 1 can wait behind the one in service.
            assertTrue(result.nodes().get("server").figures().get("queue_max").doubleValue() <= USERS - 1);
        }
        // A two-sided 99.9 % Student-t interval over the replications, widened by the histogram's
        // 0.1 % value resolution.
        double t = new TDistribution(null, REPLICATIONS - 1).inverseCumulativeProbability(0.9995);
        double tolerance = t * means.getStandardDeviation() / Math.sqrt(REPLICATIONS) + 0.001 * exactMillis;
        assertEquals(exactMillis, means.getMean(), tolerance, String.format(Locale.ROOT,
                "mean response %.4f ms, M/M/1//%d exact %.4f ms", means.getMean(), USERS, exactMillis));
    }

    @Test
    void finiteSourceFormula_reducesToTheKnownSingleUserCase() {
        // One user never queues: R is just the service time.
        assertEquals(0.001, exactResponseSeconds(1, 0.006, 1000), 1e-15);
    }
}
