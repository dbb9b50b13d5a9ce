package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistsimTest {

    @Test
    void help_listsTheCommandsAndTheMeaningOfEveryExitCode() {
        Cli.Result r = Cli.run("--help");
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().contains("  run "), r.out());
        assertTrue(r.out().contains("  validate "), r.out());
        assertTrue(r.out().contains("""
                Exit codes:
                  0   success
                  1   an SLO of the scenario (slo:) was broken; the report says which
                  2   bad input: the scenario, a command-line argument or an output path
                  3   internal error or broken invariant: a bug in distsim (please report it)
                """), r.out());
    }

    @Test
    void runHelp_documentsTheExitCodesToo() {
        Cli.Result r = Cli.run("run", "--help");
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(r.out().contains("--duration=D"), r.out());
        assertTrue(r.out().contains("text, json"), r.out());
    }

    @Test
    void version_outsideAJar_saysDevelopmentBuild() {
        Cli.Result r = Cli.run("--version");
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().startsWith("distsim (development build)\nJava "), r.out());
    }

    @Test
    void noCommand_printsTheUsageOnStderrAndExitsTwo() {
        Cli.Result r = Cli.run();
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("Usage: distsim"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownCommand_suggestsTheNearestOneAndExitsTwo() {
        Cli.Result r = Cli.run("vaildate", "x.yaml");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("validate"), r.err());
    }

    @Test
    void debug_isOnWithTheOptionBeforeOrAfterTheCommandOrWithTheEnvironmentVariable() {
        assertTrue(parsedDebug(Map.of(), "--debug", "validate", "x.yaml"));
        assertTrue(parsedDebug(Map.of(), "validate", "--debug", "x.yaml"));
        assertTrue(parsedDebug(Map.of(Distsim.DEBUG_ENV, "1"), "validate", "x.yaml"));
        assertFalse(parsedDebug(Map.of(Distsim.DEBUG_ENV, "0"), "validate", "x.yaml"));
        assertFalse(parsedDebug(Map.of(), "validate", "x.yaml"));
    }

    private static boolean parsedDebug(Map<String, String> environment, String... args) {
        Distsim distsim = new Distsim(environment);
        Distsim.tree(distsim, args).parseArgs(args);
        return distsim.debug();
    }

    @Test
    void aNamedCommand_isTheOnlyOneRead_andAnythingElseReadsThemAll() {
        List<String> all = List.copyOf(Distsim.tree(new Distsim(Map.of())).getSubcommands().keySet());
        assertEquals(List.of("run", "validate", "explain", "list", "schema", "sweep", "compare", "view", "worker", "help",
                "generate-completion"), all);
        assertEquals(List.of("run"), List.copyOf(Distsim.tree(new Distsim(Map.of()), "--debug", "run", "x.yaml")
                .getSubcommands().keySet()));
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"help", "run"}, new String[] {"rnu", "x.yaml"},
                new String[] {})) {
            assertEquals(all, List.copyOf(Distsim.tree(new Distsim(Map.of()), args).getSubcommands().keySet()));
        }
        assertEquals(List.of(), List.copyOf(Distsim.tree(new Distsim(Map.of()), "--version").getSubcommands().keySet()));
        assertEquals(List.of(), List.copyOf(Distsim.tree(new Distsim(Map.of()), "--debug", "-V").getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Distsim.tree(new Distsim(Map.of()), "--version", "--help").getSubcommands().keySet()));
        assertEquals(List.of("run"), List.copyOf(Distsim.tree(new Distsim(Map.of()), "--version", "run")
                .getSubcommands().keySet()));
    }

    @Test
    void version_isPrintedWithoutReadingAnyCommand() {
        java.io.StringWriter out = new java.io.StringWriter();
        int code = Distsim.commandLine("--version").setOut(new java.io.PrintWriter(out, true)).execute("--version");
        assertEquals(0, code);
        assertTrue(out.toString().startsWith("distsim "), out.toString());
    }
}
