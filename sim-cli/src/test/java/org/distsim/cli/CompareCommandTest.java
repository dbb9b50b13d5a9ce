package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code distsim compare}: a real difference is significant, two seeds of one configuration are
 * not; two designs compare by workload and node name; anything that is not two results with a
 * workload in common is bad input.
 */
class CompareCommandTest {

    @TempDir
    Path dir;

    /** The M/M/1 validation scenario, shortened: 20 s runs with a 2 s warm-up. */
    private Path replications(String name, String... extra) throws IOException {
        Path scenario = Path.of(System.getProperty("distsim.docs.dir", "../docs"), "..", "scenarios", "validation",
                "mm1.yaml");
        String[] args = {"run", scenario.toString(), "--replications", "10", "--duration", "20s", "--set", "warmup=2s",
            "--format", "json"};
        Cli.Result r = Cli.run(concat(args, extra));
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        return Cli.write(dir, name, r.out());
    }

    private static String row(String out, String figure) {
        return out.lines().filter(l -> l.startsWith(figure + " ")).findFirst().orElseThrow(() -> new AssertionError(out));
    }

    @Test
    void rate800Against900_isSignificant_twoSeedsOf800_areNot() throws IOException {
        Path a = replications("a.json");
        Path b = replications("b.json", "--set", "workloads.clients.rate=900/s");
        Path c = replications("c.json", "--seed", "2");
        Cli.Result real = Cli.run("compare", a.toString(), b.toString());
        assertEquals(ExitCodes.OK, real.exitCode(), real.err());
        assertTrue(real.out().contains("significant: Welch's t-test"), real.out());
        assertTrue(row(real.out(), "workloads.clients.latency_ms.p99").endsWith("yes (p < 0.001)"), real.out());
        assertTrue(row(real.out(), "workloads.clients.throughput_rps").contains(" yes (p "), real.out());
        Cli.Result same = Cli.run("compare", a.toString(), c.toString());
        assertEquals(ExitCodes.OK, same.exitCode(), same.err());
        for (String figure : new String[] {"latency_ms.mean", "latency_ms.p50", "latency_ms.p99", "throughput_rps"}) {
            assertTrue(row(same.out(), "workloads.clients." + figure).contains(" no (p = "), same.out());
        }
    }

    @Test
    void singleRuns_areComparedWithoutATest() throws IOException {
        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        Path a = Cli.write(dir, "a.json", Cli.run("run", scenario.toString(), "--format", "json").out());
        Path b = Cli.write(dir, "b.json", Cli.run("run", scenario.toString(), "--format", "json", "--seed", "2").out());
        Cli.Result r = Cli.run("compare", a.toString(), b.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("no significance test: it needs replications"), r.out());
        assertTrue(row(r.out(), "workloads.clients.latency_ms.p99").matches(".* [+-][0-9.]+ +[+-][0-9.]+%"), r.out());
    }

    @Test
    void notDistsimJson_resultsWithNoWorkloadInCommon_andSweeps_areBadInput() throws IOException {
        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        Path run = Cli.write(dir, "run.json", Cli.run("run", scenario.toString(), "--format", "json").out());
        Path renamed = Cli.write(dir, "renamed.yaml", Cli.SCENARIO.replace("  clients:", "  users:"));
        Path other = Cli.write(dir, "other.json", Cli.run("run", renamed.toString(), "--format", "json").out());
        Path sweep = Cli.write(dir, "sweep.json", Cli.run("sweep", scenario.toString(), "--param",
                "nodes.server.workers=1,2", "--format", "json").out());
        Path foreign = Cli.write(dir, "foreign.json", "{\"hello\": 1}\n");
        Path broken = Cli.write(dir, "broken.json", "{\"schema_version\": 1,\n");

        Cli.Result r = Cli.run("compare", foreign.toString(), run.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("error: " + foreign + " is not a distsim result"), r.err());
        r = Cli.run("compare", run.toString(), other.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("no workload name in common, so nothing to match: " + run + " has clients; "
                + other + " has users"), r.err());
        r = Cli.run("compare", run.toString(), sweep.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("is a sweep"), r.err());
        r = Cli.run("compare", broken.toString(), run.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("not valid JSON"), r.err());
        r = Cli.run("compare", run.toString(), dir.resolve("missing.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
    }

    @Test
    void twoDesigns_compareByWorkloadAndNodeName_andListWhatOnlyOneHas() throws IOException {
        Path designA = Cli.write(dir, "a.yaml", Cli.SCENARIO);
        Path designB = Cli.write(dir, "b.yaml", Cli.SCENARIO.replace("name: cli-test", "name: cli-test-b")
                .replace("workers: 1", "workers: 2").replace("workloads:\n",
                        "  spare:\n    type: service\n    service-time: 1ms\nworkloads:\n"));
        Path a = Cli.write(dir, "a.json", Cli.run("run", designA.toString(), "--format", "json").out());
        Path b = Cli.write(dir, "b.json", Cli.run("run", designB.toString(), "--format", "json").out());
        Cli.Result r = Cli.run("compare", a.toString(), b.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("A: " + a + " (cli-test, one run)\nB: " + b + " (cli-test-b, one run)\n"
                + "matched by name: workloads clients; nodes server\nnot compared: node spare only in B (" + b + ")\n"),
                r.out());
        assertTrue(row(r.out(), "workloads.clients.latency_ms.p99").startsWith("workloads.clients.latency_ms.p99 "));
        assertTrue(row(r.out(), "nodes.server.utilisation_mean").contains("-"), "two workers: less busy each");
    }

    @Test
    void significantOnly_keepsSignificantDifferences_andWithoutATestThoseAboveTheThreshold() throws IOException {
        Path a = replications("a.json");
        Path b = replications("b.json", "--set", "workloads.clients.rate=900/s");
        Cli.Result all = Cli.run("compare", a.toString(), b.toString());
        Cli.Result significant = Cli.run("compare", a.toString(), b.toString(), "--significant");
        assertEquals(ExitCodes.OK, significant.exitCode(), significant.err());
        assertTrue(significant.out().contains("\nshowing the "), significant.out());
        assertTrue(row(significant.out(), "workloads.clients.latency_ms.p99").endsWith("yes (p < 0.001)"));
        assertTrue(significant.out().lines().filter(l -> l.startsWith("workloads.") || l.startsWith("nodes."))
                .allMatch(l -> l.contains(" yes (p ")), significant.out());
        assertTrue(significant.out().lines().count() < all.out().lines().count(), "something is left out");

        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        Path one = Cli.write(dir, "one.json", Cli.run("run", scenario.toString(), "--format", "json").out());
        Path two = Cli.write(dir, "two.json", Cli.run("run", scenario.toString(), "--format", "json", "--seed", "2")
                .out());
        Cli.Result loose = Cli.run("compare", one.toString(), two.toString(), "--significant", "--threshold", "50%");
        assertEquals(ExitCodes.OK, loose.exitCode(), loose.err());
        assertTrue(loose.out().contains("figures whose change is at least 50.0% of A\n"), loose.out());
        Cli.Result strict = Cli.run("compare", one.toString(), two.toString(), "--significant", "--threshold", "0");
        assertTrue(strict.out().lines().count() > loose.out().lines().count(), strict.out());
        Cli.Result bad = Cli.run("compare", one.toString(), two.toString(), "--significant", "--threshold", "lots");
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("--threshold lots: expected a percentage"), bad.err());
    }

    @Test
    void help_saysHowNamesAreMatched() {
        Cli.Result r = Cli.run("compare", "--help");
        assertTrue(r.out().contains("Names are matched, not positions"), r.out());
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
