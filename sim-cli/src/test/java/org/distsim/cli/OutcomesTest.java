package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.distsim.core.check.InvariantViolation;
import org.distsim.core.check.Violation;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

class OutcomesTest {

    private final StringWriter err = new StringWriter();

    private CommandSpec spec() {
        CommandLine commandLine = new CommandLine(CommandSpec.create().name("t"));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.getCommandSpec();
    }

    @Test
    void guard_unexpectedException_isReportedAsABugWithoutAStackTraceAndExitsThree() {
        int code = Outcomes.guard(spec(), false, () -> {
            throw new IllegalStateException("queue went negative at t=5 ns");
        });
        assertEquals(ExitCodes.INTERNAL, code);
        assertEquals("""
                error: queue went negative at t=5 ns
                this is a bug in distsim; please report it with the scenario and seed
                (run with --debug or DISTSIM_DEBUG=1 for the stack trace)
                """, err.toString());
    }

    @Test
    void guard_unexpectedExceptionUnderDebug_printsTheStackTrace() {
        int code = Outcomes.guard(spec(), true, () -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(ExitCodes.INTERNAL, code);
        assertTrue(err.toString().contains("java.lang.IllegalStateException: boom\n\tat "), err.toString());
    }

    @Test
    void guard_exceptionWithoutMessage_namesItsClass() {
        Outcomes.guard(spec(), false, () -> {
            throw new NullPointerException();
        });
        assertTrue(err.toString().startsWith("error: java.lang.NullPointerException\n"), err.toString());
    }

    @Test
    void guard_userError_printsOneLineAndExitsTwo() {
        int code = Outcomes.guard(spec(), true, () -> {
            throw new UserError("x.json exists; use --force to overwrite");
        });
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertEquals("error: x.json exists; use --force to overwrite\n", err.toString());
    }

    @Test
    void guard_success_returnsTheBodysCode() {
        assertEquals(ExitCodes.OK, Outcomes.guard(spec(), false, () -> ExitCodes.OK));
        assertEquals("", err.toString());
    }

    @Test
    void guard_brokenInvariant_namesItWithScenarioAndSeed_printsTheReproduceLine_andExitsThree() {
        int code = Outcomes.guard(spec(), false, () -> {
            throw new InvariantViolation("mm1", 7, 0, List.of(new Violation("message conservation",
                    "network: sent 10 != delivered 12 + dropped 0 + in flight 0 = 12")));
        }, seed -> "./distsim run mm1.yaml --seed " + seed);
        assertEquals(ExitCodes.INTERNAL, code);
        assertEquals("""
                error: invariant broken: message conservation: network: sent 10 != delivered 12 + dropped 0 + in flight 0 = 12 (scenario mm1, seed 7)
                this is a bug in distsim: every run must keep this invariant; please report it with the scenario and seed
                reproduce with: ./distsim run mm1.yaml --seed 7
                """, err.toString());
    }
}
