package org.distsim.cluster.task;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.check.InvariantViolation;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;

/**
 * Runs tasks on a member: loads the task's scenario from its bundle, runs it with the task's
 * options on the calling thread, and turns whatever happens into a {@link TaskOutcome}, so nothing
 * but data goes back to the coordinator.
 *
 * <p>The replications of one design point share a loaded scenario (it is immutable, and a local
 * batch shares it the same way), kept in a small least-recently-used cache keyed by the bundle's
 * digest and the overrides. Thread-safe.
 */
public final class TaskRunner {

    /** Loaded scenarios kept: a member usually works on a few design points at a time. */
    static final int CACHED_SCENARIOS = 16;

    private final Map<String, Scenario> cache = new LinkedHashMap<>(CACHED_SCENARIOS, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Scenario> eldest) {
            return size() > CACHED_SCENARIOS;
        }
    };

    /** Runs {@code task}; never throws. */
    public TaskOutcome run(RunTask task) {
        try {
            Scenario scenario = scenario(task);
            RunResult result = ScenarioRunner.run(scenario,
                    new RunOptions(task.seed(), task.durationNanos(), task.replication(), null));
            return new TaskOutcome.Finished(result);
        } catch (InvariantViolation e) {
            return new TaskOutcome.Broken(e);
        } catch (ScenarioException e) {
            // The coordinator loaded the same bytes without a problem, so this is not the user's input.
            return new TaskOutcome.Failed(TaskOutcome.Kind.RUN_FAILED,
                    "the scenario did not load on the member as it did on the coordinator: " + e.getMessage(), "");
        } catch (OutOfMemoryError e) {
            return new TaskOutcome.Failed(TaskOutcome.Kind.OUT_OF_MEMORY,
                    "the run needs more memory than the member's Java heap allows", stackTrace(e));
        } catch (RuntimeException | Error e) {
            String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getName() : e.getMessage();
            return new TaskOutcome.Failed(TaskOutcome.Kind.RUN_FAILED, message, stackTrace(e));
        }
    }

    private Scenario scenario(RunTask task) throws ScenarioException {
        String key = key(task.bundle(), task.overrides());
        synchronized (cache) {
            Scenario cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Loaded outside the lock: two threads may load the same point once each, which is harmless.
        Scenario loaded = task.bundle().load(task.overrides());
        synchronized (cache) {
            cache.put(key, loaded);
        }
        return loaded;
    }

    private static String key(ScenarioBundle bundle, List<String> overrides) {
        StringBuilder key = new StringBuilder(bundle.digest());
        for (String override : overrides) {
            key.append('\n').append(override.length()).append(':').append(override);
        }
        return key.toString();
    }

    private static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
