package org.distsim.cluster.coordinator;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.HazelcastClientNotActiveException;
import com.hazelcast.client.HazelcastClientOfflineException;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig;
import com.hazelcast.config.ListenerConfig;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.IndeterminateOperationState;
import com.hazelcast.core.IndeterminateOperationStateException;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.core.LifecycleListener;
import com.hazelcast.core.OperationTimeoutException;
import com.hazelcast.spi.exception.RetryableException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.distsim.cluster.access.BuildIdentity;
import org.distsim.cluster.access.ClusterAccess;
import org.distsim.cluster.access.Endpoint;
import org.distsim.cluster.hazelcast.HazelcastSetup;
import org.distsim.cluster.hazelcast.RunCallable;
import org.distsim.cluster.task.OutcomeCodec;
import org.distsim.cluster.task.TaskCodec;
import org.distsim.cluster.task.TaskOutcome;
import org.distsim.cluster.task.WireFormatException;

/**
 * Runs a batch on the cluster's members, as a Hazelcast client (it never becomes a member and
 * never listens on a port).
 *
 * <p><b>Scheduling.</b> Runs are handed out lowest index first, to each member up to its number
 * of slots, so no run waits in a member's queue while another member is idle, and an interrupted
 * batch has mostly finished a prefix of the runs. Results are handed to the {@link ResultSink}
 * with their index as they arrive; the caller stores them by index, so the merged output is in
 * (point, replication) order whatever the order of arrival.
 *
 * <p><b>Faults.</b> A run lost with its member (the member left, was killed or became
 * unreachable) goes back to the queue and is handed to another member; a run finishes once,
 * whoever finishes it first. A member that answers with a bad seal, is of another build, or whose
 * runs fail {@value #FAILURES_TO_REFUSE} times in a row for another reason than a lost connection
 * is refused and gets no more runs. A run that fails on a member (an exception in the simulation)
 * stops the batch as it would locally. When no member can take runs, the coordinator waits for
 * one to join.
 */
public final class Coordinator implements AutoCloseable {

    /** How long the loop waits for a result before looking at the member list again. */
    private static final long TICK_MILLIS = 500;
    /** A member whose runs fail this many times in a row, other than by a lost connection, is refused. */
    private static final int FAILURES_TO_REFUSE = 3;

    private final HazelcastInstance client;
    private final CoordinatorSettings settings;
    private final BuildIdentity identity;
    private final IExecutorService executor;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private Coordinator(HazelcastInstance client, CoordinatorSettings settings, BuildIdentity identity) {
        this.client = client;
        this.settings = settings;
        this.identity = identity;
        this.executor = client.getExecutorService(HazelcastSetup.EXECUTOR);
    }

