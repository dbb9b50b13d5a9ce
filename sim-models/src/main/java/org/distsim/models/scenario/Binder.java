package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.distsim.core.random.Constant;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.Bandwidth;
import org.distsim.models.format.ByteSize;
import org.distsim.models.format.ComponentType;
import org.distsim.models.format.Knob;
import org.distsim.models.format.KnobSpec;
import org.distsim.models.format.Names;
import org.distsim.models.format.SizeDistribution;
import org.distsim.models.format.ValueKind;

/**
 * Binds a subtree to a record of {@link Knob knobs}, reporting every problem it finds rather than
 * stopping at the first: unknown keys, missing required keys, values of the wrong type or unit,
 * values out of range, names that are not declared, and parameters that the record's own
 * constructor rejects. A record is constructed only when all of its knobs were read; otherwise
 * the caller gets {@code null} and the problems say why.
 */
public final class Binder {

    /** Stands for "a problem was reported for this value"; never escapes the binder. */
    private static final Object FAILED = new Object();

    private static final ClassValue<List<KnobSpec>> KNOBS = new ClassValue<>() {
        @Override
        protected List<KnobSpec> computeValue(Class<?> type) {
            return KnobSpec.of(type.asSubclass(Record.class));
        }
    };

    private final Locations locations;
    private final Problems problems;
    private final References references;

    Binder(Locations locations, Problems problems, References references) {
        this.locations = locations;
        this.problems = problems;
        this.references = references;
    }

    /** The knobs of a record type, cached. */
    static List<KnobSpec> knobs(Class<?> type) {
        return KNOBS.get(type);
    }

    /**
     * Binds the mapping at {@code path} to a new {@code type}, a record of knobs.
     *
     * @param extraKeys  keys that the caller reads itself ({@code type}, {@code dist}); they are not unknown
     * @return the record, or null when a problem was reported
     */
    <R> R bindRecord(Class<R> type, JsonNode node, NodePath path, Collection<String> extraKeys) {
        List<KnobSpec> knobs = knobs(type);
        Set<String> known = keys(knobs, extraKeys);
        if (!node.isObject()) {
            problems.add(locations.value(path), path, Values.describe(node) + " is not a mapping",
                    "a mapping with keys " + Suggestions.oneOf(known).substring("one of: ".length()), null);
            return null;
        }
        // A misspelt required key is reported once, as unknown with a suggestion, not also as missing.
        Set<String> suggested = reportUnknownKeys(node, path, known);
        Object[] arguments = new Object[knobs.size()];
        boolean complete = true;
        for (int i = 0; i < knobs.size(); i++) {
            KnobSpec knob = knobs.get(i);
            Object value = suggested.contains(knob.key()) && node.get(knob.key()) == null
                    ? FAILED
                    : bindKnob(knob, node.get(knob.key()), path.key(knob.key()), path);
            if (value == FAILED) {
                complete = false;
            } else {
                arguments[i] = value;
            }
        }
        return complete ? construct(type, arguments, path) : null;
    }

    /**
     * Binds one knob.
     *
     * @param node   the knob's value, or null when the key is absent
     * @param path   where the value is
     * @param owner  the mapping that should hold the key; a missing key is reported there
     * @return the value (null for an absent optional knob), or {@link #FAILED}
     */
    private Object bindKnob(KnobSpec knob, JsonNode node, NodePath path, NodePath owner) {
        if (node == null) {
            if (!knob.defaultValue().isEmpty()) {
                return defaultValue(knob);
            }
            if (knob.optional()) {
                return null;
            }
            problems.add(locations.key(owner), owner, "missing required key \"" + knob.key() + "\"",
                    expected(knob, knob.kind()), null);
            return FAILED;
        }
        if (Values.isEmpty(node) && knob.kind() != ValueKind.STRING) {
            if (knob.optional()) {
                return null;
            }
            problems.add(locations.value(path), path, "missing value", expected(knob, knob.kind()), null);
            return FAILED;
        }
        return convert(knob.javaType(), knob, node, path);
    }

