package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, items 3, 5, 7 and 9: inputs that never end or are not what they claim, a
 * {@code --duration} that skipped the file's checks, a hostile {@code --set} path, and the small
 * message defects. Each must be refused as bad input (exit 2) with a clear reason, quickly.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private Path scenario() throws IOException {
        return Cli.write(dir, "ok.yaml", Cli.SCENARIO);
    }

    @Test
    void extendsOfDevZero_isRefusedAsNotARegularFileWithTheExtendsLocation() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path file = Cli.write(dir, "z.yaml", "extends: /dev/zero\n");
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertEquals(file + ":1:10: extends: /dev/zero: is not a regular file (a device, a FIFO or a socket): only"
                + " regular files are read\n", r.err());
    }

    @Test
    void extendsOfAFifo_isRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0);
        Path file = Cli.write(dir, "f.yaml", "extends: pipe\n");
        // Opening the FIFO would block this test forever; it must be refused from its type alone.
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("is not a regular file"), r.err());
        Cli.Result named = Cli.run("validate", fifo.toString());
        assertEquals(ExitCodes.BAD_INPUT, named.exitCode(), named.err());
    }

    @Test
    void extendsOfAPlainTextFile_isNotSilentlyAnEmptyBase() throws IOException {
        Cli.write(dir, "passwd", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        Path file = Cli.write(dir, "p.yaml", "extends: passwd\n" + Cli.SCENARIO);
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().startsWith(file + ":1:10: extends: " + dir.resolve("passwd")
                + " is not a scenario: its top level is plain text, not a mapping"), r.err());
    }

    @Test
    void devZeroNamedOnTheCommandLine_isRefusedByValidateCompareAndExperiment() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path ok = scenario();
        for (String[] args : new String[][] {{"validate", "/dev/zero"}, {"compare", "/dev/zero", "/dev/zero"},
                {"run", ok.toString(), "--experiment", "/dev/zero"}}) {
            Cli.Result r = Cli.run(args);
            assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("/dev/zero: is not a regular file"), r.err());
        }
    }

    @Test
    void aScenarioFileLargerThanTheLimit_isRefusedAfterReadingOnlyTheLimit() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "# " + String.join("", Collections.nCopies(1 << 16, "x")) + "\n");
        try (var channel = Files.newByteChannel(big, java.nio.file.StandardOpenOption.WRITE)) {
            channel.position(64L * 1024 * 1024).write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
        }
        Cli.Result r = Cli.run("validate", big.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("the file is too large: 67108865 bytes, at most 4194304"), r.err());
    }

    @Test
    void durationOnTheCommandLine_getsTheIntervalCountCheckOfTheFile() throws IOException {
        Path file = scenario();
        Cli.Result r = Cli.run("run", file.toString(), "--duration", "1000h");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertEquals("error: --duration 1000h: a report-interval of 1s cuts the run (1000h) into 3600000 intervals;"
                + " at most 100000 are allowed; use a shorter --duration, or a report-interval of at least 36s"
                + " (--set report-interval=36s)\n", r.err());
        Cli.Result replications = Cli.run("run", file.toString(), "--duration", "100000h", "--replications", "2");
        assertEquals(ExitCodes.BAD_INPUT, replications.exitCode(), replications.err());
        Cli.Result fine = Cli.run("run", file.toString(), "--duration", "1000h", "--set", "report-interval=36s",
                "--set", "workloads.clients.rate=1/h", "--format", "json");
        assertEquals(ExitCodes.OK, fine.exitCode(), fine.err());
    }

    @Test
    void aDurationBeyondTheEnginesLongestRun_isRefusedWhereItIsWritten() throws IOException {
        Path file = Cli.write(dir, "long.yaml", Cli.SCENARIO.replace("duration: 2s", "duration: 1300000h"));
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().startsWith(file + ":4:11: duration: the run (1300000h) is longer than the longest simulated"
                + " time, 1281023h (about 146 years)"), r.err());
    }

    @Test
    void aSetPathOfThirtyThousandKeys_isRefusedOnceWithTheDepthLimit() throws IOException {
        String path = String.join(".", Collections.nCopies(30_000, "a"));
        Cli.Result r = Cli.run("validate", scenario().toString(), "--set", path + "=1");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("the path has 30000 keys; at most 64 are allowed"), r.err());
        assertEquals(1, r.err().split("at most 64 are allowed", -1).length - 1, r.err());
    }

    @Test
    void aSwappedPairOfLettersInATarget_getsADidYouMean() throws IOException {
        Path file = Cli.write(dir, "wbe.yaml", Cli.SCENARIO.replace("target: server", "target: sevrer"));
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("did you mean \"server\"?"), r.err());
        Path web = Cli.write(dir, "web.yaml", Cli.SCENARIO.replace("server", "web").replace("target: web", "target: wbe"));
        assertTrue(Cli.run("validate", web.toString()).err().contains("did you mean \"web\"?"));
    }

    @Test
    void aNumberWithAnExponent_isNotEchoedAsAUnit() throws IOException {
        Path file = scenario();
        Cli.Result bare = Cli.run("validate", file.toString(), "--set", "duration=1e300");
        assertEquals(ExitCodes.BAD_INPUT, bare.exitCode());
        assertFalse(bare.err().contains("unknown unit"), bare.err());
        assertTrue(bare.err().contains("has no unit"), bare.err());
        Cli.Result text = Cli.run("validate", file.toString(), "--set", "duration=1e300s");
        assertTrue(text.err().contains("\"1e300s\" has an exponent"), text.err());
        assertFalse(text.err().contains("unknown unit"), text.err());
    }

    @Test
    void outInsideProc_isRefusedBeforeTheRun() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        Cli.Result r = Cli.run("run", scenario().toString(), "--out", "/proc/distsim-result.json");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: cannot write /proc/distsim-result.json: no file can be created in /proc"),
                r.err());
        assertFalse(r.err().contains("wrote"), r.err());
    }

    @Test
    void aResultNestedTooDeeply_isRefusedWithoutJacksonInternals() throws IOException {
        Path deep = Cli.write(dir, "deep.json", "[".repeat(2000) + "]".repeat(2000));
        Cli.Result r = Cli.run("compare", deep.toString(), deep.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertFalse(r.err().contains("StreamReadConstraints"), r.err());
        assertTrue(r.err().contains("nested too deeply"), r.err());
    }
}
