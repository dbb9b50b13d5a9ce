package org.distsim.cli.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;

/**
 * Runs every (design point, replication) pair on a fixed pool of threads. Run (p, r) is
 * {@code ScenarioRunner.run(points[p], base.withReplication(r))}: the same seed at every point
 * (common random numbers) and a different stream per replication. Results are stored by index, so
 * what {@link #results()} returns does not depend on the number of threads or on which run
 * finished first.
 */
public final class BatchRunner {

    private final List<Scenario> points;
    private final RunOptions base;
    private final int replications;
    private final int threads;
    private final AtomicReferenceArray<RunResult> results;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger finished = new AtomicInteger();

    /**
     * @param points        the configurations, each already loaded and validated
     * @param base          seed and duration overrides; its replication index is replaced
     * @param replications  runs per point, at least 1
     * @param threads       worker threads, at least 1
     */
    public BatchRunner(List<Scenario> points, RunOptions base, int replications, int threads) {
        this.points = List.copyOf(points);
        this.base = Objects.requireNonNull(base, "base");
        if (replications < 1 || threads < 1) {
            throw new IllegalArgumentException("need at least one replication and one thread");
        }
        this.replications = replications;
        this.threads = threads;
        this.results = new AtomicReferenceArray<>(this.points.size() * replications);
    }

    /** Runs everything (or, after {@link #cancel()}, what had started); blocks until done. */
    public void run(Progress progress) {
        int total = results.length();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, total)), daemonThreads());
        try {
            List<Future<?>> futures = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                int index = i;
                futures.add(pool.submit(() -> runOne(index, progress)));
            }
            Throwable failure = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    cancel();
                    if (failure == null) {
                        failure = e.getCause();
                    }
                } catch (InterruptedException e) {
                    cancel();
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (failure instanceof RuntimeException runtime) {
                // The first failure in index order, whatever order the runs failed in.
                throw runtime;
            }
            if (failure instanceof Error error) {
                // OutOfMemoryError and friends keep their type, so the command can say what to do.
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(1, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void runOne(int index, Progress progress) {
        if (cancelled.get()) {
            return;
        }
        Scenario scenario = points.get(index / replications);
        RunResult result = ScenarioRunner.run(scenario, base.withReplication(index % replications));
        results.set(index, result);
        finished.incrementAndGet();
        progress.step();
    }

    /** Starts no new run; runs under way finish and are kept. Safe from any thread (a shutdown hook). */
    public void cancel() {
        cancelled.set(true);
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

    /** Worker threads that never keep the JVM alive (an interrupted batch exits without waiting for them). */
    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "distsim-run-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
