package org.distsim.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.distsim.cli.batch.ClusterRuns;
import org.distsim.cli.batch.RunExecutor;
import org.distsim.cluster.access.ClusterAccess;
import org.distsim.cluster.access.Endpoint;
import org.distsim.cluster.coordinator.BatchPlan;
import org.distsim.cluster.coordinator.ClusterException;
import org.distsim.cluster.coordinator.Coordinator;
import org.distsim.cluster.coordinator.CoordinatorSettings;
import org.distsim.cluster.task.SourceCapture;
import org.distsim.models.run.RunOptions;
import org.distsim.models.scenario.SourceReader;

/**
 * {@code --cluster HOST:PORT[,...]} of a batch: where the cluster is, who may join it, and the
 * scenario files as this command read them, which travel with every run so that members need no
 * shared file system. Only built when {@code --cluster} is given: without it no class of
 * sim-cluster or Hazelcast is loaded.
 */
final class ClusterTarget {

    private final List<Endpoint> members;
    private final ClusterAccess access;
    private final SourceCapture capture = new SourceCapture();

    private ClusterTarget(List<Endpoint> members, ClusterAccess access) {
        this.members = members;
        this.access = access;
    }

    static ClusterTarget of(String cluster, String name, Function<String, String> environment) throws UserError {
        ClusterTarget target;
        try {
            target = new ClusterTarget(Endpoint.parseList("--cluster", cluster), ClusterAccess.of(name, environment));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage().startsWith("cluster name") ? "--cluster-name: " + e.getMessage()
                    : e.getMessage());
        }
        for (Endpoint member : target.members) {
            try {
                InetAddress.getByName(member.host());
            } catch (UnknownHostException e) {
                // Said at once, instead of after the connection timeout that trying it would take.
                throw new UserError("--cluster " + cluster + ": unknown host " + member.host());
            }
        }
        return target;
    }

    /** Load every scenario of the batch through this, so that the files read are the files shipped. */
    SourceReader reader() {
        return capture;
    }

    /**
     * Connects to the cluster and returns the executor of the batch: the scenario of
     * {@code scenario} at each point of {@code pointOverrides} (each point's own overrides, after
     * the {@code --set} ones), {@code replications} runs each.
     */
    RunExecutor connect(ScenarioArgs scenario, List<List<String>> pointOverrides, RunOptions base, int replications,
            PrintWriter err) throws UserError {
        List<List<String>> points = new ArrayList<>();
        for (List<String> point : pointOverrides) {
            List<String> all = new ArrayList<>(scenario.overrides());
            all.addAll(point);
            points.add(all);
        }
        BatchPlan plan = new BatchPlan(capture.bundle(scenario.path(), scenario.experimentPath()), points, base.seed(),
                base.durationNanos(), replications);
        try {
            return new ClusterRuns(Coordinator.connect(new CoordinatorSettings(access, members)), plan, err);
        } catch (ClusterException e) {
            throw new UserError(e.getMessage());
        }
    }
}
