package org.distsim.models.scenario;

import java.util.Objects;
import org.distsim.models.failure.FailureConfig;
import org.distsim.models.format.ComponentType;
import org.distsim.models.format.Kind;

/**
 * One declared node or workload: its name, its component type and its validated configuration.
 *
 * @param name    the key under {@code nodes:} or {@code workloads:}, unique across both
 * @param type    the component type the loader bound it by ({@code service}, {@code open-loop}),
 *                which also builds its actor
 * @param config  the configuration record of the type ({@code ServiceConfig}, ...)
 * @param failures the node's random failure process ({@code failures:}); null for none, and
 *                 always null for a workload
 */
public record ComponentSpec(String name, ComponentType type, Object config, FailureConfig failures) {

    /** A component that never fails at random. */
    public ComponentSpec(String name, ComponentType type, Object config) {
        this(name, type, config, null);
    }

    public ComponentSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(config, "config");
        if (!type.configType().isInstance(config)) {
            throw new IllegalArgumentException(type.name() + " " + name + " is configured by "
                    + config.getClass().getSimpleName() + ", not " + type.configType().getSimpleName());
        }
        if (failures != null && type.kind() != Kind.NODE) {
            throw new IllegalArgumentException("only nodes fail at random, not " + type.kind().noun() + " " + name);
        }
    }

    /** The {@code type:} name ({@code service}, {@code open-loop}). */
    public String typeName() {
        return type.name();
    }

    /** Whether it was declared as a node or a workload. */
    public Kind kind() {
        return type.kind();
    }

    /** The configuration as the given record type; fails when the component is of another type. */
    public <C> C config(Class<C> configType) {
        if (!configType.isInstance(config)) {
            throw new IllegalStateException(kind().noun() + " " + name + " is a " + type.name() + ", configured by "
                    + config.getClass().getSimpleName() + ", not " + configType.getSimpleName());
        }
        return configType.cast(config);
    }
}
