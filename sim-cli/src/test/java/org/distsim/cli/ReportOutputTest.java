package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code distsim run --out DIR}, {@code --format html}, SLO exit codes and overload warnings. */
class ReportOutputTest {

    private static final String MM1 = Path.of("..", "scenarios", "validation", "mm1.yaml").toString();

    @TempDir
    Path dir;

    private String scenario(String extra) throws IOException {
        return Cli.write(dir, "s.yaml", Cli.SCENARIO + extra).toString();
    }

    private static List<String> listing(Path path) throws IOException {
        try (Stream<Path> s = Files.list(path)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void outDirectory_writesAllFiveFormatsAndNothingToStdout() throws IOException {
        String file = scenario("");
        Path out = dir.resolve("report");
        Cli.Result r = Cli.run("run", file, "--out", out + "/");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertEquals(List.of("report.html", "report.txt", "result.json", "summary.csv", "timeseries.csv"), listing(out));
        assertEquals(Cli.run("run", file).out(), Files.readString(out.resolve("report.txt")));
        assertEquals(Cli.run("run", file, "--format", "json").out(), Files.readString(out.resolve("result.json")));
        assertTrue(Files.readString(out.resolve("report.html")).contains("<svg "));
        assertTrue(Files.readString(out.resolve("timeseries.csv")).startsWith("start_s,end_s,warmup,"));
        assertTrue(r.err().startsWith("wrote " + out + "/ (report.txt, result.json, timeseries.csv, summary.csv,"
                + " report.html)"), r.err());
    }

    @Test
    void outDirectory_twice_givesByteIdenticalFiles() throws IOException {
        String file = scenario("""
                faults:
                  - {at: 1s, crash: server, duration: 200ms}
                notes:
                  - {at: 500ms, text: "before the crash"}
                slo:
                  - {workload: clients, p99: 50ms}
                """);
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(Cli.run("run", file, "--out", a.toString()).exitCode(),
                Cli.run("run", file, "--out", b.toString()).exitCode());
        for (String name : listing(a)) {
            assertEquals(Files.readString(a.resolve(name)), Files.readString(b.resolve(name)), name);
        }
        String html = Files.readString(a.resolve("report.html"));
        assertTrue(html.contains("<span>A 1 s to 1.2 s: crash server</span>"),
                "the fault's window is lettered on the plots and spelled out under them");
        assertTrue(html.contains("<h2 id=\"timeline\">Timeline</h2>"));
    }

    @Test
    void outWithoutExtension_isADirectory_andOutWithOne_isStillAFile() throws IOException {
        String file = scenario("");
        assertEquals(ExitCodes.OK, Cli.run("run", file, "-o", dir.resolve("run1").toString()).exitCode());
        assertTrue(Files.isDirectory(dir.resolve("run1")));
        assertEquals(ExitCodes.OK, Cli.run("run", file, "-o", dir.resolve("r.html").toString(), "--format", "html")
                .exitCode());
        assertTrue(Files.isRegularFile(dir.resolve("r.html")));
        assertTrue(Files.readString(dir.resolve("r.html")).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void outDirectoryThatIsNotEmpty_isRefusedBeforeRunning_andForceReplacesTheReport() throws IOException {
        String file = scenario("");
        Path out = dir.resolve("report");
        assertEquals(ExitCodes.OK, Cli.run("run", file, "--out", out.toString()).exitCode());
        String before = Files.readString(out.resolve("result.json"));

        Cli.Result refused = Cli.run("run", file, "--seed", "5", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.exitCode());
        assertEquals("error: " + out + " exists and is not empty; use --force to replace the report in it\n",
                refused.err());
        assertEquals(before, Files.readString(out.resolve("result.json")));

        Cli.Result forced = Cli.run("run", file, "--seed", "5", "--out", out.toString(), "--force");
        assertEquals(ExitCodes.OK, forced.exitCode(), forced.err());
        assertTrue(Files.readString(out.resolve("result.json")).contains("\"seed\": 5,"));
        assertEquals(List.of("report", "s.yaml"), listing(dir), "nothing left beside the report");
    }

    @Test
    void outDirectoryWithOtherFiles_isRefusedEvenWithForce() throws IOException {
        String file = scenario("");
        Path out = Files.createDirectory(dir.resolve("work"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Cli.Result r = Cli.run("run", file, "--out", out.toString(), "--force");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("notes.txt"), r.err());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void brokenSlo_exitsOne_andSaysWhichOnStderrWhenTheReportIsJson() throws IOException {
        String file = scenario("""
                slo:
                  - {workload: clients, p99: 1us, availability: 99%}
                """);
        Cli.Result text = Cli.run("run", file);
        assertEquals(ExitCodes.SLO_BROKEN, text.exitCode(), text.err());
        assertTrue(text.out().contains("service-level objectives: 1 of 2 broken\n  FAIL  clients  p99 <= 0.001 ms"),
                text.out());
        assertTrue(text.out().contains("  PASS  clients  availability >= 99%"), text.out());
        Cli.Result json = Cli.run("run", file, "--format", "json");
        assertEquals(ExitCodes.SLO_BROKEN, json.exitCode());
        assertTrue(json.out().contains("\"held\": false"), json.out());
        assertTrue(json.err().startsWith("SLO FAIL: clients p99 <= 0.001 ms, measured "), json.err());
    }

    @Test
    void heldSlo_exitsZero() throws IOException {
        String file = scenario("""
                slo:
                  - {workload: clients, p99: 1s, availability: 99%, throughput: 10/s}
                """);
        Cli.Result r = Cli.run("run", file);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err() + r.out());
        assertTrue(r.out().contains("service-level objectives: all 3 held"), r.out());
    }

    @Test
    void sloOnAnUnknownWorkload_isBadInputWithASuggestion() throws IOException {
        String file = scenario("""
                slo:
                  - {workload: clinets, p99: 1s}
                """);
        Cli.Result r = Cli.run("run", file);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains(":21:16: slo.0.workload: unknown workload \"clinets\""), r.err());
        assertTrue(r.err().contains("did you mean \"clients\"?"), r.err());
    }

    @Test
    void mm1AtRho1point2_isNamedUnstableWithItsLoad_andAtRho0point8_isNot() {
        Cli.Result overloaded = Cli.run("run", MM1, "--duration", "60s", "--set", "workloads.clients.rate=1200/s");
        assertEquals(ExitCodes.OK, overloaded.exitCode(), overloaded.err());
        Matcher m = Pattern.compile("UNSTABLE: arrivals exceed capacity at node server \\(rho ~ ([0-9.]+)\\)")
                .matcher(overloaded.out());
        assertTrue(m.find(), overloaded.out());
        double rho = Double.parseDouble(m.group(1));
        assertTrue(rho > 1.1 && rho < 1.3, "rho " + rho);

        Cli.Result stable = Cli.run("run", MM1, "--duration", "60s");
        assertEquals(ExitCodes.OK, stable.exitCode(), stable.err());
        assertFalse(stable.out().contains("UNSTABLE"), stable.out());
        assertFalse(stable.out().contains("WARNING"), stable.out());
    }

    @Test
    void htmlFormat_printsOneSelfContainedPage() throws IOException {
        Cli.Result r = Cli.run("run", scenario(""), "--format", "html");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("<!DOCTYPE html>"));
        assertFalse(r.out().contains("<script"));
        assertTrue(r.out().contains("<h2 id=\"topology\">Topology</h2>"));
    }

    @Test
    void help_documentsTheDirectoryOutputAndTheSloExitCode() {
        String help = Cli.run("run", "--help").out();
        assertTrue(help.contains("report.html"), help);
        // The column is as wide as the longest code (130, interrupted).
        assertTrue(help.matches("(?s).*\\n  1 +an SLO of the scenario \\(slo:\\) was broken.*"), help);
    }
}
