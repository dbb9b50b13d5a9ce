package org.distsim.models.scenario;

import java.util.Objects;

/**
 * One mistake in a scenario, located like a compiler error.
 *
 * <p>For a mistake in a {@code --set} override, {@code file} is {@code "--set "} followed by the
 * argument, {@code line} is 0 and {@code column} is the 1-based position of the offending part
 * within the argument.
 *
 * @param file        the scenario file as given, or the {@code --set} argument
 * @param line        1-based line; 0 when the source is not a file
 * @param column      1-based column (code units of the line); 0 when unknown
 * @param path        where in the scenario, dotted ({@code nodes.server.service-time.mean},
 *                    {@code faults.2.at}); empty for the document as a whole
 * @param message     what is wrong
 * @param expected    what would be right ("one of: open-loop, service"), or null
 * @param suggestion  the likely intended value or key, or null
 */
public record Problem(
        String file, int line, int column, String path, String message, String expected, String suggestion) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /**
     * The problem as a person reads it:
     * <pre>
     * scenarios/cap.yaml:14:9: nodes.lb.type: unknown component type "lodbalancer"
     *   expected one of: open-loop, service
     *   did you mean "service"?
     * </pre>
     */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        out.append(": ");
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        out.append(message);
        if (expected != null) {
            out.append("\n  expected ").append(expected);
        }
        if (suggestion != null) {
            out.append("\n  did you mean \"").append(suggestion).append("\"?");
        }
        return out.toString();
    }
}
