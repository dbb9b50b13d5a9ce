package org.distsim.cli;

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

    /** {@code --replications}, or {@code fallback} when not given; checked. */
    int replications(int fallback) throws UserError {
        int n = replications == null ? fallback : replications;
        if (n < 1 || n > MAX_REPLICATIONS) {
            throw new UserError("--replications must be from 1 to " + MAX_REPLICATIONS + ", got " + n);
        }
        return n;
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
