package org.distsim.models.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario could not be loaded. Holds every problem found, in document order (file problems by
 * line and column, then {@code --set} problems in argument order); the message is all of them,
 * formatted, one after another. Callers show the message and exit with status 2.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, in document order; never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
