package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code distsim sweep}. */
class SweepCommandTest {

    @TempDir
    Path dir;

    private Path scenario() throws IOException {
        return Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
    }

    @Test
    void everyFormat_isByteIdenticalWithOneOrTwoThreads() throws IOException {
        Path scenario = scenario();
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        String[] sweep = {"sweep", scenario.toString(), "--param", "workloads.clients.rate=50/s..150/s:3",
            "--replications", "3", "--no-progress"};
        Cli.Result r1 = Cli.run(concat(sweep, "--threads", "1", "--out", one.toString()));
        Cli.Result r2 = Cli.run(concat(sweep, "--threads", "2", "--out", two.toString()));
        assertEquals(ExitCodes.OK, r1.exitCode(), r1.err());
        assertEquals(ExitCodes.OK, r2.exitCode(), r2.err());
        for (String file : new String[] {"sweep.txt", "sweep.json", "sweep.csv", "sweep.html"}) {
            assertEquals(Files.readString(one.resolve(file)), Files.readString(two.resolve(file)), file);
        }
    }

    @Test
    void outFile_isOneFile_inTheFormatItsExtensionNames() throws IOException {
        Path out = dir.resolve("s.csv");
        Cli.Result r = Cli.run("sweep", scenario().toString(), "--param", "workloads.clients.rate=50/s,100/s",
                "--replications", "2", "--no-progress", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(Files.isRegularFile(out), "one file, not a directory");
        assertTrue(Files.readString(out).startsWith("workloads.clients.rate,scope,name,figure,n,mean,"),
                Files.readString(out));
    }

    @Test
    void samePointTwice_givesTheSameFigures_becauseReplicationRUsesTheSameStreamsAtEveryPoint() throws Exception {
        Cli.Result r = Cli.run("sweep", scenario().toString(), "--param", "nodes.server.workers=1,1",
                "--replications", "3", "--format", "json");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        JsonNode points = new ObjectMapper().readTree(r.out()).get("points");
        assertEquals(points.get(0).get("workloads"), points.get(1).get("workloads"));
        // ...while the replications of one point differ from each other.
        assertTrue(points.get(0).at("/workloads/clients/figures/latency_ms.mean/sd").doubleValue() > 0);
    }

    @Test
    void crossProduct_firstParameterVariesSlowest() throws Exception {
        Cli.Result r = Cli.run("sweep", scenario().toString(), "--param", "workloads.clients.rate=50/s,100/s",
                "--param", "nodes.server.workers=1,2", "--format", "json");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        JsonNode points = new ObjectMapper().readTree(r.out()).get("points");
        assertEquals(4, points.size());
        assertEquals("{\"workloads.clients.rate\":\"50/s\",\"nodes.server.workers\":\"2\"}",
                points.get(1).get("values").toString());
        assertEquals("100/s", points.get(2).get("values").get("workloads.clients.rate").asText());
    }

    @Test
    void sweepSectionOfTheScenario_isUsedWithoutParam() throws IOException {
        Path scenario = Cli.write(dir, "swept.yaml", Cli.SCENARIO
                + "sweep:\n  - {param: workloads.clients.rate, values: [50/s, 150/s]}\n");
        Cli.Result r = Cli.run("sweep", scenario.toString(), "--replications", "2");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("sweep of 2 points x 2 replications"), r.out());
        assertTrue(r.out().contains("\n  150/s  "), r.out());
    }

    @Test
    void html_isSelfContained_withABandedChartPerMainFigure() throws IOException {
        Cli.Result r = Cli.run("sweep", scenario().toString(), "--param", "workloads.clients.rate=50/s,100/s,150/s",
                "--replications", "3", "--format", "html");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        String html = r.out();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing from the network");
        assertEquals(3, html.split("<svg", -1).length - 1, "latency, throughput and availability charts");
        assertTrue(html.contains("Latency percentiles") && html.contains("Throughput") && html.contains("Availability"));
    }

