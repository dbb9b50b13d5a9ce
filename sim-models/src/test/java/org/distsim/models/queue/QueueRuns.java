package org.distsim.models.queue;

import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;

/** Loads scenario text and runs it once, for the tests of this package. */
final class QueueRuns {

    private QueueRuns() {
    }

    static RunResult run(String yaml) {
        try {
            return ScenarioRunner.run(ScenarioLoader.load("queue.yaml", yaml, List.of()), RunOptions.defaults());
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A node figure as a double; fails when the node or the figure is absent. */
    static double figure(RunResult result, String node, String figure) {
        Number value = result.nodes().get(node).figures().get(figure);
        if (value == null) {
            throw new AssertionError("no figure " + figure + " on " + node + ": " + result.nodes().get(node).figures());
        }
        return value.doubleValue();
    }

    /** One column of the time series: one value per report interval. */
    static List<Double> column(RunResult result, String column) {
        List<Double> values = result.series().values(column);
        if (values == null) {
            throw new AssertionError("no column " + column + " in " + result.series().byKey().keySet());
        }
        return values;
    }

    /** Service nodes worker-1 .. worker-n, each c workers with a constant service time. */
    static String workers(int n, int c, String serviceTime) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            yaml.append("  worker-").append(i).append(": {type: service, workers: ").append(c)
                    .append(", service-time: ").append(serviceTime).append("}\n");
        }
        return yaml.toString();
    }

    /** [worker-1, ..., worker-n]. */
    static String consumerList(int n) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 1; i <= n; i++) {
            list.append(i == 1 ? "" : ", ").append("worker-").append(i);
        }
        return list.append(']').toString();
    }
}
