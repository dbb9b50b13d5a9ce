package org.distsim.models.format;

import java.util.List;

/**
 * A component's configuration with rules that relate several of its knobs by name (a call that
 * names another call), which a record's constructor cannot report at the value at fault. The loader
 * asks each bound node for its problems and reports each at the file position of its path.
 */
public interface CrossChecked {

    /** The problems found, in the order the knobs are written; empty when there are none. */
    List<KnobProblem> crossCheck();

    /**
     * One problem.
     *
     * @param path       where the value at fault is written, relative to the component: keys
     *                   ({@code String}) and list indexes ({@code Integer}), as {@code calls, 2, on, call}
     * @param message    what is wrong, naming the value
     * @param expected   what would be right
     * @param input      the value written, for a "did you mean"; null for none
     * @param candidates the names the value could have been, for a "did you mean"
     */
    record KnobProblem(List<Object> path, String message, String expected, String input, List<String> candidates) {

        public KnobProblem {
            path = List.copyOf(path);
            candidates = List.copyOf(candidates);
        }
    }
}
