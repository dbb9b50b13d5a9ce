package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code distsim view}: the parts that need no window (the window itself is tested in sim-ui). */
class ViewCommandTest {

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Distsim.configure(Distsim.tree(new Distsim(java.util.Map.of()), args));
        commandLine.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void aMissingFileIsBadInput() {
        Result result = run("view", "no-such-scenario.yaml");
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.err().contains("no-such-scenario.yaml: no such file"), result.err());
    }

    @Test
    void aBrokenScenarioIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "name: x\nduration: 5 ms\nnodes: {}\nworkloads: {}\n");
        Result result = run("view", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.err().contains("bad.yaml:2:"), result.err());
    }

    @Test
    void withoutADisplayItSaysWhatToDoInsteadOfHanging() {
        assumeTrue(System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null,
                "a display is available here; the window would open");
        Result result = run("view", "../scenarios/validation/mm1.yaml");
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.err().contains("needs a display"), result.err());
        assertTrue(result.err().contains("distsim run"), result.err());
    }

    @Test
    void helpListsTheControls() {
        Result result = run("view", "--help");
        assertEquals(ExitCodes.OK, result.code());
        assertTrue(result.out().contains("Save faults as YAML"), result.out());
    }

    @Test
    void aSnapshotRendersThePictureHeadlessAtTheSizeAsked(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("lb.png");
        Result result = run("view", "../scenarios/load-balancing.yaml", "--snapshot", png.toString(), "--at", "12s",
                "--size", "1280x720");
        assertEquals(ExitCodes.OK, result.code(), result.err());
        assertTrue(result.out().contains("wrote " + png), result.out());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(720, image.getHeight());
    }

    @Test
    void aSnapshotAtTheStartShowsTheRunBeforeItsFirstEvent(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("start.png");
        Result result = run("view", "../scenarios/validation/mm1.yaml", "--snapshot", png.toString(), "--at", "0s",
                "--size", "640x360");
        assertEquals(ExitCodes.OK, result.code(), result.err());
        assertTrue(result.out().contains("at 0s"), result.out());
        assertEquals(360, javax.imageio.ImageIO.read(png.toFile()).getHeight());
    }

    @Test
    void aSnapshotNeverReplacesAPictureWithoutForce(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("mm1.png");
        Files.writeString(png, "an older picture");
        String mm1 = "../scenarios/validation/mm1.yaml";
        Result refused = run("view", mm1, "--snapshot", png.toString(), "--at", "1s", "--size", "640x360");
        assertEquals(ExitCodes.BAD_INPUT, refused.code());
        assertTrue(refused.err().contains(png + " exists; use --force to overwrite"), refused.err());
        assertEquals("an older picture", Files.readString(png));

        Result forced = run("view", mm1, "--snapshot", png.toString(), "--at", "1s", "--size", "640x360", "--force");
        assertEquals(ExitCodes.OK, forced.code(), forced.err());
        assertEquals(640, javax.imageio.ImageIO.read(png.toFile()).getWidth());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(png), left.toList(), "no temporary file is left beside the picture");
        }
    }

    @Test
    void badSnapshotValuesAreBadInputWithTheRule(@TempDir Path dir) {
        String png = dir.resolve("x.png").toString();
        String lb = "../scenarios/load-balancing.yaml";
        Result size = run("view", lb, "--snapshot", png, "--size", "1280by720");
        assertEquals(ExitCodes.BAD_INPUT, size.code());
        assertTrue(size.err().contains("expected WIDTHxHEIGHT in pixels, like 1280x720"), size.err());
        Result tiny = run("view", lb, "--snapshot", png, "--size", "100x720");
        assertEquals(ExitCodes.BAD_INPUT, tiny.code());
        assertTrue(tiny.err().contains("between 320 and 7680 pixels, got 100"), tiny.err());
        Result late = run("view", lb, "--snapshot", png, "--at", "10m");
        assertEquals(ExitCodes.BAD_INPUT, late.code());
        assertTrue(late.err().contains("--at 10m is after the end of the run"), late.err());
        Result time = run("view", lb, "--snapshot", png, "--at", "thirty");
        assertEquals(ExitCodes.BAD_INPUT, time.code());
        assertTrue(time.err().contains("'thirty' is not a duration"), time.err());
        Result alone = run("view", lb, "--at", "5s");
        assertEquals(ExitCodes.BAD_INPUT, alone.code());
        assertTrue(alone.err().contains("go with --snapshot"), alone.err());
        Result node = run("view", lb, "--snapshot", png, "--select", "lb-rrr");
        assertEquals(ExitCodes.BAD_INPUT, node.code());
        assertTrue(node.err().contains("expected one of:") && node.err().contains("lb-rr"), node.err());
        Result jpeg = run("view", lb, "--snapshot", dir.resolve("x.jpg").toString());
        assertEquals(ExitCodes.BAD_INPUT, jpeg.code());
        assertTrue(jpeg.err().contains("name it with .png"), jpeg.err());
        assertTrue(!Files.exists(Path.of(png)), "no picture for bad input");
        for (Result r : java.util.List.of(size, tiny, late, time, alone, node, jpeg)) {
            assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }
}
