package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The budget checked before a run (issue 16, cases 4 and 5): a run that would need more events
 * than a run may dispatch is refused at once, naming the knob to blame at file:line:col, whatever
 * sets its duration, unless {@code --force}. None of these runs starts, so each test is instant.
 */
class RunBudgetTest {

    @TempDir
    Path dir;

    private Path scenario(String name, String yaml) throws IOException {
        return Cli.write(dir, name, yaml);
    }

    private static void assertRefused(Cli.Result r, String where, String path) {
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: a run of "), r.err());
        assertTrue(r.err().contains(" events, more than the 2,000,000,000 a run may dispatch"), r.err());
        assertTrue(r.err().contains("\n  " + where + ": " + path + ": "), r.err());
        assertTrue(r.err().contains("or add --force to run it anyway"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void aHundredYearRun_withALongReportInterval_isRefusedNamingTheWorkloadsRate() throws IOException {
        Path file = scenario("long.yaml", Cli.SCENARIO.replace("duration: 2s", "duration: 876000h\nreport-interval: 31536s"));
        assertRefused(Cli.run("run", file.toString()), file + ":19:11", "workloads.clients.rate");
    }

    @Test
    void aDiurnalPeakOfLongMax_isRefusedAtThePeak() throws IOException {
        Path file = scenario("diurnal.yaml", Cli.SCENARIO + "    schedule:\n"
                + "      - diurnal: {peak: 9223372036854775807/s, trough: 1/s}\n");
        assertRefused(Cli.run("run", file.toString()), file + ":21:25", "workloads.clients.schedule.0.diurnal.peak");
    }

    @Test
    void aHugeRateIntoASmallQueue_isRefused_andItsSetOverrideIsBlamed() throws IOException {
        Path file = scenario("flood.yaml", Cli.SCENARIO.replace("workers: 1", "workers: 1\n    queue-capacity: 10"));
        Cli.Result r = Cli.run("run", file.toString(), "--set", "workloads.clients.rate=1000000M/s");
        assertRefused(r, "--set workloads.clients.rate=1000000M/s", "workloads.clients.rate");
    }

    @Test
    void aHeartbeatEveryNanosecond_isRefusedAtTheHeartbeat() throws IOException {
        Path file = scenario("heartbeat.yaml", """
                name: heartbeat
                duration: 60s
                nodes:
                  db:
                    type: replicated-database
                    replicas: 3
                    heartbeat-interval: 1ns
                workloads:
                  clients: {type: open-loop, target: db, rate: 100/s}
                """);
        assertRefused(Cli.run("run", file.toString()), file + ":7:25", "nodes.db.heartbeat-interval");
    }

    @Test
    void theBudget_appliesToDurationAndToReplicationsAndSweeps_whateverSetsTheDuration() throws IOException {
        Path file = scenario("mm1.yaml", Cli.SCENARIO);
        String where = file + ":18:11";
        assertRefused(Cli.run("run", file.toString(), "--duration", "100000h", "--set", "report-interval=1h"), where,
                "workloads.clients.rate");
        assertRefused(Cli.run("run", file.toString(), "--set", "duration=100000h", "--set", "report-interval=1h"),
                where, "workloads.clients.rate");
        assertRefused(Cli.run("run", file.toString(), "--duration", "100000h", "--set", "report-interval=1h",
                "--replications", "2"), where, "workloads.clients.rate");
        Path experiment = scenario("long-exp.yaml", "duration: 100000h\nreport-interval: 1h\n");
        assertRefused(Cli.run("run", file.toString(), "--experiment", experiment.toString()), where,
                "workloads.clients.rate");
        // A sweep point is the scenario with the point's value set, and is blamed as such.
        assertRefused(Cli.run("sweep", file.toString(), "--param", "workloads.clients.rate=100/s,1000000M/s"),
                "--set workloads.clients.rate=1000000M/s", "workloads.clients.rate");
    }

    @Test
    void anHourlyWorkloadOverAThousandHours_isRefusedByTheIntervalCount_notRun() throws IOException {
        Path file = scenario("hourly.yaml", Cli.SCENARIO.replace("rate: 100/s", "rate: 1/h"));
        for (String duration : new String[] {"1000h", "100000h"}) {
            Cli.Result r = Cli.run("run", file.toString(), "--duration", duration);
            assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
            assertTrue(r.err().contains("intervals; at most 100000 are allowed"), r.err());
        }
    }

    @Test
    void force_runsAnOverBudgetRunAnyway() throws IOException {
        // Over budget only by its estimate, which counts the spike for the whole run: it lasts 1 ms.
        Path file = scenario("forced.yaml", Cli.SCENARIO.replace("rate: 100/s", "rate: 300/s")
                + "faults:\n  - {at: 1999ms, duration: 1ms, load-spike: {workload: clients, factor: 1000000}}\n");
        Cli.Result refused = Cli.run("run", file.toString());
        assertRefused(refused, file + ":18:11", "workloads.clients.rate");
        assertTrue(refused.err().contains("x1,000,000 (load spike)"), refused.err());
        Cli.Result forced = Cli.run("run", file.toString(), "--force");
        assertEquals(ExitCodes.OK, forced.exitCode(), forced.err());
        assertTrue(forced.out().contains("reproduce with: "), forced.out());
    }
}
