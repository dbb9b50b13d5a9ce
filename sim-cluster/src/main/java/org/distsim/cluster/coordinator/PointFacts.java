package org.distsim.cluster.coordinator;

import java.util.HashMap;
import java.util.Map;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioException;

/**
 * The facts of each design point of a batch (topology, markers inside the run, objectives), which
 * a result from a member arrives without: they follow from the scenario alone, so the coordinator
 * computes them from the same bytes the members loaded, once per point, and a cluster result
 * equals the local one. Used by the coordinator's calling thread only.
 */
final class PointFacts {

    private final BatchPlan plan;
    private final Map<Integer, RunFacts> byPoint = new HashMap<>();

    PointFacts(BatchPlan plan) {
        this.plan = plan;
    }

    /** {@code result}, run {@code index} of the plan, with its point's facts. */
    RunResult attach(int index, RunResult result) {
        int point = index / plan.replications();
        RunFacts facts = byPoint.get(point);
        if (facts == null) {
            facts = compute(point);
            byPoint.put(point, facts);
        }
        return result.withFacts(facts);
    }

    private RunFacts compute(int point) {
        try {
            return ScenarioRunner.facts(plan.bundle().load(plan.points().get(point)),
                    new RunOptions(plan.seed(), plan.durationNanos(), 0, null));
        } catch (ScenarioException e) {
            // The command loaded and validated these very bytes before the batch started.
            throw new IllegalStateException("design point " + point + " no longer loads: " + e.getMessage(), e);
        }
    }
}