    /**
     * Binds a value that stands for a whole record of one knob ({@code crash: db} for
     * {@code Crash(String node)}).
     *
     * @return the record, or null when a problem was reported
     */
    <R> R bindScalarRecord(Class<R> type, JsonNode node, NodePath path) {
        List<KnobSpec> knobs = knobs(type);
        if (knobs.size() != 1) {
            throw new IllegalArgumentException(type.getName() + " has " + knobs.size() + " knobs, not 1");
        }
        Object value = bindKnob(knobs.get(0), node, path, path.parent());
        return value == FAILED ? null : construct(type, new Object[] {value}, path);
    }

    private Object convert(Type type, KnobSpec knob, JsonNode node, NodePath path) {
        Type element = KnobSpec.elementType(type);
        if (element != null) {
            return convertList(element, knob, node, path);
        }
        Class<?> raw = (Class<?>) type;
        ValueKind kind = KnobSpec.kindOf(raw, knob.format(), knob.component());
        try {
            return switch (kind) {
                case MAPPING -> orFailed(bindRecord(raw, node, path, List.of()));
                case DISTRIBUTION -> convertDistribution(node, path);
                case SIZE -> convertSize(node, path);
                case BANDWIDTH -> bandwidth(node);
                case BYTES -> byteSize(node);
                case INTEGER, LONG, NUMBER, DURATION, RATE -> convertOrdered(kind, knob, node);
                case BOOLEAN -> Values.bool(node);
                case STRING -> Values.string(node);
                case ENUM -> Values.enumConstant(raw, node);
                case PROBABILITY -> Values.probability(node);
                case NODE_REF, ACTOR_REF, WORKLOAD_REF, PLACE_REF -> {
                    String name = Values.string(node);
                    references.check(kind, name);
                    yield name;
                }
                case LIST -> throw new IllegalStateException("lists are handled above");
            };
        } catch (BadValue e) {
            problems.add(locations.value(path), path, e.getMessage(), e.expected(), e.suggestion());
            return FAILED;
        }
    }

