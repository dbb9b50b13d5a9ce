package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.distsim.cli.batch.BatchRunner;
import org.distsim.cli.batch.ClusterRuns;
import org.distsim.cli.batch.Progress;
import org.distsim.cluster.access.ClusterAccess;
import org.distsim.cluster.access.Endpoint;
import org.distsim.cluster.coordinator.BatchPlan;
import org.distsim.cluster.coordinator.Coordinator;
import org.distsim.cluster.coordinator.CoordinatorSettings;
import org.distsim.cluster.task.SourceCapture;
import org.distsim.cluster.worker.Worker;
import org.distsim.cluster.worker.WorkerListener;
import org.distsim.cluster.worker.WorkerSettings;
import org.distsim.models.registry.ComponentRegistry;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.reports.batch.BatchJson;
import org.distsim.reports.batch.BatchText;
import org.distsim.reports.batch.ReplicationSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --cluster}: three workers inside this JVM on 127.0.0.1, one run slot each, and the same
 * bytes as the local batch. (A worker killed in the middle of a sweep: ClusterProcessTest, with a
 * real process and SIGKILL, and sim-cluster's CoordinatorTest.)
 */
@Timeout(180)
class ClusterBatchTest {

    private static final String SECRET = "cli-cluster-secret";
    private static final String NAME = "cli-cluster-test";
    private static final Map<String, String> ENV = Map.of("DISTSIM_CLUSTER_SECRET", SECRET);
    private static final ClusterAccess ACCESS = new ClusterAccess(NAME, SECRET);
    private static final List<Worker> WORKERS = new ArrayList<>();
    private static int firstPort;

    @TempDir
    Path dir;

    @BeforeAll
    static void startThreeWorkers() throws Exception {
        firstPort = freePort();
        WORKERS.add(worker(firstPort, WorkerListener.NONE));
        WORKERS.add(worker(freePort(), WorkerListener.NONE));
        WORKERS.add(worker(freePort(), WorkerListener.NONE));
        assertEquals(3, WORKERS.get(2).members().size());
    }

    @AfterAll
    static void stopWorkers() {
        for (int i = WORKERS.size() - 1; i >= 0; i--) {
            WORKERS.get(i).stop();
        }
    }

    private static Worker worker(int port, WorkerListener listener) throws Exception {
        List<Endpoint> join = port == firstPort ? List.of() : List.of(new Endpoint("127.0.0.1", firstPort));
        return Worker.start(new WorkerSettings(ACCESS, "127.0.0.1", port, join, 1, false), listener);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String[] withCluster(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--cluster", "127.0.0.1:" + firstPort, "--cluster-name", NAME));
        return all.toArray(String[]::new);
    }

    private String[] sweep(Path out) throws IOException {
        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        return new String[] {"sweep", scenario.toString(), "--param", "workloads.clients.rate=50/s..150/s:3",
            "--param", "nodes.server.workers=1,2", "--replications", "3", "--no-progress", "--out", out.toString()};
    }

    private void assertSameFiles(Path local, Path cluster) throws IOException {
        for (String file : new String[] {"sweep.txt", "sweep.json", "sweep.csv", "sweep.html"}) {
            assertEquals(Files.readString(local.resolve(file)), Files.readString(cluster.resolve(file)), file);
        }
    }

    @Test
    void sweepWithReplications_onThreeMembers_writesTheSameBytesAsTheLocalSweep() throws IOException {
        long[] before = WORKERS.stream().mapToLong(Worker::tasksRun).toArray();
        Cli.Result local = Cli.run(ENV, true, sweep(dir.resolve("local")));
        Cli.Result cluster = Cli.run(ENV, true, withCluster(sweep(dir.resolve("cluster"))));
        assertEquals(ExitCodes.OK, local.exitCode(), local.err());
        assertEquals(ExitCodes.OK, cluster.exitCode(), cluster.err());
        assertSameFiles(dir.resolve("local"), dir.resolve("cluster"));
        for (int i = 0; i < 3; i++) {
            assertTrue(WORKERS.get(i).tasksRun() > before[i], "worker " + i + " took part");
        }
        assertTrue(cluster.err().contains("cluster: 3 members (127.0.0.1:" + firstPort + ", "), cluster.err());
    }

    @Test
    void replications_ofAScenarioWithExtendsAndAnExperiment_printTheSameJsonAsLocally() throws IOException {
        Files.createDirectories(dir.resolve("base"));
        Cli.write(dir.resolve("base"), "mm1.yaml", Cli.SCENARIO);
        Path arch = Cli.write(dir, "arch.yaml", "extends: base/mm1.yaml\nname: extended\n");
        Path exp = Cli.write(dir, "exp.yaml", "workloads:\n  clients: {rate: 300/s}\n");
        String[] run = {"run", arch.toString(), "--experiment", exp.toString(), "--replications", "4", "--seed", "9",
            "--set", "nodes.server.workers=2", "--format", "json", "--no-progress"};
        Cli.Result local = Cli.run(ENV, true, run);
        Cli.Result cluster = Cli.run(ENV, true, withCluster(run));
        assertEquals(ExitCodes.OK, cluster.exitCode(), cluster.err());
        assertEquals(local.out(), cluster.out());
        assertTrue(cluster.out().contains("\"scenario\": \"extended\""), cluster.out());
    }

    @Test
    void interruptedClusterBatch_writesWhatFinished_markedPartial() throws Exception {
        Path file = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        SourceCapture capture = new SourceCapture();
        Scenario scenario = new ScenarioLoader(ComponentRegistry.standard(), capture).read(file, null, List.of());
        BatchPlan plan = new BatchPlan(capture.bundle(file, null), List.of(List.of()), null, null, 4);
        CoordinatorSettings settings = new CoordinatorSettings(ACCESS, List.of(new Endpoint("127.0.0.1", firstPort)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Distsim.tree(new Distsim(Map.of()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        BatchSession session = new BatchSession(commandLine.getSubcommands().get("run").getCommandSpec(),
                "replications", "json", ReplicationsRun.FORMATS, null, false);
        BatchRunner runner = new BatchRunner(1, 4,
                new ClusterRuns(Coordinator.connect(settings), plan, new PrintWriter(err, true)));
        Progress ctrlC = new Progress() {
            @Override
            public void step() {
                session.interrupt();
            }

            @Override
            public void close() {
            }
        };
        int exit = session.run(runner, ctrlC, () -> {
            ReplicationSummary s = ReplicationSummary.of(runner.results(0), 4, scenario.name(), scenario.seed(),
                    scenario.durationNanos(), scenario.warmupNanos());
            return new BatchSession.Documents(BatchText.render(s, "r"), BatchJson.render(s), "", null);
        });
        assertEquals(ExitCodes.INTERRUPTED, exit);
        assertTrue(out.toString().contains("\"partial\": true"), out.toString());
        assertTrue(out.toString().contains("\"completed\": 1,"), out.toString());
        assertTrue(err.toString().contains("interrupted: writing the 1 of 4 runs that finished, marked partial"),
                err.toString());
    }
}
