package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * distsim as a separate process: a local batch loads no class of sim-cluster or Hazelcast, and
 * {@code distsim worker} prints its address and members and stops cleanly on SIGTERM.
 */
@Timeout(120)
class ClusterIsolationTest {

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
    void worker_printsItsAddressAndMembers_andStopsCleanlyOnSigterm() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path stderr = dir.resolve("stderr.txt");
        Process process = distsim(List.of(), "worker", "--port", Integer.toString(port), "--threads", "1",
                "--cluster-name", "isolation-test").redirectError(stderr.toFile()).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            lines.add(out.readLine());
            lines.add(out.readLine());
            // SIGTERM, as a service manager would send; the worker leaves the cluster and says so.
            // (Through the handle: Process.destroy() would also close the pipe we still read.)
            process.toHandle().destroy();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String address = "127.0.0.1:" + port;
        assertTrue(lines.get(0).startsWith("distsim worker " + address + " in cluster isolation-test (1 run slot, distsim "),
                lines.toString());
        assertEquals("members (1): " + address + " (this worker)", lines.get(1));
        assertEquals(List.of("stopping: leaving the cluster", "stopped after 0 runs"), lines.subList(2, lines.size()));
        String err = java.nio.file.Files.readString(stderr);
        assertTrue(err.startsWith("note: DISTSIM_CLUSTER_SECRET is not set"), err);
    }
}
