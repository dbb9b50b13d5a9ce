package org.distsim.models.scenario;

import java.util.List;
import java.util.Objects;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;

/**
 * A component that a scenario can declare by {@code type:}, with the record that configures it.
 *
 * @param name         the {@code type:} value, kebab-case ({@code open-loop})
 * @param kind         whether it is declared under {@code nodes:} or {@code workloads:}
 * @param configType   the record of its knobs; the loader passes an instance to the actor
 * @param description  one line for {@code distsim list} and the reference
 * @param knobs        the knobs of {@code configType}, in declaration order
 * @param factory      builds the component's actor; null only for types made up in tests
 */
public record ComponentType(
        String name, Kind kind, Class<? extends Record> configType, String description, List<KnobSpec> knobs,
        ComponentFactory<? extends Record> factory) {

    public ComponentType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(configType, "configType");
        Objects.requireNonNull(description, "description");
        knobs = List.copyOf(knobs);
    }

    /** The type of the given name and kind, with the knobs read from {@code configType}. */
    public static <C extends Record> ComponentType of(
            String name, Kind kind, Class<C> configType, ComponentFactory<C> factory, String description) {
        return new ComponentType(name, kind, configType, description, KnobSpec.of(configType), factory);
    }

    /** A type with no actor, for tests of the format alone. */
    public static ComponentType of(String name, Kind kind, Class<? extends Record> configType, String description) {
        return new ComponentType(name, kind, configType, description, KnobSpec.of(configType), null);
    }

    /** Builds this component's actor around its configuration. */
    @SuppressWarnings("unchecked")
    public Actor create(ActorContext context, Object config) {
        if (factory == null) {
            throw new IllegalStateException("component type '" + name + "' has no actor");
        }
        return ((ComponentFactory<Record>) factory).create(context, configType.cast(config));
    }
}
