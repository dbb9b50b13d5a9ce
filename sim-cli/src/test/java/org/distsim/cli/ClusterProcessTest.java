package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * distsim as separate processes: a local batch loads no class of sim-cluster or Hazelcast; a sweep
 * whose only worker is killed with SIGKILL in the middle of a run finishes on a worker started
 * afterwards, with the same bytes as locally; and that {@code distsim worker} prints its address
 * and members and stops cleanly on SIGTERM.
 */
@Timeout(120)
class ClusterProcessTest {

    @TempDir
    Path dir;

    private static ProcessBuilder distsim(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Distsim.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISTSIM_CLUSTER_SECRET");
        return builder;
    }

    private static List<String> loadedClusterClasses(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectErrorStream(true).start();
        List<String> loaded = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains("[class,load]") && (line.contains(" com.hazelcast.")
                        || line.contains(" org.distsim.cluster."))) {
                    loaded.add(line);
                }
            }
        }
        assertEquals(0, process.waitFor());
        return loaded;
    }

    @Test
    void localReplicationsAndSweeps_loadNoClassOfSimClusterOrHazelcast() throws Exception {
        String scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO).toString();
        assertEquals(List.of(), loadedClusterClasses(distsim(List.of("-verbose:class"), "run", scenario,
                "--replications", "2", "--format", "json")));
        assertEquals(List.of(), loadedClusterClasses(distsim(List.of("-verbose:class"), "sweep", scenario,
                "--param", "nodes.server.workers=1,2", "--format", "csv")));
    }

    @Test
    void sweepWhoseOnlyWorkerIsKilledMidRun_finishesOnTheNextWorker_withTheSameBytes_whichStopsCleanlyOnSigterm()
            throws Exception {
        int killedPort = freePort();
        int laterPort = freePort();
        Process victim = distsim(List.of(), "worker", "--port", Integer.toString(killedPort), "--threads", "1",
                "--cluster-name", "sigkill-test").redirectError(dir.resolve("victim.err").toFile()).start();
        CountDownLatch victimUp = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("members (")) {
                        victimUp.countDown();
                    }
                }
            } catch (IOException e) {
                // The process was killed; nothing more to read.
            }
        }, "victim-output");
        reader.start();

        // Runs of about 100 000 requests (a few tenths of a second), so that the kill, sent a moment
        // after the first run is handed out, lands while it is under way.
        String[] sweep = {"sweep", Path.of("../scenarios/validation/mm1.yaml").toString(), "--duration", "120s",
            "--param", "workloads.clients.rate=500/s,600/s", "--replications", "2", "--format", "json",
            "--no-progress"};
        Cli.Result local = Cli.run(sweep);
        assertTrue(victimUp.await(60, TimeUnit.SECONDS), "the worker process started");
        CountDownLatch submitted = new CountDownLatch(1);
        StringBuilder err = new StringBuilder();
        Writer watchedErr = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                synchronized (err) {
                    err.append(buffer, offset, length);
                    if (err.indexOf("cluster: 1 member") >= 0) {
                        // The coordinator prints this line and hands out the first run at once.
                        submitted.countDown();
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter out = new StringWriter();
        CommandLine commandLine = Distsim.configure(Distsim.tree(new Distsim(Map.of())));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(watchedErr, true));
        List<String> args = new ArrayList<>(List.of(sweep));
        args.addAll(List.of("--cluster", "127.0.0.1:" + killedPort + ",127.0.0.1:" + laterPort,
                "--cluster-name", "sigkill-test"));
        int[] exit = {-1};
        Thread coordinator = new Thread(() -> exit[0] = commandLine.execute(args.toArray(String[]::new)),
                "coordinator");
        coordinator.start();
        assertTrue(submitted.await(60, TimeUnit.SECONDS), "the coordinator started the sweep");
        victim.toHandle().destroyForcibly();
        assertEquals(137, victim.waitFor(), "killed by SIGKILL");
        // The next worker: a process too, started only now, so that it runs every run, the interrupted one included.
        Path laterErr = dir.resolve("later.err");
        Process later = distsim(List.of(), "worker", "--port", Integer.toString(laterPort), "--threads", "1",
                "--cluster-name", "sigkill-test").redirectError(laterErr.toFile()).start();
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread laterOutput = new Thread(() -> {
            try (BufferedReader laterOut = new BufferedReader(new InputStreamReader(later.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = laterOut.readLine(); line != null; line = laterOut.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process ended; everything it printed has been read.
            }
        }, "later-output");
        laterOutput.start();
        try {
            coordinator.join(TimeUnit.SECONDS.toMillis(90));
            assertEquals(ExitCodes.OK, exit[0], err.toString());
            assertEquals(local.out(), out.toString());
            assertTrue(err.toString().contains("member 127.0.0.1:" + killedPort + " left"), err.toString());
        } finally {
            // SIGTERM, as a service manager would send; the worker leaves the cluster and says so.
            later.toHandle().destroy();
            assertTrue(later.waitFor(60, TimeUnit.SECONDS));
            laterOutput.join();
        }
        String address = "127.0.0.1:" + laterPort;
        assertTrue(lines.get(0).startsWith("distsim worker " + address + " in cluster sigkill-test (1 run slot, distsim "),
                lines.toString());
        assertEquals("members (1): " + address + " (this worker)", lines.get(1));
        // Coordinators connecting and leaving are reported as they happen, so their lines are left out here.
        List<String> own = lines.stream().filter(line -> !line.startsWith("coordinator ")).toList();
        assertEquals(List.of("stopping: leaving the cluster", "stopped after 4 runs"),
                own.subList(own.size() - 2, own.size()), "every run ran on the next worker: " + lines);
        String laterStderr = java.nio.file.Files.readString(laterErr);
        assertTrue(laterStderr.startsWith("note: DISTSIM_CLUSTER_SECRET is not set"), laterStderr);
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
