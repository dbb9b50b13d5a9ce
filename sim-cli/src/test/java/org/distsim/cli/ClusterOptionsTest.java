package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of {@code --cluster} and {@code distsim worker} that are wrong before any network is touched. */
class ClusterOptionsTest {

    @TempDir
    Path dir;

    private String scenario() throws IOException {
        return Cli.write(dir, "mm1.yaml", Cli.SCENARIO).toString();
    }

    @Test
    void clusterWithoutReplications_isRefused_likeThreads() throws IOException {
        Cli.Result r = Cli.run("run", scenario(), "--cluster", "127.0.0.1:5701");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("error: --cluster spreads replications over the members of a cluster; one run is single-threaded,"
                + " so use it with --replications N\n", r.err());
    }

    @Test
    void threadsWithCluster_isRefused_becauseEachWorkerSaysItsOwn() throws IOException {
        Cli.Result r = Cli.run("sweep", scenario(), "--param", "nodes.server.workers=1,2", "--threads", "2",
                "--cluster", "127.0.0.1:5701");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("error: --threads sets the local threads; on a cluster each worker's --threads"),
                r.err());
    }

    @Test
    void clusterAddressWithoutPort_saysWhatIsExpected() throws IOException {
        Cli.Result r = Cli.run("run", scenario(), "--replications", "2", "--cluster", "127.0.0.1");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("error: --cluster 127.0.0.1: \"127.0.0.1\" is not HOST:PORT; expected HOST:PORT[,HOST:PORT...],"
                + " like 10.0.0.4:5701 or [::1]:5701\n", r.err());
    }

    @Test
    void clusterOnAnUnknownHost_isRefusedAtOnce_withoutWaitingForAConnection() throws IOException {
        // .invalid is reserved (RFC 2606): no resolver ever answers it.
        Cli.Result r = Cli.run("run", scenario(), "--replications", "2", "--cluster", "127.0.0.1:5701,nohost.invalid:5701");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("error: --cluster 127.0.0.1:5701,nohost.invalid:5701: unknown host nohost.invalid\n", r.err());
    }

    @Test
    void clusterNameAlone_orABadOne_isRefused() throws IOException {
        Cli.Result alone = Cli.run("run", scenario(), "--replications", "2", "--cluster-name", "lab");
        assertEquals(ExitCodes.BAD_INPUT, alone.exitCode());
        assertTrue(alone.err().contains("--cluster-name names the cluster of --cluster HOST:PORT"), alone.err());
        Cli.Result bad = Cli.run("run", scenario(), "--replications", "2", "--cluster", "h:1", "--cluster-name", "a b");
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().startsWith("error: --cluster-name: cluster name a b is not allowed"), bad.err());
    }

    @Test
    void workerJoiningAnotherMachine_needsBind_andNeverListensEverywhere() {
        Cli.Result r = Cli.run("worker", "--join", "10.1.2.3:5701");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("error: --bind ADDR is needed to join other machines"), r.err());
    }

    @Test
    void workerBoundToAnAddressOfAnotherMachine_isRefused() {
        // 192.0.2.0/24 is reserved for documentation (RFC 5737): never an address of this machine.
        Cli.Result r = Cli.run("worker", "--bind", "192.0.2.1");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("error: 192.0.2.1 is not an address of this machine"), r.err());
    }

    @Test
    void workerWithABadJoinList_orPort_saysWhatIsExpected() {
        Cli.Result join = Cli.run("worker", "--join", "127.0.0.1:5701,");
        assertEquals(ExitCodes.BAD_INPUT, join.exitCode());
        assertTrue(join.err().contains("an empty entry"), join.err());
        Cli.Result port = Cli.run("worker", "--port", "0");
        assertEquals(ExitCodes.BAD_INPUT, port.exitCode());
        assertEquals("error: --port must be from 1 to 65535, got 0\n", port.err());
    }
}
