package org.distsim.models.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.distsim.core.facts.Layer;
import org.distsim.core.figure.FigureSpec;

/**
 * A set of component types a scenario may name in {@code type:}, each with its configuration
 * record. The standard set is {@code org.distsim.models.registry.ComponentCatalog#standard()};
 * tests of the format build their own. Immutable.
 *
 * <p>{@link Builder#build()} checks what can be checked from the types alone (names, the reserved
 * key, a group's size knob); the loader checks that every default binds before it uses a catalog.
 */
public final class ComponentCatalog {

    /** By name; a sorted map, so listings never depend on hash order. */
    private final TreeMap<String, ComponentType> types;

    private ComponentCatalog(TreeMap<String, ComponentType> types) {
        this.types = types;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The type of the given {@code type:} name, of either kind. */
    public Optional<ComponentType> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** Every type, sorted by name. */
    public List<ComponentType> types() {
        return List.copyOf(types.values());
    }

    /** The types of one kind, sorted by name. */
    public List<ComponentType> types(Kind kind) {
        return types.values().stream().filter(t -> t.kind() == kind).toList();
    }

    /** The names of the types of one kind, sorted. */
    public List<String> names(Kind kind) {
        return types(kind).stream().map(ComponentType::name).toList();
    }

    /** Collects component types; {@link #build()} checks each one's names and knobs. */
    public static final class Builder {

        private final List<ComponentType> types = new ArrayList<>();

        private Builder() {
        }

        /** A node type: its name, diagram layer, configuration record, actor, declared figures and description. */
        public <C extends Record> Builder node(String name, Layer layer, Class<C> configType,
                ComponentFactory<C> factory, List<FigureSpec> figures, String description) {
            return add(ComponentType.of(name, Kind.NODE, layer, configType, factory, figures, description));
        }

        /** A workload type: its name, configuration record, actor, declared figures and description. */
        public <C extends Record> Builder workload(String name, Class<C> configType, ComponentFactory<C> factory,
                List<FigureSpec> figures, String description) {
            return add(ComponentType.of(name, Kind.WORKLOAD, Layer.CLIENTS, configType, factory, figures,
                    description));
        }

        /** A node type that expands into a front actor and member actors, see {@link GroupFactory}. */
        public <C extends Record> Builder group(String name, Layer layer, Class<C> configType, GroupFactory<C> group,
                List<FigureSpec> frontFigures, String description) {
            return add(ComponentType.group(name, layer, configType, group, frontFigures, description));
        }

        /** A node type with no actor, for tests of the format alone. */
        public Builder node(String name, Class<? extends Record> configType, String description) {
            return add(ComponentType.of(name, Kind.NODE, configType, description));
        }

        /** A workload type with no actor, for tests of the format alone. */
        public Builder workload(String name, Class<? extends Record> configType, String description) {
            return add(ComponentType.of(name, Kind.WORKLOAD, configType, description));
        }

        public Builder add(ComponentType type) {
            types.add(type);
            return this;
        }

        /**
         * The registry.
         *
         * @throws IllegalArgumentException when a name is taken twice or is not kebab-case, when a
         *     record uses the reserved key {@code type}, or when a group's size knob is missing
         */
        public ComponentCatalog build() {
            TreeMap<String, ComponentType> byName = new TreeMap<>();
            for (ComponentType type : types) {
                if (!Names.isValidName(type.name())) {
                    throw new IllegalArgumentException("component type name \"" + type.name() + "\" is not kebab-case");
                }
                if (byName.put(type.name(), type) != null) {
                    throw new IllegalArgumentException("component type \"" + type.name() + "\" is registered twice");
                }
                if (type.knobs().stream().anyMatch(k -> k.key().equals("type"))) {
                    throw new IllegalArgumentException(type.configType().getName() + " has a knob named \"type\","
                            + " which is the key that selects the component");
                }
                if (type.isGroup()) {
                    checkSizeKnob(type);
                }
            }
            return new ComponentCatalog(byName);
        }

        private static void checkSizeKnob(ComponentType type) {
            String sizeKnob = type.group().sizeKnob();
            KnobSpec knob = type.knobs().stream().filter(k -> k.key().equals(sizeKnob)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("group type \"" + type.name()
                            + "\" names the size knob \"" + sizeKnob + "\", which " + type.configType().getName()
                            + " does not have"));
            if (knob.kind() != ValueKind.INTEGER || knob.defaultValue().isEmpty()) {
                throw new IllegalArgumentException("the size knob \"" + sizeKnob + "\" of group type \""
                        + type.name() + "\" must be an integer with a default");
            }
        }
    }

    @Override
    public String toString() {
        return "ComponentCatalog" + types.values().stream()
                .map(t -> t.name() + "=" + t.configType().getSimpleName())
                .toList();
    }
}
