package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
        CommandLine commandLine = Distsim.configure(new CommandLine(new Distsim(java.util.Map.of())));
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
}
