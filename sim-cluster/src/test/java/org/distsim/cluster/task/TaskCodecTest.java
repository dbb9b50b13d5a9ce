package org.distsim.cluster.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.distsim.core.check.InvariantViolation;
import org.distsim.core.check.Violation;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.junit.jupiter.api.Test;

/** {@link TaskCodec}, {@link OutcomeCodec} and {@link TaskRunner}: a task travels and runs as it would locally. */
class TaskCodecTest {

    private static RunTask task(int replication) {
        ScenarioBundle bundle = new ScenarioBundle("mm1.yaml", null,
                Map.of("mm1.yaml", ScenarioBundleTest.BASE.getBytes(StandardCharsets.UTF_8)));
        return new RunTask("v\nb\nf", bundle, List.of("nodes.server.workers=2"), 9L, 1_000_000_000L, 4, replication);
    }

    @Test
    void task_roundTrips() throws Exception {
        RunTask task = task(3);
        assertEquals(task, TaskCodec.decode(TaskCodec.encode(task)));
    }

    @Test
    void damagedOrTruncatedTask_isAWireFormatError_notACrash() {
        byte[] bytes = TaskCodec.encode(task(1));
        WireFormatException truncated = assertThrows(WireFormatException.class,
                () -> TaskCodec.decode(Arrays.copyOf(bytes, bytes.length / 2)));
        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
        byte[] foreign = OutcomeCodec.encode(new TaskOutcome.Failed(TaskOutcome.Kind.REFUSED, "m", ""));
        WireFormatException wrongKind = assertThrows(WireFormatException.class, () -> TaskCodec.decode(foreign));
        assertEquals("not a distsim task", wrongKind.getMessage());
    }

    @Test
    void runner_givesTheResultOfTheSameLocalRun() throws Exception {
        RunTask task = TaskCodec.decode(TaskCodec.encode(task(2)));
        TaskOutcome outcome = OutcomeCodec.decode(OutcomeCodec.encode(new TaskRunner().run(task)));
        RunResult local = ScenarioRunner.run(task.bundle().load(task.overrides()),
                new RunOptions(9L, 1_000_000_000L, 2, null));
        // Facts are not sent: the coordinator attaches them from its own copy of the scenario.
        assertEquals(local.withFacts(RunFacts.NONE), assertInstanceOf(TaskOutcome.Finished.class, outcome).result());
        assertEquals(2, local.replication());
    }

    @Test
    void brokenInvariant_travelsWithScenarioSeedReplicationAndEveryViolation() throws Exception {
        InvariantViolation sent = new InvariantViolation("mm1", 7, 3, List.of(
                new Violation("message conservation", "network: sent 10 != delivered 12 + dropped 0 + in flight 0 = 12"),
                new Violation("request conservation", "clients: 5 != 4")));
        TaskOutcome outcome = OutcomeCodec.decode(OutcomeCodec.encode(new TaskOutcome.Broken(sent)));
        InvariantViolation received = assertInstanceOf(TaskOutcome.Broken.class, outcome).violation();
        assertEquals(sent.getMessage(), received.getMessage());
        assertEquals(List.of("mm1", 7L, 3, sent.violations()),
                List.of(received.scenario(), received.seed(), received.replication(), received.violations()));
    }

    @Test
    void runner_reportsAScenarioThatDoesNotLoad_asAFailedRun_withTheProblem() {
        ScenarioBundle broken = new ScenarioBundle("x.yaml", null, Map.of("x.yaml", "name: [".getBytes(StandardCharsets.UTF_8)));
        TaskOutcome outcome = new TaskRunner().run(new RunTask("v\nb\nf", broken, List.of(), null, null, 0, 0));
        TaskOutcome.Failed failed = assertInstanceOf(TaskOutcome.Failed.class, outcome);
        assertEquals(TaskOutcome.Kind.RUN_FAILED, failed.kind());
        assertTrue(failed.message().startsWith("the scenario did not load on the member"), failed.message());
        assertTrue(failed.message().contains("x.yaml:1:"), failed.message());
    }
}
