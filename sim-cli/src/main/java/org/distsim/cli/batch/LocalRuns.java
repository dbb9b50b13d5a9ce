package org.distsim.cli.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;

/**
 * Runs a batch on a fixed pool of local threads. Run {@code index} is
 * {@code ScenarioRunner.run(points[index / replications], base.withReplication(index % replications))}:
 * the same seed at every point (common random numbers) and a different stream per replication.
 */
public final class LocalRuns implements RunExecutor {

    private final List<Scenario> points;
    private final RunOptions base;
    private final int replications;
    private final int threads;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param points        the configurations, each already loaded and validated
     * @param base          seed and duration overrides; its replication index is replaced
     * @param replications  runs per point, at least 1
     * @param threads       worker threads, at least 1
     */
    public LocalRuns(List<Scenario> points, RunOptions base, int replications, int threads) {
        this.points = List.copyOf(points);
        this.base = Objects.requireNonNull(base, "base");
        if (replications < 1 || threads < 1) {
            throw new IllegalArgumentException("need at least one replication and one thread");
        }
        this.replications = replications;
        this.threads = threads;
    }

    @Override
    public void execute(int total, Sink sink, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, total)), daemonThreads());
        try {
            List<Future<?>> futures = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                int index = i;
                futures.add(pool.submit(() -> runOne(index, sink)));
            }
            Throwable failure = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
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

    private void runOne(int index, Sink sink) {
        if (cancelled.get()) {
            return;
        }
        Scenario scenario = points.get(index / replications);
        sink.finished(index, ScenarioRunner.run(scenario, base.withReplication(index % replications)));
    }

    /** Starts no new run; runs under way finish and are kept. */
    @Override
    public void cancel() {
        cancelled.set(true);
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
