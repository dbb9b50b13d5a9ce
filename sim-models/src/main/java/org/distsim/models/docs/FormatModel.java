package org.distsim.models.docs;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.models.format.KnobSpec;
import org.distsim.models.format.Names;
import org.distsim.models.format.ValueKind;

/**
 * Reads the whole scenario format back from its definitions, for the generated reference and the
 * JSON Schema: the value kind of a knob at any list depth, the enum values, and every nested record
 * of knobs reachable from a record, named as the reference and the schema name it.
 */
final class FormatModel {

    private FormatModel() {
    }

    /** A record type known to be one (fault actions, distribution forms). */
    static Class<? extends Record> record(Class<?> type) {
        return type.asSubclass(Record.class);
    }

    /** The innermost element type of a knob's type ({@code String} for {@code List<List<String>>}). */
    static Type leaf(Type type) {
        Type leaf = type;
        while (KnobSpec.elementType(leaf) != null) {
            leaf = KnobSpec.elementType(leaf);
        }
        return leaf;
    }

    /** How many lists deep the knob's values are: 0 for a plain value. */
    static int listDepth(Type type) {
        int depth = 0;
        for (Type t = type; KnobSpec.elementType(t) != null; t = KnobSpec.elementType(t)) {
            depth++;
        }
        return depth;
    }

    /** The kind of the innermost values of a knob (for {@code List<String>} of node names, NODE_REF). */
    static ValueKind leafKind(KnobSpec knob) {
        return KnobSpec.kindOf(leaf(knob.javaType()), knob.format(), knob.component());
    }

    /** The record of the innermost values, when they are mappings; otherwise null. */
    static Class<? extends Record> leafRecord(KnobSpec knob) {
        return leafKind(knob) == ValueKind.MAPPING ? ((Class<?>) leaf(knob.javaType())).asSubclass(Record.class) : null;
    }

    /** The YAML spellings of an enum's constants, in declaration order. */
    static List<String> enumValues(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            values.add(Names.enumValue((Enum<?>) constant));
        }
        return values;
    }

    /** The enum type of a knob's values, or null. */
    static Class<?> leafEnum(KnobSpec knob) {
        return leafKind(knob) == ValueKind.ENUM ? (Class<?>) leaf(knob.javaType()) : null;
    }

    /**
     * Every record of knobs nested in {@code roots}, depth first in knob order, each once, by the
     * name the reference and the schema give it.
     */
    static Map<String, Class<? extends Record>> nestedRecords(List<Class<? extends Record>> roots) {
        Map<String, Class<? extends Record>> found = new LinkedHashMap<>();
        for (Class<? extends Record> root : roots) {
            collect(root, found);
        }
        return found;
    }

    private static void collect(Class<? extends Record> type, Map<String, Class<? extends Record>> found) {
        for (KnobSpec knob : KnobSpec.of(type)) {
            Class<? extends Record> nested = leafRecord(knob);
            if (nested != null && !found.containsValue(nested)) {
                String name = recordName(nested);
                if (found.containsKey(name)) {
                    throw new IllegalStateException("two nested records are both called " + name + ": "
                            + found.get(name).getName() + " and " + nested.getName());
                }
                found.put(name, nested);
                collect(nested, found);
            }
        }
    }

    /** A nested record's name in the reference and the schema: {@code BreakerConfig} is {@code breaker}. */
    static String recordName(Class<?> type) {
        String simple = type.getSimpleName();
        if (simple.endsWith("Config") && simple.length() > "Config".length()) {
            simple = simple.substring(0, simple.length() - "Config".length());
        }
        return Names.kebab(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
    }
}
