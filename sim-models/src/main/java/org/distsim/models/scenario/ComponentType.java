package org.distsim.models.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A component that a scenario can declare by {@code type:}, with the record that configures it.
 *
 * @param name         the {@code type:} value, kebab-case ({@code open-loop})
 * @param kind         whether it is declared under {@code nodes:} or {@code workloads:}
 * @param configType   the record of its knobs; the loader passes an instance to the actor
 * @param description  one line for {@code distsim list} and the reference
 * @param knobs        the knobs of {@code configType}, in declaration order
 */
public record ComponentType(
        String name, Kind kind, Class<? extends Record> configType, String description, List<KnobSpec> knobs) {

    public ComponentType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(configType, "configType");
        Objects.requireNonNull(description, "description");
        knobs = List.copyOf(knobs);
    }

    /** The type of the given name and kind, with the knobs read from {@code configType}. */
    public static ComponentType of(String name, Kind kind, Class<? extends Record> configType, String description) {
        return new ComponentType(name, kind, configType, description, KnobSpec.of(configType));
    }
}
