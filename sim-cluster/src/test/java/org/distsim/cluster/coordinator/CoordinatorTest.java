package org.distsim.cluster.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.distsim.cluster.access.BuildIdentity;
import org.distsim.cluster.access.ClusterAccess;
import org.distsim.cluster.access.Endpoint;
import org.distsim.cluster.hazelcast.HazelcastSetup;
import org.distsim.cluster.task.ScenarioBundle;
import org.distsim.cluster.worker.Worker;
import org.distsim.cluster.worker.WorkerListener;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link Coordinator} against workers inside this JVM: results equal the local runs whatever
 * member ran them, a killed member loses nothing, and members of another build are refused.
 */
@Timeout(120)
class CoordinatorTest {

    private static final ClusterAccess ACCESS = new ClusterAccess("coordinator-test", "test-secret");
    private static final String BASE = """
            name: cluster-test
            seed: 5
            duration: 2s
            warmup: 200ms
            network:
              latency: {dist: constant, value: 1ms}
            nodes:
              server:
                type: service
                workers: 1
                service-time: {dist: exponential, mean: 2ms}
            workloads:
              clients:
                type: open-loop
                target: server
                arrivals: poisson
                rate: 100/s
                timeout: 10s
            """;
    private static final ScenarioBundle BUNDLE = new ScenarioBundle("cluster-test.yaml", null,
            Map.of("cluster-test.yaml", BASE.getBytes(StandardCharsets.UTF_8)));
    /** 3 points x 3 replications. */
    private static final BatchPlan PLAN = new BatchPlan(BUNDLE, List.of(List.of("workloads.clients.rate=50/s"),
            List.of("workloads.clients.rate=100/s"), List.of("workloads.clients.rate=150/s")), 11L, null, 3);

    private static int firstPort;
    private static Worker first;
    private static Worker second;
    private static List<RunResult> local;

    @BeforeAll
    static void startTwoWorkers() throws Exception {
        firstPort = LocalWorkers.freePort();
        first = LocalWorkers.start(ACCESS, firstPort, List.of(), WorkerListener.NONE, BuildIdentity.current());
        second = LocalWorkers.start(ACCESS, LocalWorkers.freePort(), List.of(firstPort), WorkerListener.NONE,
                BuildIdentity.current());
        local = new ArrayList<>();
        for (int i = 0; i < PLAN.total(); i++) {
            local.add(ScenarioRunner.run(BUNDLE.load(PLAN.points().get(i / 3)),
                    new RunOptions(11L, null, i % 3, null)));
        }
    }

    @AfterAll
    static void stopWorkers() {
        second.stop();
        first.stop();
    }

    /** What a batch produced, by index, and what it said. */
    private record Outcome(List<RunResult> results, List<String> messages) {
    }

    private static Outcome runBatch(ClusterAccess access) throws ClusterException {
        return runBatch(access, PLAN);
    }

    private static Outcome runBatch(ClusterAccess access, BatchPlan plan) throws ClusterException {
        AtomicReferenceArray<RunResult> results = new AtomicReferenceArray<>(plan.total());
        List<String> messages = new CopyOnWriteArrayList<>();
        CoordinatorSettings settings = new CoordinatorSettings(access, List.of(new Endpoint("127.0.0.1", firstPort)),
                Duration.ofSeconds(5), false, BuildIdentity.current());
        try (Coordinator coordinator = Coordinator.connect(settings)) {
            coordinator.run(plan, (index, result) -> {
                assertNull(results.getAndSet(index, result), "each run arrives once");
            }, new CoordinatorListener() {
                @Override
                public void message(String line) {
                    messages.add(line);
                }
            });
        }
        List<RunResult> list = new ArrayList<>();
        for (int i = 0; i < results.length(); i++) {
            list.add(results.get(i));
        }
        return new Outcome(list, messages);
    }

    @Test
    void batchOnTwoMembers_givesEveryRunExactlyAsItRunsLocally() throws Exception {
        long before = first.tasksRun() + second.tasksRun();
        Outcome outcome = runBatch(ACCESS);
        assertEquals(local, outcome.results());
        assertEquals(PLAN.total(), first.tasksRun() + second.tasksRun() - before);
        assertTrue(outcome.messages().get(0).startsWith("cluster: 2 members ("), outcome.messages().toString());
    }

    @Test
    void memberKilledWhileRunning_losesNoRun() throws Exception {
        List<Worker> doomed = new ArrayList<>();
        WorkerListener killOnFirstTask = new WorkerListener() {
            @Override
            public void taskStarted(int point, int replication) {
                // As a crash would: in the middle of a run, from another thread, without a goodbye.
                Thread killer = new Thread(() -> doomed.get(0).terminate(), "killer");
                killer.start();
            }
        };
        doomed.add(LocalWorkers.start(ACCESS, LocalWorkers.freePort(), List.of(firstPort), killOnFirstTask,
                BuildIdentity.current()));
        Outcome outcome = runBatch(ACCESS);
        assertEquals(local, outcome.results());
        assertTrue(outcome.messages().stream().anyMatch(m -> m.startsWith("member ") && m.contains(" left")),
                outcome.messages().toString());
    }

