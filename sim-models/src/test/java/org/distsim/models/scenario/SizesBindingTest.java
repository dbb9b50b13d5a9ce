package org.distsim.models.scenario;

import static org.distsim.models.scenario.Scenarios.load;
import static org.distsim.models.scenario.Scenarios.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.core.random.Constant;
import org.distsim.core.result.RunResult;
import org.distsim.core.random.Exponential;
import org.distsim.models.format.SizeDistribution;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.workload.OpenLoopConfig;
import org.junit.jupiter.api.Test;

/** {@code request-size:}, {@code response-size:} and {@code bandwidth:}: what they read, and what they refuse. */
class SizesBindingTest {

    /** Line 7 holds the link's bandwidth (value at column 18), line 11 the node's (column 16). */
    private static final String SIZED = """
            name: t
            duration: 10s
            network:
              links:
                - between: [zone:us, zone:eu]
                  latency: 40ms
                  bandwidth: 1 Gbit/s
            nodes:
              db:
                type: database
                bandwidth: 100 MB/s
                zone: us
                response-size: 1MB
            workloads:
              up: {type: open-loop, zone: eu, target: db, rate: 10/s, read-ratio: 0%, request-size: 1.5MB}
              down: {type: open-loop, zone: eu, target: db, rate: 10/s, response-size: {dist: exponential, mean: 200kB}}
            """;

    @Test
    void bandwidths_readBitsAndBytesPerSecond() throws ScenarioException {
        Scenario scenario = load(SIZED);
        assertEquals(1.25e8, scenario.zoning().rules().get(0).bytesPerSecond());
        assertEquals(1e8, scenario.zoning().interfaces().get("db"));
        assertEquals(1.25e9, load(SIZED.replace("1 Gbit/s", "10Gbps")).zoning().rules().get(0).bytesPerSecond());
        assertEquals(1024.0 * 1024, load(SIZED.replace("1 Gbit/s", "1MiB/s")).zoning().rules().get(0).bytesPerSecond());
    }

    @Test
    void sizes_readAsDistributionsOfBytes() throws ScenarioException {
        Scenario scenario = load(SIZED);
        OpenLoopConfig up = (OpenLoopConfig) scenario.workloads().get("up").config();
        OpenLoopConfig down = (OpenLoopConfig) scenario.workloads().get("down").config();
        assertEquals(new Constant(1_500_000), up.requestSize().bytes());
        assertEquals(new Exponential(200_000), down.responseSize().bytes());
        assertEquals(null, up.responseSize());
    }

    @Test
    void anAmountWithoutPerSecond_isRefusedWithTheBandwidthItMeant() {
        assertEquals("""
                s.yaml:7:18: network.links.0.bandwidth: "1 Gbit" is an amount, not a bandwidth: add /s
                  expected a bandwidth like 1 Gbit/s, 100Mbit/s or 100 MB/s
                  did you mean "1 Gbit/s"?""", problem(SIZED.replace("1 Gbit/s", "1 Gbit")));
    }

    @Test
    void aMisspeltBandwidthUnit_isRefusedWithTheClosestUnit() {
        String problem = problem(SIZED.replace("100 MB/s", "100 Mbyte/s"));
        assertTrue(problem.startsWith("s.yaml:11:16: nodes.db.bandwidth: unknown bandwidth unit \"Mbyte\""), problem);
    }

    @Test
    void aSizeWithoutUnit_orWithAnUnknownOne_isRefusedWhereItIsWritten() {
        String noUnit = problem(SIZED.replace("request-size: 1.5MB", "request-size: 1500"));
        assertTrue(noUnit.startsWith("s.yaml:15:"), noUnit);
        assertTrue(noUnit.contains("workloads.up.request-size: \"1500\" has no unit"), noUnit);
        String inMapping = problem(SIZED.replace("mean: 200kB", "mean: 200kb"));
        assertTrue(inMapping.contains("workloads.down.response-size.mean: unknown size unit \"kb\""), inMapping);
        assertTrue(inMapping.contains("did you mean \"200kB\"?"), inMapping);
    }

    @Test
    void aZeroOrNegativeBandwidth_isRefused() {
        assertTrue(problem(SIZED.replace("1 Gbit/s", "0 Gbit/s")).contains("must be more than 0"));
        assertTrue(problem(SIZED.replace("1 Gbit/s", "-1 Gbit/s")).contains("is not a bandwidth"));
    }

    @Test
    void aWorkload_hasNoBandwidthOfItsOwn() {
        String problem = problem(SIZED.replace("read-ratio: 0%,", "read-ratio: 0%, bandwidth: 1 Gbit/s,"));
        assertTrue(problem.contains("workloads.up: unknown key \"bandwidth\"") || problem.contains("bandwidth"),
                problem);
    }

    @Test
    void aMessageAbove1TB_isRefusedWhereItIsWritten() {
        String problem = problem(SIZED.replace("request-size: 1.5MB", "request-size: 8000PB"));
        assertTrue(problem.startsWith("s.yaml:15:"), problem);
        assertTrue(problem.contains("workloads.up.request-size: a message of \"8000PB\" is more than the 1TB"), problem);
    }

    @Test
    void drawsAbove1TBAreCut_soALinksByteCountNeverWrapsNegative() throws ScenarioException {
        // A mean of 9000 PB over a 1 B/s link: without the cut, two draws pass Long.MAX_VALUE bytes
        // and the link's sent_bytes wrapped to about -4.9e18 (the run's invariant check stopped it).
        // Only the answers are sized (the uploads weigh nothing, the database neither overrides
        // their size nor has an interface of its own), so the requests reach it and every answer is
        // booked on the 1 B/s link back.
        Scenario extreme = load(SIZED.replace("bandwidth: 1 Gbit/s", "bandwidth: 1 B/s")
                .replace("mean: 200kB", "mean: 9000PB").replace("request-size: 1.5MB", "request-size: 0B")
                .replace("    response-size: 1MB\n", "").replace("    bandwidth: 100 MB/s\n", ""));
        RunResult result = ScenarioRunner.run(extreme, RunOptions.defaults());
        double back = result.nodes().get("link zone:us>zone:eu").figures().get("sent_bytes").doubleValue();
        assertTrue(back >= 50 * SizeDistribution.MAX_BYTES && back <= 200 * SizeDistribution.MAX_BYTES,
                "about 100 answers, each cut to 1 TB: " + back);
    }
}
