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
    void guard_runThatFailedOnAClusterMember_isABug_withTheMembersStackTraceUnderDebug() {
        int code = Outcomes.guard(spec(), true, () -> {
            throw new org.distsim.cli.batch.RemoteFailure("the run of point 1, replication 2 failed on member"
                    + " 10.0.0.5:5701: queue went negative", true, "java.lang.IllegalStateException: queue went negative\n"
                    + "\tat org.distsim.models.service.Service.onMessage(Service.java:99)\n");
        });
        assertEquals(ExitCodes.INTERNAL, code);
        assertTrue(err.toString().startsWith("""
                error: the run of point 1, replication 2 failed on member 10.0.0.5:5701: queue went negative
                this is a bug in distsim; please report it with the scenario and seed
                """), err.toString());
        assertTrue(err.toString().contains("on the member:\njava.lang.IllegalStateException: queue went negative\n"
                + "\tat org.distsim.models.service.Service.onMessage(Service.java:99)"), err.toString());
    }

    @Test
    void guard_memberOutOfHeap_saysWhatToDo_andIsNotCalledABug() {
        int code = Outcomes.guard(spec(), false, () -> {
            throw new org.distsim.cli.batch.RemoteFailure("the run of point 0, replication 0 needs more memory; start"
                    + " the workers with a larger heap", false, "");
        });
        assertEquals(ExitCodes.INTERNAL, code);
        assertEquals("error: the run of point 0, replication 0 needs more memory; start the workers with a larger"
                + " heap\n", err.toString());
    }

    @Test
    void guard_clusterWhoseMembersAllRefuse_isBadInput_likeAnUnreachableOne() {
        int code = Outcomes.guard(spec(), false, () -> {
            throw org.distsim.cli.batch.RemoteFailure.unusableCluster("no member of the cluster can take the runs:\n"
                    + "  refused member 127.0.0.1:5701: another distsim version");
        });
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertEquals("error: no member of the cluster can take the runs:\n"
                + "  refused member 127.0.0.1:5701: another distsim version\n", err.toString());
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