    @Test
    void badParamPath_isReportedLikeABadSet_withExitCode2() throws IOException {
        Cli.Result r = Cli.run("sweep", scenario().toString(), "--param", "nodes.sever.workers=1,2");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("error: --param nodes.sever.workers=1,2: at the sweep point nodes.sever.workers=1:\n"
                        + "--set nodes.sever.workers=1:"),
                r.err());
        assertTrue(r.err().contains("did you mean \"nodes.server\"?"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void badParamValue_isReportedWithTheKnobsExpectation() throws IOException {
        Cli.Result r = Cli.run("sweep", scenario().toString(), "--param", "nodes.server.workers=1,0");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("nodes.server.workers: must be at least 1, got 0"), r.err());
    }

    @Test
    void malformedParam_andNothingToSweep_areBadInput() throws IOException {
        Path scenario = scenario();
        Cli.Result malformed = Cli.run("sweep", scenario.toString(), "--param", "workloads.clients.rate=1/s..2/ms:3");
        assertEquals(ExitCodes.BAD_INPUT, malformed.exitCode());
        assertTrue(malformed.err().contains("the ends of a range need the same unit"), malformed.err());
        Cli.Result nothing = Cli.run("sweep", scenario.toString());
        assertEquals(ExitCodes.BAD_INPUT, nothing.exitCode());
        assertTrue(nothing.err().startsWith("error: nothing to sweep"), nothing.err());
        Cli.Result twice = Cli.run("sweep", scenario.toString(), "--param", "nodes.server.workers=1",
                "--param", "nodes.server.workers=2");
        assertEquals(ExitCodes.BAD_INPUT, twice.exitCode());
        assertTrue(twice.err().contains("is swept twice"), twice.err());
    }

    /** Two caches in front of one server, so a linked parameter has two paths to move together. */
    private Path twoCaches() throws IOException {
        return Cli.write(dir, "caches.yaml", """
                name: two-caches
                seed: 1
                duration: 5s
                warmup: 2s
                network:
                  latency: {dist: constant, value: 0ms}
                nodes:
                  c1: {type: cache, backing: db, capacity: 10}
                  c2: {type: cache, backing: db, capacity: 10}
                  db:
                    type: database
                    workers: 4
                    read-time: {dist: constant, value: 1ms}
                    write-time: {dist: constant, value: 1ms}
                workloads:
                  a: {type: open-loop, target: c1, rate: 200/s, read-ratio: 100%, keys: {count: 200}}
                  b: {type: open-loop, target: c2, rate: 200/s, read-ratio: 100%, keys: {count: 200}}
                """);
    }

    @Test
    void linkedParameter_movesBothCachesCapacitiesTogether_andReportsShowItsName() throws Exception {
        Cli.Result r = Cli.run("sweep", twoCaches().toString(), "--param",
                "cache-size=nodes.c1.capacity,nodes.c2.capacity=10,900", "--format", "json");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("[\"cache-size\"]", json.get("parameters").toString());
        JsonNode points = json.get("points");
        assertEquals(2, points.size());
        assertEquals("{\"cache-size\":\"900\"}", points.get(1).get("values").toString());
        for (String cache : new String[] {"c1", "c2"}) {
            double small = points.get(0).at("/nodes/" + cache + "/figures/hit_ratio/mean").doubleValue();
            double large = points.get(1).at("/nodes/" + cache + "/figures/hit_ratio/mean").doubleValue();
            // 200 keys: a cache of 10 holds about 5 % of them, one of 900 all of them once warm.
            assertTrue(small < 0.1 && large > 0.9, cache + ": hit ratio " + small + " at capacity 10, " + large + " at 900");
        }
    }

    @Test
    void linkedParameter_withAMisspeltPath_namesItsParamArgument_withExitCode2() throws IOException {
        Cli.Result r = Cli.run("sweep", twoCaches().toString(), "--param",
                "cache-size=nodes.c1.capacity,nodes.c3.capacity=10,900");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("error: --param cache-size=nodes.c1.capacity,nodes.c3.capacity=10,900: at the"
                + " sweep point nodes.c1.capacity=10 nodes.c3.capacity=10:\n--set nodes.c3.capacity=10:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void nameUsedTwice_orPathSweptInTwoParameters_isBadInput() throws IOException {
        Path scenario = twoCaches();
        Cli.Result name = Cli.run("sweep", scenario.toString(), "--param", "size=nodes.c1.capacity=10",
                "--param", "size=nodes.c2.capacity=10");
        assertEquals(ExitCodes.BAD_INPUT, name.exitCode());
        assertTrue(name.err().contains("--param size=nodes.c2.capacity=10: the name size is used twice"), name.err());
        Cli.Result path = Cli.run("sweep", scenario.toString(), "--param", "nodes.c2.capacity=10",
                "--param", "size=nodes.c1.capacity,nodes.c2.capacity=10");
        assertEquals(ExitCodes.BAD_INPUT, path.exitCode());
        assertTrue(path.err().contains("--param size=nodes.c1.capacity,nodes.c2.capacity=10: nodes.c2.capacity is"
                + " swept twice"), path.err());
        Cli.Result within = Cli.run("sweep", scenario.toString(), "--param", "size=nodes.c1.capacity,nodes.c1.capacity=10");
        assertEquals(ExitCodes.BAD_INPUT, within.exitCode());
        assertTrue(within.err().contains("nodes.c1.capacity is given twice in size"), within.err());
    }

    @Test
    void unknownFormat_isRefusedBeforeAnyRun() throws IOException {
        Cli.Result r = Cli.run("sweep", scenario().toString(), "--param", "nodes.server.workers=1", "--format", "xml");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("--format xml is not available here"), r.err());
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
