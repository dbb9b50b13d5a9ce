package org.distsim.cli;

import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The options of many runs, shared by {@code run --replications} and {@code sweep} (a picocli
 * mixin, so both spell and document them the same way).
 */
final class BatchOptions {

    /** More replications than this is almost surely a typo. */
    static final int MAX_REPLICATIONS = 100_000;

    @Option(names = "--replications", paramLabel = "N",
            description = "Run N independent replications (replication r = 0..N-1 draws its own random streams)"
                    + " and report each figure as mean +/- 95%% confidence half-width.")
    Integer replications;

    @Option(names = "--threads", paramLabel = "N",
            description = "Runs in parallel (default: the number of processors). The output is the same"
                    + " whatever N is.")
    Integer threads;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Option(names = "--cluster", paramLabel = "HOST:PORT[,...]",
            description = "Run on the members of a distsim cluster (started with distsim worker) instead of local"
                    + " threads; any one member's address will do. The output is the same bytes.")
    String cluster;

    @Option(names = "--cluster-name", paramLabel = "NAME",
            description = "The cluster's name, as given to its workers (default: distsim). The cluster's secret is"
                    + " read from the environment variable DISTSIM_CLUSTER_SECRET.")
    String clusterName;

    /** {@code --replications}, or {@code fallback} when not given; checked. */
    int replications(int fallback) throws UserError {
        int n = replications == null ? fallback : replications;
        if (n < 1 || n > MAX_REPLICATIONS) {
            throw new UserError("--replications must be from 1 to " + MAX_REPLICATIONS + ", got " + n);
        }
        return n;
    }

    /**
     * The cluster of {@code --cluster}, checked, or null for local threads.
     *
     * @param environment  where to read {@code DISTSIM_CLUSTER_SECRET}
     */
    ClusterTarget cluster(Function<String, String> environment) throws UserError {
        if (cluster == null) {
            if (clusterName != null) {
                throw new UserError("--cluster-name names the cluster of --cluster HOST:PORT; give both or neither");
            }
            return null;
        }
        if (threads != null) {
            throw new UserError("--threads sets the local threads; on a cluster each worker's --threads says how"
                    + " many runs it takes at once");
        }
        return ClusterTarget.of(cluster, clusterName, environment);
    }

    /** {@code --threads}, or the number of processors; checked. */
    int threads() throws UserError {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 1024) {
            throw new UserError("--threads must be from 1 to 1024, got " + n);
        }
        return n;
    }
}
