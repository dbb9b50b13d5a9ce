package org.distsim.cli.batch;

import org.distsim.core.result.RunResult;

/**
 * Where the runs of a batch execute: on local threads ({@link LocalRuns}, the default) or on the
 * members of a cluster ({@code ClusterRuns}, only with {@code --cluster}). Either hands each
 * result to the sink with its run index; {@link BatchRunner} stores it there, so the output does
 * not depend on where or in which order runs finished.
 */
public interface RunExecutor {

    /** Takes each finished run; called from whichever thread finished it, once per index. */
    @FunctionalInterface
    interface Sink {
        void finished(int index, RunResult result);
    }

    /**
     * Runs indices {@code 0 .. total-1} and blocks until every one has finished or, after
     * {@link #cancel()}, until nothing more will be handed to the sink.
     *
     * @param progress  told of changes the executor knows about beyond finished runs (cluster members)
     * @throws RuntimeException the failure of the run of lowest index, when a run failed
     */
    void execute(int total, Sink sink, Progress progress);

    /** Starts no new run; safe from any thread (a shutdown hook). */
    void cancel();
}
