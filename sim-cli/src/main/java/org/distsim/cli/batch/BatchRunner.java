package org.distsim.cli.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.scenario.Scenario;

/**
 * Runs every (design point, replication) pair of a batch through a {@link RunExecutor} and stores
 * each result at its index, point-major: run (p, r) is index {@code p * replications + r}. What
 * {@link #results(int)} returns therefore does not depend on the number of threads or members, nor
 * on which run finished first.
 */
public final class BatchRunner {

    private final int replications;
    private final RunExecutor executor;
    private final AtomicReferenceArray<RunResult> results;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger finished = new AtomicInteger();

    /**
     * A batch on local threads.
     *
     * @param points        the configurations, each already loaded and validated
     * @param base          seed and duration overrides; its replication index is replaced
     * @param replications  runs per point, at least 1
     * @param threads       worker threads, at least 1
     */
    public BatchRunner(List<Scenario> points, RunOptions base, int replications, int threads) {
        this(points.size(), replications, new LocalRuns(points, base, replications, threads));
    }

    /**
     * A batch of {@code points} configurations, {@code replications} runs each, on {@code executor}.
     */
    public BatchRunner(int points, int replications, RunExecutor executor) {
        if (points < 1 || replications < 1) {
            throw new IllegalArgumentException("need at least one point and one replication");
        }
        this.replications = replications;
        this.executor = Objects.requireNonNull(executor, "executor");
        this.results = new AtomicReferenceArray<>(points * replications);
    }

    /** Runs everything (or, after {@link #cancel()}, what had started); blocks until done. */
    public void run(Progress progress) {
        executor.execute(results.length(), (index, result) -> {
            if (results.compareAndSet(index, null, result)) {
                finished.incrementAndGet();
                progress.step();
            }
        }, progress);
    }

    /** Starts no new run; what finished is kept. Safe from any thread (a shutdown hook). */
    public void cancel() {
        cancelled.set(true);
        executor.cancel();
    }

    /** Whether {@link #cancel()} was called. */
    public boolean cancelled() {
        return cancelled.get();
    }

    /** How many runs in all. */
    public int total() {
        return results.length();
    }

    /** How many runs have finished so far. */
    public int finished() {
        return finished.get();
    }

    /**
     * The finished runs of point {@code p}, in replication order; a snapshot, safe to call while
     * runs are still going (for an interrupted batch).
     */
    public List<RunResult> results(int p) {
        List<RunResult> finishedRuns = new ArrayList<>(replications);
        for (int r = 0; r < replications; r++) {
            RunResult result = results.get(p * replications + r);
            if (result != null) {
                finishedRuns.add(result);
            }
        }
        return finishedRuns;
    }
}
