package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code distsim validate} on a replicated database: its members are nodes, its knobs are checked. */
class ReplicatedDatabaseValidateTest {

    private static final String SCENARIO = """
            name: replicated
            duration: 10s
            nodes:
              db:
                type: replicated-database
                replicas: 3
                commit: semi-sync
            workloads:
              near-db-3: {type: open-loop, target: db-3, rate: 10/s}
            faults:
              - {at: 2s, partition: {groups: [[db-3, near-db-3], [db-1, db-2]]}, duration: 2s}
            """;

    @TempDir
    Path dir;

    @Test
    void aGoodScenario_namingMembersInTargetsAndPartitions_isOk() throws IOException {
        Path file = Cli.write(dir, "ok.yaml", SCENARIO);
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().startsWith(file + ": ok"), r.out());
    }

    @Test
    void aMisspelledCommitMode_givesFileLineColumn_andTheNearestChoice_andExitsTwo() throws IOException {
        Path file = Cli.write(dir, "typo.yaml", SCENARIO.replace("commit: semi-sync", "commit: semisync"));
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith(file + ":7:13: nodes.db.commit: "), r.err());
        assertTrue(r.err().contains("did you mean \"semi-sync\"?"), r.err());
        assertEquals("", r.out());
    }
}
