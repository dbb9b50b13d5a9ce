package org.distsim.models.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One swept parameter: a {@code --set} path and the values it takes, in order. A sweep runs the
 * cross product of its parameters; each value is YAML text, applied exactly like
 * {@code --set path=value}, so it is validated like a value written in the file.
 *
 * @param path    a dotted path as {@code --set} takes it ({@code workloads.clients.rate})
 * @param values  the values, as YAML text ({@code 800/s}); at least one
 */
public record SweepParameter(String path, List<String> values) {

    public SweepParameter {
        Objects.requireNonNull(path, "path");
        values = List.copyOf(values);
        if (path.isEmpty() || values.isEmpty()) {
            throw new IllegalArgumentException("a swept parameter needs a path and at least one value");
        }
    }

    /** The {@code --set} argument that puts this parameter at its {@code index}-th value. */
    public String override(int index) {
        return path + "=" + values.get(index);
    }
}
