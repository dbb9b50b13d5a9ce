package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.replication.ReplicationRuns.Run;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The replicated database in the scenario format: knobs checked with a location, runs repeatable. */
class ReplicatedDatabaseFormatTest {

    private static final String PARTITIONED = """
            name: repeat
            duration: 8s
            warmup: 1s
            network:
              latency: {dist: exponential, mean: 2ms}
            nodes:
              db:
                type: replicated-database
                replicas: 3
                partition: ap
                read-from: nearest
                replication-delay: {dist: exponential, mean: 10ms}
            workloads:
              near:
                type: open-loop
                target: db-3
                rate: 200/s
                read-ratio: 70%
                keys: {count: 30, popularity: zipf, s: 1.0}
              far:
                type: open-loop
                target: db
                rate: 200/s
                read-ratio: 70%
                keys: {count: 30, popularity: zipf, s: 1.0}
            faults:
              - at: 3s
                partition: {groups: [[db-3, near], [db-1, db-2]]}
                duration: 2s
              - {at: 6s, crash: db-1, duration: 1s}
            """;

    @Test
    void sameSeed_sameResult_toTheLastFigure() {
        RunResult first = ReplicationRuns.run(PARTITIONED).result();
        RunResult second = ReplicationRuns.run(PARTITIONED).result();

        assertEquals(first.nodes(), second.nodes());
        assertEquals(first.series().byKey(), second.series().byKey());
        for (String name : first.workloads().keySet()) {
            WorkloadResult a = first.workloads().get(name);
            WorkloadResult b = second.workloads().get(name);
            assertEquals(List.of(a.requests(), a.ok(), a.failed(), a.unknown(), a.latency(), a.figures()),
                    List.of(b.requests(), b.ok(), b.failed(), b.unknown(), b.latency(), b.figures()), name);
        }
        // And the run exercised what it should: a split brain and a crash.
        assertTrue(first.nodes().get("db-3").figures().get("leader_changes").longValue() > 0);
    }

    @Test
    void aDifferentSeed_givesADifferentRun() {
        Run first = ReplicationRuns.run(PARTITIONED);
        Run other = ReplicationRuns.run(PARTITIONED, "seed=7");

        assertTrue(!first.result().nodes().equals(other.result().nodes()));
    }

    @Test
    void aMisspelledCommitMode_isReportedWithItsLocation_andTheNearestChoice() {
        String yaml = """
                name: bad
                duration: 1s
                nodes:
                  db:
                    type: replicated-database
                    commit: semisync
                workloads:
                  users: {type: open-loop, target: db-2, rate: 1/s}
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("bad.yaml", yaml, List.of()));
        String message = e.problems().get(0).format();
        assertTrue(message.startsWith("bad.yaml:6:13: nodes.db.commit: "), message);
        assertTrue(message.contains("did you mean \"semi-sync\"?"), message);
        assertTrue(message.contains("async") && message.contains("sync"), message);
    }

    @Test
    void membersAreNamedAfterTheNode_andOnlyAsManyAsTheReplicas() {
        String yaml = """
                name: bad
                duration: 1s
                nodes:
                  db:
                    type: replicated-database
                    replicas: 2
                workloads:
                  users: {type: open-loop, target: db-3, rate: 1/s}
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("bad.yaml", yaml, List.of()));
        String message = e.problems().get(0).format();
        assertTrue(message.startsWith("bad.yaml:8:36: workloads.users.target: unknown node \"db-3\""), message);
        assertTrue(message.contains("one of: db, db-1, db-2"), message);
    }

    private static String firstProblem(String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("bad.yaml", yaml, List.of()));
        return e.problems().get(0).format();
    }

    @Test
    void aMisspelledClockSkewKey_isReportedWithItsLocation_andTheNearestKey() {
        String message = firstProblem("""
                name: bad
                duration: 1s
                nodes:
                  db:
                    type: replicated-database
                    clock-skew: {ofset: 5ms}
                workloads:
                  users: {type: open-loop, target: db, rate: 1/s}
                """);
        assertTrue(message.startsWith("bad.yaml:6:18: nodes.db.clock-skew.ofset: unknown key"), message);
        assertTrue(message.contains("did you mean \"offset\"?"), message);
    }

    @Test
    void moreFixedClockOffsetsThanMembers_isAnErrorAtTheNode() {
        String message = firstProblem("""
                name: bad
                duration: 1s
                nodes:
                  db:
                    type: replicated-database
                    replicas: 2
                    clock-skew: {offsets: [0ms, 5ms, 9ms]}
                workloads:
                  users: {type: open-loop, target: db, rate: 1/s}
                """);
        assertTrue(message.startsWith("bad.yaml:"), message);
        assertTrue(message.contains("clock-skew.offsets has 3 entries, but there are only 2 replicas"), message);
    }

    @Test
    void tooManyDriverRetries_andANegativeMaxLag_areRefusedWithTheirLocations() {
        String retries = firstProblem("""
                name: bad
                duration: 1s
                nodes:
                  db:
                    type: replicated-database
                    driver-retries: 11
                workloads:
                  users: {type: open-loop, target: db, rate: 1/s}
                """);
        assertTrue(retries.startsWith("bad.yaml:6:21: nodes.db.driver-retries: "), retries);
        String lag = firstProblem("""
                name: bad
                duration: 1s
                nodes:
                  db:
                    type: replicated-database
                    max-lag: 0s
                workloads:
                  users: {type: open-loop, target: db, rate: 1/s}
                """);
        assertTrue(lag.startsWith("bad.yaml:6:14: nodes.db.max-lag: "), lag);
    }

    @Test
    void skewingOneStoresClocks_changesNoDrawOfAnotherStore() {
        String twoStores = """
                name: two
                duration: 6s
                warmup: 1s
                network:
                  latency: {dist: exponential, mean: 1ms}
                nodes:
                  a:
                    type: replicated-database
                    replication: multi-leader
                    replication-delay: {dist: exponential, mean: 5ms}
                    %s
                  b:
                    type: replicated-database
                    replication: leaderless
                    replication-delay: {dist: exponential, mean: 5ms}
                workloads:
                  to-a: {type: open-loop, target: a, rate: 300/s, read-ratio: 50%%, keys: {count: 20}}
                  to-b: {type: open-loop, target: b, rate: 300/s, read-ratio: 50%%, keys: {count: 20}}
                """;
        RunResult perfect = ReplicationRuns.run(twoStores.formatted("workers: 8")).result();
        RunResult skewed = ReplicationRuns.run(twoStores.formatted(
                "clock-skew: {offset: {dist: uniform, min: 0ms, max: 20ms}, drift: 100}")).result();

        for (String node : List.of("b", "b-1", "b-2", "b-3")) {
            assertEquals(perfect.nodes().get(node), skewed.nodes().get(node), node);
        }
        assertEquals(perfect.workloads().get("to-b").figures(), skewed.workloads().get("to-b").figures());
        assertTrue(skewed.nodes().get("a-1").figures().containsKey("lost_newer_writes"));
        assertTrue(!perfect.nodes().get("a-1").figures().containsKey("lost_newer_writes"),
                "no figure for perfect clocks");
    }
}
