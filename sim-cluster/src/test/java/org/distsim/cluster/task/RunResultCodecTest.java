package org.distsim.cluster.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link RunResultCodec}: what a member sends back is exactly what it computed. */
class RunResultCodecTest {

    /** Every bundled scenario: together they use every component, figure type and stop reason the library has. */
    static Stream<Path> bundledScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /**
     * Two replications of each bundled scenario, cut to 0.2 s of warm-up and 0.4 s measured: enough
     * for every figure, time series and histogram to be filled (and some percentiles to be absent).
     * The run's facts are not carried (the coordinator attaches them from its own copy of the
     * scenario), so the decoded result equals the run's without them.
     */
    @ParameterizedTest
    @MethodSource("bundledScenarios")
    void decodedResult_equalsTheResultOfTheRun_encodesToTheSameBytes_andMergesLikeIt(Path file) throws Exception {
        List<String> overrides = new java.util.ArrayList<>(List.of("warmup=200ms"));
        if (file.getFileName().toString().equals("twitter-fanout.yaml")) {
            // Its three graphs of a million users take seconds to build; ten thousand show the same figures.
            for (String mode : List.of("write", "read", "hybrid")) {
                overrides.add("nodes.tl-" + mode + ".users=10000");
                overrides.add("workloads.readers-" + mode + ".keys.count=10000");
                overrides.add("workloads.posters-" + mode + ".keys.count=10000");
            }
        }
        Scenario scenario = ScenarioLoader.load(file, overrides);
        RunOptions options = new RunOptions(null, 600_000_000L, 0, null);
        RunResult first = ScenarioRunner.run(scenario, options);
        RunResult second = ScenarioRunner.run(scenario, options.withReplication(1));
        byte[] bytes = encode(first);
        RunResult decoded = decode(bytes);
        assertEquals(first.withFacts(RunFacts.NONE), decoded);
        assertArrayEquals(bytes, encode(decoded));
        assertFalse(first.workloads().isEmpty());
        for (String workload : first.workloads().keySet()) {
            // Pooling copies the first replication's histogram and adds the others to it.
            Histogram pooledOriginal = first.workloads().get(workload).histogram().copy();
            Histogram pooledDecoded = decoded.workloads().get(workload).histogram().copy();
            Histogram other = second.workloads().get(workload).histogram();
            pooledOriginal.add(other);
            pooledDecoded.add(other);
            assertEquals(pooledOriginal, pooledDecoded, workload);
            assertEquals(pooledOriginal.getMean(), pooledDecoded.getMean(), 0.0, workload);
        }
    }

    @org.junit.jupiter.api.Test
    void decodedHistogram_canStillGrow_likeTheAutoResizingOriginal() throws Exception {
        Histogram small = new Histogram(3);
        small.recordValue(1_000);
        RunResult result = resultWith(small);
        Histogram decoded = decode(encode(result)).workloads().get("w").histogram();
        assertTrue(decoded.isAutoResize());
        Histogram big = new Histogram(3);
        big.recordValue(3_600_000_000_000L);
        Histogram pooled = decoded.copy();
        pooled.add(big);
        assertEquals(2, pooled.getTotalCount());
    }

    private static RunResult resultWith(Histogram histogram) throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of("../scenarios/validation/mm1.yaml"), List.of());
        RunResult run = ScenarioRunner.run(scenario, new RunOptions(null, 1_000_000_000L, 0, null));
        WorkloadResult w = run.workloads().values().iterator().next();
        WorkloadResult replaced = new WorkloadResult(w.type(), w.requests(), w.ok(), w.failed(), w.failedByReason(), w.unknown(),
                w.inFlight(), w.availability(), w.throughputRps(), w.latency(), w.figures(), histogram);
        return new RunResult(run.scenario(), run.seed(), run.replication(), run.durationNanos(), run.warmupNanos(),
                run.events(), run.stop(), java.util.Map.of("w", replaced), run.nodes(), run.network(), run.series());
    }

    static byte[] encode(RunResult result) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        RunResultCodec.write(out, result);
        out.flush();
        return bytes.toByteArray();
    }

    static RunResult decode(byte[] bytes) throws IOException {
        return RunResultCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }
}
