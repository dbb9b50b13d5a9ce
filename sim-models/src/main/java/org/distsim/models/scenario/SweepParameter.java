package org.distsim.models.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One swept parameter: a name, the {@code --set} paths it sets and the values it takes, in order.
 * A sweep runs the cross product of its parameters; at each point every path of a parameter gets
 * the same value (the capacity of three caches moving together), applied exactly like
 * {@code --set path=value}, so it is validated like a value written in the file. Reports show the
 * name; a parameter of one path is named by its path, so its reports read as they always did.
 *
 * @param name    what reports call the parameter ({@code cache-size}, or the path itself)
 * @param paths   dotted paths as {@code --set} takes them ({@code workloads.clients.rate}); at least one
 * @param values  the values, as YAML text ({@code 800/s}); at least one
 */
public record SweepParameter(String name, List<String> paths, List<String> values) {

    public SweepParameter {
        Objects.requireNonNull(name, "name");
        paths = List.copyOf(paths);
        values = List.copyOf(values);
        if (name.isEmpty() || paths.isEmpty() || paths.contains("") || values.isEmpty()) {
            throw new IllegalArgumentException("a swept parameter needs a name, a path and at least one value");
        }
    }

    /** A parameter of one path, named by it. */
    public SweepParameter(String path, List<String> values) {
        this(path, List.of(path), values);
    }

    /** The {@code --set} arguments that put every path of this parameter at {@code value}. */
    public List<String> overrides(String value) {
        List<String> overrides = new ArrayList<>(paths.size());
        for (String path : paths) {
            overrides.add(path + "=" + value);
        }
        return overrides;
    }
}