    @Test
    void memberOfAnotherBuild_isRefusedWithTheDifference_andTheOthersDoEveryRun() throws Exception {
        BuildIdentity other = new BuildIdentity(BuildIdentity.current().version(), "0123456789ab",
                BuildIdentity.current().format());
        int port = LocalWorkers.freePort();
        Worker stranger = LocalWorkers.start(ACCESS, port, List.of(firstPort), WorkerListener.NONE, other);
        try {
            Outcome outcome = runBatch(ACCESS);
            assertEquals(local, outcome.results());
            assertEquals(0, stranger.tasksRun());
            assertTrue(outcome.messages().contains("refused member 127.0.0.1:" + port + ": another build of distsim "
                    + other.version() + ": 0123456789ab on the member, " + BuildIdentity.current().build()
                    + " here; run the same distsim.jar on every machine"), outcome.messages().toString());
        } finally {
            stranger.stop();
        }
    }

    @Test
    void clusterOfOnlyAnotherVersion_isRefusedAtTheStart() throws Exception {
        ClusterAccess elsewhere = new ClusterAccess("other-version-test", null);
        int port = LocalWorkers.freePort();
        BuildIdentity older = new BuildIdentity("0.0.9", "0123456789ab", "0123456789ab");
        Worker old = LocalWorkers.start(elsewhere, port, List.of(), WorkerListener.NONE, older);
        try {
            CoordinatorSettings settings = new CoordinatorSettings(elsewhere, List.of(new Endpoint("127.0.0.1", port)),
                    Duration.ofSeconds(5), false, BuildIdentity.current());
            try (Coordinator coordinator = Coordinator.connect(settings)) {
                ClusterException e = assertThrows(ClusterException.class,
                        () -> coordinator.run(PLAN, (i, r) -> { }, CoordinatorListener.NONE));
                assertEquals("no member of the cluster can take the runs:\n  refused member 127.0.0.1:" + port
                        + ": another distsim version: 0.0.9 on the member, " + BuildIdentity.current().version()
                        + " here; run the same distsim.jar on every machine", e.getMessage());
            }
        } finally {
            old.stop();
        }
    }

    @Test
    void anotherSecret_findsNoCluster_andTheMessageSaysWhatToCheck() {
        CoordinatorSettings settings = new CoordinatorSettings(new ClusterAccess("coordinator-test", "wrong"),
                List.of(new Endpoint("127.0.0.1", firstPort)), Duration.ofSeconds(3), false, BuildIdentity.current());
        ClusterException e = assertThrows(ClusterException.class, () -> Coordinator.connect(settings));
        assertNotNull(e.getMessage());
        assertTrue(e.getMessage().startsWith("no distsim cluster answered at 127.0.0.1:" + firstPort + " within 3 s."),
                e.getMessage());
        assertTrue(e.getMessage().contains("the same --cluster-name (coordinator-test) and the same"
                + " DISTSIM_CLUSTER_SECRET (set here)"), e.getMessage());
    }

    @Test
    void memberWhoseRunsKeepFailing_isRefusedAfterThree_andTheOthersDoEveryRun() throws Exception {
        // A plain Hazelcast member that claims to be a distsim worker but has no task handler.
        int port = LocalWorkers.freePort();
        Config config = new Config();
        config.setClusterName(ACCESS.hazelcastClusterName());
        HazelcastSetup.properties(config::setProperty, false);
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + firstPort);
        config.getMemberAttributeConfig().setAttribute(HazelcastSetup.IDENTITY_ATTRIBUTE,
                BuildIdentity.current().encode());
        config.getMemberAttributeConfig().setAttribute(HazelcastSetup.SLOTS_ATTRIBUTE, "1");
        HazelcastSetup.serialization(config.getSerializationConfig());
        HazelcastInstance impostor = Hazelcast.newHazelcastInstance(config);
        // Enough runs that the impostor, retried each time another run finishes, fails three times.
        BatchPlan many = new BatchPlan(BUNDLE, List.of(List.of()), 11L, null, 24);
        List<RunResult> expected = new ArrayList<>();
        for (int r = 0; r < many.total(); r++) {
            expected.add(ScenarioRunner.run(BUNDLE.load(List.of()), new RunOptions(11L, null, r, null)));
        }
        try {
            Outcome outcome = runBatch(ACCESS, many);
            assertEquals(expected, outcome.results());
            assertTrue(outcome.messages().contains("refused member 127.0.0.1:" + port + ": its last 3 runs failed there:"
                    + " java.lang.IllegalStateException: this Hazelcast member is not a distsim worker"),
                    outcome.messages().toString());
        } finally {
            impostor.shutdown();
        }
    }
}
