package org.distsim.models.format;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.distsim.core.random.Distribution;

/**
 * Everything the format says about one knob, read from a record component and its {@link Knob}.
 * The loader binds by it; the reference documentation and the JSON Schema are generated from it.
 *
 * @param key           the YAML key, kebab-case ({@code queue-capacity})
 * @param component     the record component's name ({@code queueCapacity})
 * @param javaType      the component's generic type ({@code int}, {@code List<List<String>>})
 * @param kind          how a value is written, from the type and the format
 * @param format        the {@link Knob#format()}
 * @param doc           the {@link Knob#doc()}
 * @param defaultValue  the default as YAML text, empty when there is none
 * @param optional      an absent key gives {@code null}
 * @param min           the lower bound as YAML text in the knob's unit, empty when unbounded
 * @param minExclusive  the value must be strictly above {@code min}
 * @param max           the upper bound as YAML text in the knob's unit, empty when unbounded
 * @param maxExclusive  the value must be strictly below {@code max}
 */
public record KnobSpec(
        String key,
        String component,
        Type javaType,
        ValueKind kind,
        Knob.Format format,
        String doc,
        String defaultValue,
        boolean optional,
        String min,
        boolean minExclusive,
        String max,
        boolean maxExclusive) {

    /** True when the key must be written: it has no default and is not optional. */
    public boolean required() {
        return defaultValue.isEmpty() && !optional;
    }

    /** The knobs of a record, in declaration order. Every component must carry {@link Knob}. */
    public static List<KnobSpec> of(Class<? extends Record> type) {
        List<KnobSpec> knobs = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            knobs.add(of(component));
        }
        return List.copyOf(knobs);
    }

    /**
     * The knob of one record component.
     *
     * @throws IllegalArgumentException when the annotation is missing or contradicts the type: this
     *     is a mistake in the model's source, found when the registry is built
     */
    public static KnobSpec of(RecordComponent component) {
        String where = component.getDeclaringRecord().getSimpleName() + "." + component.getName();
        Knob knob = component.getAnnotation(Knob.class);
        if (knob == null) {
            throw new IllegalArgumentException(where + " has no @Knob annotation");
        }
        Type type = component.getGenericType();
        ValueKind kind = kindOf(type, knob.format(), where);
        if (knob.optional() && !knob.defaultValue().isEmpty()) {
            throw new IllegalArgumentException(where + " is optional and has a default; it can only be one");
        }
        if (knob.optional() && component.getType().isPrimitive()) {
            throw new IllegalArgumentException(where + " is optional, so its type must not be primitive");
        }
        if ((!knob.min().isEmpty() || !knob.max().isEmpty()) && !isOrdered(kind)) {
            throw new IllegalArgumentException(where + " has bounds, but " + kind + " values have no order");
        }
        return new KnobSpec(Names.kebab(component.getName()), component.getName(), type, kind, knob.format(),
                knob.doc(), knob.defaultValue(), knob.optional(), knob.min(), knob.minExclusive(),
                knob.max(), knob.maxExclusive());
    }

    /** The kind of a value of the given type and format; for a list, the kind of the list itself. */
    public static ValueKind kindOf(Type type, Knob.Format format, String where) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            kindOf(parameterized.getActualTypeArguments()[0], format, where);
            return ValueKind.LIST;
        }
        if (!(type instanceof Class<?> raw)) {
            throw new IllegalArgumentException(where + " has unsupported type " + type.getTypeName());
        }
        ValueKind kind = plainKind(raw, where);
        return switch (format) {
            case PLAIN -> kind;
            case PROBABILITY -> expect(kind == ValueKind.NUMBER, ValueKind.PROBABILITY, where, "a double");
            case NODE_REF -> expect(kind == ValueKind.STRING, ValueKind.NODE_REF, where, "a String");
            case ACTOR_REF -> expect(kind == ValueKind.STRING, ValueKind.ACTOR_REF, where, "a String");
            case PLACE_REF -> expect(kind == ValueKind.STRING, ValueKind.PLACE_REF, where, "a String");
            case WORKLOAD_REF -> expect(kind == ValueKind.STRING, ValueKind.WORKLOAD_REF, where, "a String");
        };
    }

    /** For a {@code List<T>}, T; otherwise null. */
    public static Type elementType(Type type) {
        return type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class
                ? parameterized.getActualTypeArguments()[0]
                : null;
    }

    static boolean isOrdered(ValueKind kind) {
        return switch (kind) {
            case INTEGER, LONG, NUMBER, DURATION, RATE -> true;
            default -> false;
        };
    }

    private static ValueKind plainKind(Class<?> raw, String where) {
        if (raw == int.class || raw == Integer.class) {
            return ValueKind.INTEGER;
        } else if (raw == long.class || raw == Long.class) {
            return ValueKind.LONG;
        } else if (raw == double.class || raw == Double.class) {
            return ValueKind.NUMBER;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return ValueKind.BOOLEAN;
        } else if (raw == String.class) {
            return ValueKind.STRING;
        } else if (raw.isEnum()) {
            return ValueKind.ENUM;
        } else if (raw == Duration.class) {
            return ValueKind.DURATION;
        } else if (raw == Rate.class) {
            return ValueKind.RATE;
        } else if (raw == Distribution.class) {
            return ValueKind.DISTRIBUTION;
        } else if (raw == SizeDistribution.class) {
            return ValueKind.SIZE;
        } else if (raw == ByteSize.class) {
            return ValueKind.BYTES;
        } else if (raw == Bandwidth.class) {
            return ValueKind.BANDWIDTH;
        } else if (raw.isRecord()) {
            return ValueKind.MAPPING;
        }
        throw new IllegalArgumentException(where + " has unsupported type " + raw.getName());
    }

    private static ValueKind expect(boolean ok, ValueKind kind, String where, String javaType) {
        if (!ok) {
            throw new IllegalArgumentException(where + ": format " + kind + " needs " + javaType);
        }
        return kind;
    }

    /** True for a record of knobs (a nested mapping), false for other records such as distributions. */
    public static boolean isKnobRecord(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components != null && components.length > 0 && components[0].isAnnotationPresent(Knob.class);
    }

    /** The value of one record component. */
    public static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of "
                    + record.getClass().getName(), e);
        }
    }
}
