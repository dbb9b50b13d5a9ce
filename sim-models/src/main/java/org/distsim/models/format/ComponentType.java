package org.distsim.models.format;

import java.util.List;
import java.util.Objects;
import org.distsim.core.facts.Layer;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;

/**
 * A component that a scenario can declare by {@code type:}, with the record that configures it.
 *
 * @param name         the {@code type:} value, kebab-case ({@code open-loop})
 * @param kind         whether it is declared under {@code nodes:} or {@code workloads:}
 * @param layer        its column on a system-design diagram ({@link Layer#CLIENTS} for workloads)
 * @param configType   the record of its knobs; the loader passes an instance to the actor
 * @param description  one line for {@code distsim list} and the reference
 * @param knobs        the knobs of {@code configType}, in declaration order
 * @param figures      every figure its actor may record, in declaration order (a group node: its
 *                     front's; the members' are {@link GroupFactory#memberFigures()})
 * @param factory      builds the component's actor; null for group types and types made up in tests
 * @param group        builds the front and member actors of a group node; null for a single actor
 */
public record ComponentType(
        String name, Kind kind, Layer layer, Class<? extends Record> configType, String description,
        List<KnobSpec> knobs, List<FigureSpec> figures, ComponentFactory<? extends Record> factory,
        GroupFactory<? extends Record> group) {

    public ComponentType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(configType, "configType");
        Objects.requireNonNull(description, "description");
        knobs = List.copyOf(knobs);
        figures = List.copyOf(figures);
        if ((kind == Kind.WORKLOAD) != (layer == Layer.CLIENTS)) {
            throw new IllegalArgumentException("component type " + name + ": workloads, and only workloads, are clients");
        }
    }

    /** The type of the given name, kind and layer, with the knobs read from {@code configType}. */
    public static <C extends Record> ComponentType of(String name, Kind kind, Layer layer, Class<C> configType,
            ComponentFactory<C> factory, List<FigureSpec> figures, String description) {
        return new ComponentType(name, kind, layer, configType, description, KnobSpec.of(configType), figures, factory,
                null);
    }

    /** A type with no actor and no figures, for tests of the format alone. */
    public static ComponentType of(String name, Kind kind, Class<? extends Record> configType, String description) {
        return new ComponentType(name, kind, kind == Kind.WORKLOAD ? Layer.CLIENTS : Layer.SERVICES, configType,
                description, KnobSpec.of(configType), List.of(), null, null);
    }

    /** A node type that expands into a front actor and members, see {@link GroupFactory}. */
    public static <C extends Record> ComponentType group(String name, Layer layer, Class<C> configType,
            GroupFactory<C> group, List<FigureSpec> frontFigures, String description) {
        return new ComponentType(name, Kind.NODE, layer, configType, description, KnobSpec.of(configType),
                frontFigures, null, group);
    }

    /** Whether a node of this type expands into members. */
    public boolean isGroup() {
        return group != null;
    }

    /** The members a validated configuration asks for, with fresh run state; fails for a single-actor type. */
    @SuppressWarnings("unchecked")
    public Group membersOf(String nodeName, Object config) {
        GroupFactory<Record> factory = (GroupFactory<Record>) requireGroup();
        Record typed = configType.cast(config);
        return Group.of(nodeName, factory.size(typed), factory.newRunState(typed));
    }

    /** Builds the front actor of a group node. */
    @SuppressWarnings("unchecked")
    public Actor createFront(ActorContext context, Object config, Group members) {
        return ((GroupFactory<Record>) requireGroup()).front(context, configType.cast(config), members);
    }

    /** Builds member {@code index} (from 1) of a group node. */
    @SuppressWarnings("unchecked")
    public Actor createMember(ActorContext context, Object config, Group members, int index) {
        return ((GroupFactory<Record>) requireGroup()).member(context, configType.cast(config), members, index);
    }

    private GroupFactory<? extends Record> requireGroup() {
        if (group == null) {
            throw new IllegalStateException("component type '" + name + "' is not a group");
        }
        return group;
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
