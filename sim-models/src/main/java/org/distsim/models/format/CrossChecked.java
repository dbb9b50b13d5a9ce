package org.distsim.models.format;

import java.util.List;

/**
 * A component's configuration with rules that relate several of its knobs by name (a call that
 * names another call, or a call that waits for a cache's hit aimed at a node that is no cache),
 * which a record's constructor cannot report at the value at fault. The loader asks each bound node
 * for its problems and reports each at the file position of its path.
 */
public interface CrossChecked {

    /**
     * The problems found, in the order the knobs are written; empty when there are none.
     *
     * @param nodes what the rules may ask of the scenario's other nodes
     */
    List<KnobProblem> crossCheck(Nodes nodes);

    /** What a component's rules may ask of the other nodes of its scenario. */
    interface Nodes {

        /** The {@code type:} of node {@code name}; null when no node has that name (reported elsewhere). */
        String typeOf(String name);

        /**
         * Whether node {@code name}'s answers say hit or miss: a cache's do, and so do those of a
         * node that passes on its backends' answers (an edge node) when every backend's do. True
         * for an unknown name, which is reported elsewhere.
         */
        boolean answersHitOrMiss(String name);
    }

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
