package org.distsim.models.scenario;

/**
 * A place in the scenario's sources.
 *
 * @param source  0 for the scenario file, {@code i + 1} for the i-th {@code --set} argument;
 *                problems are ordered by it first
 * @param file    the file name, or {@code "--set "} and the argument
 * @param line    1-based line, 0 for an override
 * @param column  1-based column in the line, or in the override argument
 */
record Location(int source, String file, int line, int column) {

    Problem problem(NodePath path, String message, String expected, String suggestion) {
        return new Problem(file, line, column, path.dotted(), message, expected, suggestion);
    }
}
