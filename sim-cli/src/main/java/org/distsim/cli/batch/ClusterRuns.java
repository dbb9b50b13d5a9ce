package org.distsim.cli.batch;

import java.io.PrintWriter;
import org.distsim.cluster.coordinator.BatchPlan;
import org.distsim.cluster.coordinator.ClusterException;
import org.distsim.cluster.coordinator.Coordinator;
import org.distsim.cluster.coordinator.CoordinatorListener;
import org.distsim.cluster.coordinator.RemoteRunException;

/**
 * Runs a batch on the members of a cluster (sim-cluster's {@link Coordinator}); built only for
 * {@code --cluster}, so a local batch never loads this class, sim-cluster's coordinator or
 * Hazelcast. What the coordinator has to say (members joining, leaving, refused) goes to stderr;
 * the number of members and slots to the progress bar.
 */
public final class ClusterRuns implements RunExecutor {

    private final Coordinator coordinator;
    private final BatchPlan plan;
    private final PrintWriter err;

    /** Runs {@code plan} through {@code coordinator}, which it closes when the batch ends. */
    public ClusterRuns(Coordinator coordinator, BatchPlan plan, PrintWriter err) {
        this.coordinator = coordinator;
        this.plan = plan;
        this.err = err;
    }

    @Override
    public void execute(int total, Sink sink, Progress progress) {
        if (total != plan.total()) {
            throw new IllegalArgumentException("the plan has " + plan.total() + " runs, the batch " + total);
        }
        try {
            coordinator.run(plan, sink::finished, new CoordinatorListener() {
                @Override
                public void message(String line) {
                    err.println(line);
                    err.flush();
                }

                @Override
                public void members(int members, int slots) {
                    progress.members(members, slots);
                }
            });
        } catch (ClusterException e) {
            throw RemoteFailure.unusableCluster(e.getMessage());
        } catch (RemoteRunException e) {
            throw new RemoteFailure(e.outOfMemory() ? e.getMessage() + "; give the workers a larger heap"
                    + " (java -Xmx8g -jar distsim.jar worker ..., or JAVA_OPTS=-Xmx8g ./distsim worker ...)"
                    : e.getMessage(), !e.outOfMemory(), e.detail());
        } finally {
            coordinator.close();
        }
    }

    @Override
    public void cancel() {
        coordinator.cancel();
    }
}
