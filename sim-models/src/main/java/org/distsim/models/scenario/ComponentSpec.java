package org.distsim.models.scenario;

import java.util.Objects;

/**
 * One declared node or workload: its name, its {@code type:} and its validated configuration.
 *
 * @param name    the key under {@code nodes:} or {@code workloads:}, unique across both
 * @param type    the component type name ({@code service}, {@code open-loop})
 * @param kind    whether it was declared as a node or a workload
 * @param config  the configuration record registered for the type ({@code ServiceConfig}, ...)
 */
public record ComponentSpec(String name, String type, Kind kind, Object config) {

    public ComponentSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(config, "config");
    }

    /** The configuration as the given record type; fails when the component is of another type. */
    public <C> C config(Class<C> configType) {
        if (!configType.isInstance(config)) {
            throw new IllegalStateException(kind.noun() + " " + name + " is a " + type + ", configured by "
                    + config.getClass().getSimpleName() + ", not " + configType.getSimpleName());
        }
        return configType.cast(config);
    }
}
