package org.distsim.cluster.worker;

import java.util.concurrent.atomic.AtomicLong;
import org.distsim.cluster.access.BuildIdentity;
import org.distsim.cluster.access.ClusterAccess;
import org.distsim.cluster.hazelcast.TaskHandler;
import org.distsim.cluster.task.OutcomeCodec;
import org.distsim.cluster.task.RunTask;
import org.distsim.cluster.task.TaskCodec;
import org.distsim.cluster.task.TaskOutcome;
import org.distsim.cluster.task.TaskRunner;
import org.distsim.cluster.task.WireFormatException;

/**
 * A worker's side of a task: check the seal, read the task, refuse it when the coordinator runs
 * another build, run it, and seal the outcome. Everything that goes wrong becomes a
 * {@link TaskOutcome.Failed}; nothing is thrown.
 */
final class WorkerTasks implements TaskHandler {

    private final ClusterAccess access;
    private final BuildIdentity identity;
    private final WorkerListener listener;
    private final TaskRunner runner = new TaskRunner();
    private final AtomicLong finished = new AtomicLong();

    WorkerTasks(ClusterAccess access, BuildIdentity identity, WorkerListener listener) {
        this.access = access;
        this.identity = identity;
        this.listener = listener;
    }

    @Override
    public byte[] handle(byte[] sealedTask) {
        return access.seal(OutcomeCodec.encode(outcome(sealedTask)));
    }

    private TaskOutcome outcome(byte[] sealedTask) {
        RunTask task;
        try {
            task = TaskCodec.decode(access.open(sealedTask));
        } catch (ClusterAccess.SealException e) {
            return refuse(TaskOutcome.Kind.REFUSED, "the member refused a task: " + e.getMessage());
        } catch (WireFormatException e) {
            return refuse(TaskOutcome.Kind.UNREADABLE, "the member could not read a task: " + e.getMessage());
        }
        String difference = identity.difference(BuildIdentity.parse(task.build()), "at the coordinator", "on the member");
        if (difference != null) {
            return refuse(TaskOutcome.Kind.REFUSED, "the member refused a task from a coordinator with " + difference);
        }
        listener.taskStarted(task.point(), task.replication());
        TaskOutcome outcome = runner.run(task);
        finished.incrementAndGet();
        return outcome;
    }

    private TaskOutcome refuse(TaskOutcome.Kind kind, String message) {
        listener.taskRefused(message);
        return new TaskOutcome.Failed(kind, message, "");
    }

    /** Tasks run so far, failed runs included. */
    long finished() {
        return finished.get();
    }
}
