package org.distsim.models.scenario;

import java.util.Map;
import org.distsim.models.format.CrossChecked;
import org.distsim.models.format.Kind;

/**
 * Reports the problems of the bound nodes whose configuration relates knobs by name
 * ({@link CrossChecked}), each at the file position of the value at fault, with a "did you mean"
 * when the value is close to a valid name.
 */
final class CrossChecks {

    private final Locations locations;
    private final Problems problems;

    CrossChecks(Locations locations, Problems problems) {
        this.locations = locations;
        this.problems = problems;
    }

    void report(Map<String, ComponentSpec> nodes) {
        for (ComponentSpec node : nodes.values()) {
            if (!(node.config() instanceof CrossChecked checked)) {
                continue;
            }
            for (CrossChecked.KnobProblem problem : checked.crossCheck()) {
                NodePath path = NodePath.ROOT.key(Kind.NODE.section()).key(node.name());
                for (Object step : problem.path()) {
                    path = step instanceof Integer index ? path.index(index) : path.key((String) step);
                }
                String suggestion = problem.input() == null ? null
                        : Suggestions.closest(problem.input(), problem.candidates());
                problems.add(locations.value(path), path, problem.message(), problem.expected(), suggestion);
            }
        }
    }
}