    /**
     * Connects to the cluster; returns once connected.
     *
     * @throws ClusterException when no member of the cluster answers within the timeout
     */
    public static Coordinator connect(CoordinatorSettings settings) throws ClusterException {
        // This process's identity digests its classes and the format's schema: done while the client connects.
        CompletableFuture<BuildIdentity> identity = settings.identity() != null
                ? CompletableFuture.completedFuture(settings.identity())
                : CompletableFuture.supplyAsync(BuildIdentity::current);
        CountDownLatch connected = new CountDownLatch(1);
        HazelcastInstance client = HazelcastClient.newHazelcastClient(config(settings, event -> {
            if (event.getState() == LifecycleEvent.LifecycleState.CLIENT_CONNECTED) {
                connected.countDown();
            }
        }));
        boolean ok;
        try {
            ok = connected.await(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        if (!ok) {
            client.shutdown();
            List<String> addresses = settings.members().stream().map(Endpoint::toString).toList();
            throw new ClusterException("no distsim cluster answered at " + String.join(", ", addresses) + " within "
                    + settings.connectTimeout().toSeconds() + " s. Is a worker running there (distsim worker --port "
                    + settings.members().get(0).port() + ")? Do this command and the workers use the same"
                    + " --cluster-name (" + settings.access().name() + ") and the same " + ClusterAccess.SECRET_ENV
                    + " (" + (settings.access().hasSecret() ? "set" : "not set") + " here)?");
        }
        return new Coordinator(client, settings, identity.join());
    }

    /**
     * Runs every run of {@code plan}, handing each result to {@code sink}; returns when all are
     * done, or at once after {@link #cancel()} (runs under way are abandoned).
     *
     * @throws ClusterException    when no member can take the runs at the start, or the client was shut down
     * @throws RemoteRunException  for the failed run of lowest index, when a run failed on a member
     * @throws org.distsim.core.check.InvariantViolation  as a local run would, when that run broke an invariant
     */
    public void run(BatchPlan plan, ResultSink sink, CoordinatorListener listener) throws ClusterException {
        new Batch(plan, sink, listener).run();
    }

    /** Starts no new run and makes {@link #run} return; safe from any thread (a shutdown hook). */
    public void cancel() {
        cancelled.set(true);
    }

    /** Leaves the cluster. */
    @Override
    public void close() {
        client.shutdown();
    }

    /** One submitted run; {@code id} tells a current submission from one given up with its member. */
    private record Submission(long id, int index, MemberBook.Slot slot) {
    }

    /** What came back for a submission: bytes or an exception. */
    private record Completion(long id, byte[] sealed, Throwable failure) {
    }

    /** The state of one {@link #run}: used by the calling thread only, fed by the completion queue. */
    private final class Batch {
        private final BatchPlan plan;
        private final ResultSink sink;
        private final PointFacts facts;
        private final CoordinatorListener listener;
        private final String build = identity.encode();
        private final MemberBook members;
        private final BlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
        private final TreeSet<Integer> pending = new TreeSet<>();
        private final Map<Long, Submission> active = new HashMap<>();
        private final BitSet done = new BitSet();
        private final TreeMap<Integer, RuntimeException> failures = new TreeMap<>();
        private long nextId;
        private boolean waitingShown;

        Batch(BatchPlan plan, ResultSink sink, CoordinatorListener listener) {
            this.plan = plan;
            this.sink = sink;
            this.facts = new PointFacts(plan);
            this.listener = listener;
            this.members = new MemberBook(identity, listener);
            for (int i = 0; i < plan.total(); i++) {
                pending.add(i);
            }
        }

        void run() throws ClusterException {
            members.refresh(client.getCluster().getMembers(), false);
            members.refusals().forEach(listener::message);
            if (members.usable().isEmpty()) {
                throw new ClusterException("no member of the cluster can take the runs:\n  "
                        + String.join("\n  ", members.refusals()));
            }
            listener.message("cluster: " + members.summary());
            while (!cancelled.get()) {
                for (MemberBook.Slot left : members.refresh(client.getCluster().getMembers(), true)) {
                    lost(left);
                }
                if (failures.isEmpty()) {
                    assign();
                }
                if (active.isEmpty()) {
                    if (!failures.isEmpty()) {
                        throw failures.firstEntry().getValue();
                    }
                    if (pending.isEmpty()) {
                        if (done.cardinality() != plan.total()) {
                            throw new IllegalStateException("the batch ended with " + done.cardinality() + " of "
                                    + plan.total() + " runs finished and none pending or under way");
                        }
                        return;
                    }
                    if (!waitingShown && members.usable().isEmpty()) {
                        waitingShown = true;
                        listener.message("no member can take runs now; waiting for a worker to join (Ctrl-C writes the "
                                + done.cardinality() + " finished runs, marked partial)");
                    }
                }
                Completion completion;
                try {
                    completion = completions.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                // A member whose run just failed gets no new run until something else happens: so a dead
                // or broken member is retried at most as often as runs finish or ticks pass.
                members.resume();
                if (completion != null) {
                    handle(completion);
                }
            }
        }

        private void assign() {
            for (MemberBook.Slot slot : members.usable()) {
                while (slot.free() > 0 && !pending.isEmpty()) {
                    int index = pending.pollFirst();
                    waitingShown = false;
                    submit(index, slot);
                }
            }
        }

        private void submit(int index, MemberBook.Slot slot) {
            long id = nextId++;
            active.put(id, new Submission(id, index, slot));
            slot.busy++;
            byte[] task = settings.access().seal(TaskCodec.encode(plan.task(index, build)));
            try {
                executor.submitToMember(new RunCallable(task), slot.member, new ExecutionCallback<byte[]>() {
                    @Override
                    public void onResponse(byte[] response) {
                        completions.add(new Completion(id, response, null));
                    }

                    @Override
                    public void onFailure(Throwable t) {
                        completions.add(new Completion(id, null, t));
                    }
                });
            } catch (RuntimeException e) {
                completions.add(new Completion(id, null, e));
            }
        }

        private void handle(Completion completion) throws ClusterException {
            Submission submission = active.remove(completion.id());
            if (submission == null) {
                // Given up with a member that was thought lost; a result that still arrives is as good as any.
                return;
            }
            MemberBook.Slot slot = submission.slot();
            slot.busy--;
            int index = submission.index();
            if (completion.failure() != null) {
                failed(submission, completion.failure());
                return;
            }
            TaskOutcome outcome;
            try {
                outcome = OutcomeCodec.decode(settings.access().open(completion.sealed()));
            } catch (ClusterAccess.SealException e) {
                members.refuse(slot, "its result could not be trusted: " + e.getMessage());
                requeue(index);
                return;
            } catch (WireFormatException e) {
                members.refuse(slot, "its result could not be read: " + e.getMessage());
                requeue(index);
                return;
            }
            slot.failuresInARow = 0;
            if (outcome instanceof TaskOutcome.Finished finished) {
                if (!done.get(index)) {
                    done.set(index);
                    pending.remove(index);
                    sink.accept(index, facts.attach(index, finished.result()));
                }
                return;
            }
            if (outcome instanceof TaskOutcome.Broken broken) {
                failures.putIfAbsent(index, broken.violation());
                return;
            }
            TaskOutcome.Failed failed = (TaskOutcome.Failed) outcome;
            switch (failed.kind()) {
                case RUN_FAILED, OUT_OF_MEMORY -> failures.putIfAbsent(index, new RemoteRunException("the run of "
                        + plan.task(index, build).describe() + " failed on member " + slot.address + ": "
                        + failed.message(), failed.kind() == TaskOutcome.Kind.OUT_OF_MEMORY, failed.detail()));
                case REFUSED, UNREADABLE -> {
                    members.refuse(slot, failed.message());
                    requeue(index);
                }
            }
        }

        private void failed(Submission submission, Throwable failure) throws ClusterException {
            Throwable cause = failure instanceof ExecutionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof HazelcastClientNotActiveException) {
                if (cancelled.get()) {
                    return;
                }
                throw new ClusterException("the connection to the cluster was closed; " + done.cardinality() + " of "
                        + plan.total() + " runs had finished");
            }
            // A task never throws (a failed run comes back as data), so this is about the member or the
            // way to it: it left, was killed, cannot be reached, or is not a working distsim member.
            // Another member will do the run.
            MemberBook.Slot slot = submission.slot();
            slot.suspended = true;
            requeue(submission.index());
            if (!connectionLost(failure) && !connectionLost(cause) && ++slot.failuresInARow >= FAILURES_TO_REFUSE) {
                members.refuse(slot, "its last " + FAILURES_TO_REFUSE + " runs failed there: " + cause);
            }
        }

        private void lost(MemberBook.Slot left) {
            int requeued = 0;
            for (Submission submission : List.copyOf(active.values())) {
                if (submission.slot().member.getUuid().equals(left.member.getUuid())) {
                    active.remove(submission.id());
                    if (requeue(submission.index())) {
                        requeued++;
                    }
                }
            }
            listener.message("member " + left.address + " left" + (requeued == 0 ? ""
                    : "; its " + requeued + (requeued == 1 ? " run goes" : " runs go") + " to other members"));
        }

        private boolean requeue(int index) {
            if (done.get(index)) {
                return false;
            }
            pending.add(index);
            return true;
        }
    }

    /** Whether {@code t} says the member left or could not be reached, rather than that it misbehaved. */
    private static boolean connectionLost(Throwable t) {
        return t instanceof RetryableException || t instanceof IndeterminateOperationState
                || t instanceof IndeterminateOperationStateException || t instanceof TargetDisconnectedException
                || t instanceof HazelcastInstanceNotActiveException || t instanceof HazelcastClientOfflineException
                || t instanceof OperationTimeoutException || t instanceof RejectedExecutionException
                || t instanceof IOException;
    }

    private static ClientConfig config(CoordinatorSettings settings, LifecycleListener lifecycle) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(settings.access().hazelcastClusterName());
        HazelcastSetup.properties(config::setProperty, settings.verbose());
        // As the members: a member that vanishes is given up after 30 s, and its runs go elsewhere.
        config.setProperty("hazelcast.client.heartbeat.timeout", "30000");
        config.getNetworkConfig().setAddresses(settings.members().stream().map(Endpoint::toString).toList());
        ClientConnectionStrategyConfig strategy = config.getConnectionStrategyConfig();
        // Start at once and wait for the connection here, with a deadline and a message; once
        // connected, keep reconnecting for as long as the batch lasts (the default, no time limit).
        strategy.setAsyncStart(true);
        strategy.setReconnectMode(ClientConnectionStrategyConfig.ReconnectMode.ON);
        // When every worker is gone, look for a new one every few seconds (Hazelcast's default waits up to 30 s).
        strategy.getConnectionRetryConfig().setInitialBackoffMillis(500).setMaxBackoffMillis(4000).setMultiplier(1.5);
        HazelcastSetup.serialization(config.getSerializationConfig());
        config.addListenerConfig(new ListenerConfig(lifecycle));
        return config;
    }
}
