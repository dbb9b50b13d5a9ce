package org.distsim.models.service;

import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;

/** Loads scenario text and runs it once, for the tests of this package. */
final class Runs {

    private Runs() {
    }

    static RunResult run(String yaml, String... overrides) {
        try {
            return ScenarioRunner.run(ScenarioLoader.load("test.yaml", yaml, List.of(overrides)), RunOptions.defaults());
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A node figure (a counter's total after the warm-up), as a double; 0 when the figure is absent. */
    static double figure(RunResult result, String node, String figure) {
        Number value = result.nodes().get(node).figures().get(figure);
        return value == null ? 0 : value.doubleValue();
    }

    /** One column of the time series. */
    static List<Double> column(RunResult result, String column) {
        List<Double> values = result.series().values(column);
        if (values == null) {
            throw new AssertionError("no column " + column + " in " + result.series().byKey().keySet());
        }
        return values;
    }

    /** The index of the first interval whose value is positive at or after {@code from}; -1 when none. */
    static int firstPositive(List<Double> values, int from) {
        for (int i = from; i < values.size(); i++) {
            if (values.get(i) != null && values.get(i) > 0) {
                return i;
            }
        }
        return -1;
    }
}
