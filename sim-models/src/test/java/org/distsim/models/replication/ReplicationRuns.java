package org.distsim.models.replication;

import java.util.List;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.core.run.SimulationRun;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;

/** Loads scenario text, runs it, and keeps the simulation so tests can look at the members afterwards. */
final class ReplicationRuns {

    private ReplicationRuns() {
    }

    /** A finished run. */
    record Run(RunResult result, Simulation simulation) {

        /** A node figure as a double; 0 when absent (a lag of nothing is reported as null). */
        double figure(String node, String name) {
            Number value = result.nodes().get(node).figures().get(name);
            return value == null ? 0 : value.doubleValue();
        }

        /** A workload's own figure (stale reads, ...); 0 when absent. */
        double workloadFigure(String workload, String name) {
            Number value = workload(workload).figures().get(name);
            return value == null ? 0 : value.doubleValue();
        }

        WorkloadResult workload(String name) {
            return result.workloads().get(name);
        }

        /** The sum of one figure over the members {@code db-1 .. db-n}. */
        double total(String name, int members) {
            double sum = 0;
            for (int i = 1; i <= members; i++) {
                sum += figure("db-" + i, name);
            }
            return sum;
        }

        Actor actor(String name) {
            return simulation.actor(simulation.lookup(name));
        }

        /** The version of {@code key} member {@code name} holds. */
        long version(String name, long key) {
            Actor actor = actor(name);
            if (actor instanceof LeaderFollowerMember member) {
                return member.version(key);
            }
            return ((MultiLeaderMember) actor).version(key);
        }
    }

    static Run run(String yaml, String... overrides) {
        try {
            Scenario scenario = ScenarioLoader.load("replication-test.yaml", yaml, List.of(overrides));
            SimulationRun run = ScenarioRunner.build(scenario, RunOptions.defaults());
            return new Run(run.run(), run.simulation());
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