    private Object convertList(Type element, KnobSpec knob, JsonNode node, NodePath path) {
        if (!node.isArray()) {
            problems.add(locations.value(path), path, Values.describe(node) + " is not a list",
                    "a list like [a, b]", null);
            return FAILED;
        }
        List<Object> items = new ArrayList<>(node.size());
        boolean complete = true;
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            NodePath itemPath = path.index(i);
            Object value;
            if (Values.isEmpty(item)) {
                problems.add(locations.value(itemPath), itemPath, "missing value", null, null);
                value = FAILED;
            } else {
                value = convert(element, knob, item, itemPath);
            }
            complete &= value != FAILED;
            items.add(value);
        }
        return complete ? List.copyOf(items) : FAILED;
    }

    private Object convertOrdered(ValueKind kind, KnobSpec knob, JsonNode node) throws BadValue {
        String expected = expected(knob, kind);
        BigDecimal magnitude = Values.magnitude(kind, node, expected);
        String got = Values.shown(node);
        if (!knob.min().isEmpty()) {
            int c = magnitude.compareTo(Values.bound(kind, knob.min()));
            if (c < 0 || (c == 0 && knob.minExclusive())) {
                throw new BadValue((knob.minExclusive() ? "must be greater than " : "must be at least ")
                        + knob.min() + ", got " + got, null);
            }
        }
        if (!knob.max().isEmpty()) {
            int c = magnitude.compareTo(Values.bound(kind, knob.max()));
            if (c > 0 || (c == 0 && knob.maxExclusive())) {
                throw new BadValue((knob.maxExclusive() ? "must be less than " : "must be at most ")
                        + knob.max() + ", got " + got, null);
            }
        }
        return Values.materialize(kind, magnitude, expected);
    }

    private static ByteSize byteSize(JsonNode node) throws BadValue {
        if (!node.isTextual() && !(node.isNumber() && node.asDouble() == 0)) {
            throw new BadValue(Values.describe(node) + " is not a size", ValueKind.BYTES.expected());
        }
        return new ByteSize(Sizes.bytes(node.asText()));
    }

    private static Bandwidth bandwidth(JsonNode node) throws BadValue {
        if (!node.isTextual()) {
            throw new BadValue(Values.describe(node) + " is not a bandwidth", ValueKind.BANDWIDTH.expected());
        }
        return new Bandwidth(Sizes.bytesPerSecond(node.textValue()));
    }

    /**
     * A size distribution: the values of a duration's distribution, read as sizes and handed to
     * {@link #convertDistribution} in whole bytes (as nanoseconds, the base unit it reads), so both
     * share one set of families and checks.
     */
    private Object convertSize(JsonNode node, NodePath path) throws BadValue {
        JsonNode inBytes = SizeValues.asBaseUnits(node, path, problems, locations);
        if (inBytes == null) {
            return FAILED;
        }
        Object distribution = convertDistribution(inBytes, path);
        if (distribution instanceof Constant fixed && fixed.value() > SizeDistribution.MAX_BYTES) {
            throw new BadValue("a message of " + Values.describe(node) + " is more than the 1TB one message may weigh",
                    ValueKind.SIZE.expected());
        }
        return distribution == FAILED ? FAILED : new SizeDistribution((Distribution) distribution);
    }

    private Object convertDistribution(JsonNode node, NodePath path) throws BadValue {
        if (node.isTextual() || node.isNumber()) {
            return new Constant(Values.magnitude(ValueKind.DURATION, node, Units.DURATION_EXPECTED).doubleValue());
        }
        List<String> names = DistributionForm.FAMILIES.stream().map(DistributionForm.Family::name).toList();
        if (!node.isObject()) {
            throw new BadValue(Values.describe(node) + " is not a distribution", ValueKind.DISTRIBUTION.expected());
        }
        JsonNode dist = node.get("dist");
        if (dist == null) {
            problems.add(locations.key(path), path, "missing required key \"dist\"",
                    "a distribution name, " + Suggestions.oneOf(names), null);
            return FAILED;
        }
        NodePath distPath = path.key("dist");
        if (!dist.isTextual()) {
            problems.add(locations.value(distPath), distPath, Values.describe(dist) + " is not a distribution name",
                    Suggestions.oneOf(names), null);
            return FAILED;
        }
        String name = dist.textValue();
        DistributionForm.Family family = DistributionForm.family(name).orElse(null);
        if (family == null) {
            problems.add(locations.value(distPath), distPath, "unknown distribution " + Units.quote(name),
                    Suggestions.oneOf(names), Suggestions.closest(name, names));
            return FAILED;
        }
        DistributionForm form = bindRecord(family.form(), node, path, List.of("dist"));
        if (form == null) {
            return FAILED;
        }
        try {
            Distribution built = form.build();
            if (built.mean() == Double.POSITIVE_INFINITY) {
                problems.warn(locations.value(path), path, "this " + name + " distribution has an infinite mean"
                        + (name.equals("pareto") ? " (a shape of 1 or less)" : " (it overflows a double)")
                        + ": no average over it settles however long the run, and draws longer than the whole run"
                        + " never end within it");
            }
            return built;
        } catch (IllegalArgumentException e) {
            problems.add(locations.value(path), path, "impossible " + name + " distribution: " + e.getMessage());
            return FAILED;
        }
    }

    /** Reports each key that is not in {@code known}; returns the keys suggested instead. */
    private Set<String> reportUnknownKeys(JsonNode node, NodePath path, Set<String> known) {
        Set<String> suggested = new LinkedHashSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!known.contains(key) && !key.equals("<<")) {
                NodePath keyPath = path.key(key);
                String suggestion = Suggestions.closest(key, known);
                problems.add(locations.key(keyPath), keyPath, "unknown key " + Units.quote(key),
                        Suggestions.oneOf(known), suggestion);
                if (suggestion != null) {
                    suggested.add(suggestion);
                }
            }
        }
        return suggested;
    }

    private <R> R construct(Class<R> type, Object[] arguments, NodePath path) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                // The record's own checks across knobs ("a link needs two different ends").
                problems.add(locations.value(path), path, invalid.getMessage());
                return null;
            }
            throw new IllegalStateException("constructing " + type.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    /** The default of a knob, read from its YAML text like a value in a file. */
    private Object defaultValue(KnobSpec knob) {
        Problems local = new Problems();
        Location here = new Location(0, "@Knob(defaultValue) of " + knob.component(), 1, 1);
        Locations where = new Locations(here);
        JsonNode node = YamlReader.read(knob.defaultValue(), (line, column) -> here, where, local);
        Object value = node == null || node.isMissingNode()
                ? FAILED
                : new Binder(where, local, References.NONE).convert(knob.javaType(), knob, node, NodePath.ROOT);
        if (value == FAILED || !local.isEmpty()) {
            throw new IllegalStateException("the default \"" + knob.defaultValue() + "\" of knob " + knob.component()
                    + " is invalid: " + local.sorted());
        }
        return value;
    }

    /** The value a knob takes when its key is absent: its default, bound; null for an optional knob. */
    public static Object defaultValueOf(KnobSpec knob) {
        if (knob.defaultValue().isEmpty()) {
            return null;
        }
        return new Binder(new Locations(new Location(0, "", 1, 1)), new Problems(), References.NONE).defaultValue(knob);
    }

    /** Whether each component type's defaults were checked, so that each is checked once per run of the JVM. */
    private static final ClassValue<Boolean> DEFAULTS_CHECKED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            checkDefaults(type.asSubclass(Record.class));
            return Boolean.TRUE;
        }
    };

    /**
     * {@link #checkDefaults} for a component type, the first time a scenario uses it.
     *
     * @throws IllegalArgumentException naming the type and its first bad default
     */
    static void checkDefaultsOnce(ComponentType type) {
        try {
            DEFAULTS_CHECKED.get(type.configType());
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(type.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that every default of a record of knobs (and of its nested records) is a valid value.
     *
     * @throws IllegalStateException naming the first bad default: a mistake in the source
     */
    static void checkDefaults(Class<? extends Record> type) {
        Binder binder = new Binder(new Locations(new Location(0, "", 1, 1)), new Problems(), References.NONE);
        for (KnobSpec knob : knobs(type)) {
            Type leaf = knob.javaType();
            while (KnobSpec.elementType(leaf) != null) {
                leaf = KnobSpec.elementType(leaf);
            }
            if (KnobSpec.kindOf(leaf, Knob.Format.PLAIN, knob.component()) == ValueKind.MAPPING) {
                checkDefaults(((Class<?>) leaf).asSubclass(Record.class));
            }
            if (!knob.defaultValue().isEmpty()) {
                binder.defaultValue(knob);
            }
            if (!knob.min().isEmpty()) {
                Values.bound(knob.kind(), knob.min());
            }
            if (!knob.max().isEmpty()) {
                Values.bound(knob.kind(), knob.max());
            }
        }
    }

    /** "an integer >= 1", "one of: constant, poisson": what a knob accepts, with bounds when they are plain numbers. */
    static String expected(KnobSpec knob, ValueKind kind) {
        if (kind == ValueKind.ENUM && knob.javaType() instanceof Class<?> type && type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                values.add(Names.enumValue((Enum<?>) constant));
            }
            return Suggestions.oneOf(values);
        }
        String base = kind.expected();
        if (kind != ValueKind.INTEGER && kind != ValueKind.LONG && kind != ValueKind.NUMBER) {
            return base;
        }
        String min = knob.min().isEmpty() ? "" : (knob.minExclusive() ? " > " : " >= ") + knob.min();
        String max = knob.max().isEmpty() ? "" : (knob.maxExclusive() ? " < " : " <= ") + knob.max();
        if (!min.isEmpty() && !max.isEmpty() && !knob.minExclusive() && !knob.maxExclusive()) {
            return base + " between " + knob.min() + " and " + knob.max();
        }
        return base + min + (min.isEmpty() || max.isEmpty() ? max : " and" + max);
    }

    private static Set<String> keys(List<KnobSpec> knobs, Collection<String> extraKeys) {
        Set<String> keys = new LinkedHashSet<>(extraKeys);
        for (KnobSpec knob : knobs) {
            keys.add(knob.key());
        }
        return keys;
    }

    private static Object orFailed(Object value) {
        return value == null ? FAILED : value;
    }
}
