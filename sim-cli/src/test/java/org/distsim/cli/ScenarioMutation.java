package org.distsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.distsim.models.format.ComponentCatalog;
import org.distsim.models.format.ComponentType;
import org.distsim.models.format.KnobSpec;
import org.distsim.models.format.ValueKind;
import org.distsim.models.registry.ComponentRegistry;

/**
 * One change a hostile author makes to a scenario, drawn once and replayable: the operation and
 * the numbers that choose where and what, so that a failing case can be replayed with fewer
 * mutations to find the ones that matter. Values come from pools of extreme but often valid
 * inputs per kind of knob (the kinds come from the component catalog, the same source as the
 * JSON Schema), so most mutants still load and reach the engine.
 */
record ScenarioMutation(Op op, int where, int what, int extra) {

    enum Op { VALUE, KNOB, DISTRIBUTION, DELETE, TYPO, TOP_LEVEL, FAULT }

    static final YAMLMapper YAML = new YAMLMapper();
    private static final ComponentCatalog CATALOG = ComponentRegistry.standard();

    private static final String[] DURATIONS = {"0s", "1ns", "1e300s", "2562047h", "1281023h", "1300000h", "-1s", "5",
        "0.5ns", "9223372036854775807ns", "1h", "1ms", "250us", "10s", "100y", "1000000h", "31536s"};
    private static final String[] RATES = {"0/s", "1/h", "1000000M/s", "9223372036854775807/s", "1e300/s", "-5/s",
        "0.0001/s", "500/s", "1k/ms", "3M/h", "600/s"};
    private static final String[] INTEGERS = {"0", "-1", "1", "2", "3", "100000", "2147483647", "9223372036854775807",
        "1e300", "many", "1.5"};
    private static final String[] NUMBERS = {"0", "1e-300", "1e300", "-1", "0.5", ".nan", ".inf", "1", "1000000",
        "4.9e-324"};
    private static final String[] PROBABILITIES = {"0%", "100%", "1.5", "-0.1", "99.999999%", "0.5", "1e-300", "1"};
    private static final String[] DISTRIBUTIONS = {"{dist: pareto, scale: 1ms, shape: 0.01}",
        "{dist: pareto, scale: 1ms, shape: 0.1}", "{dist: lognormal, mu: 13.8, sigma: 100}",
        "{dist: exponential, mean: 1h}", "{dist: constant, value: 2562047h}", "{dist: weibull, scale: 1ms, shape: 0.01}",
        "{dist: uniform, min: 0s, max: 1281023h}", "{dist: normal, mean: 1ms, sd: 1000000h}",
        "{dist: empirical, points: [{p: 0, value: 0s}, {p: 1, value: 2562047h}]}", "0s", "1ns",
        "{dist: lognormal, median: 1ns, p99: 2562047h}", "{dist: exponential, mean: 1ns}", "{dist: pareto}"};
    private static final String[] ANYTHING = {"null", "''", "[]", "{}", "[1, 2]", "{a: 1}", "true", "x", "0", "-1",
        "1e300", "\"\\u0000\"", "wbe"};
    private static final String[] FAULTS = {
        "{at: 1ms, slow: {node: %s, factor: 1e300}}", "{at: 0s, duration: 1ns, crash: %s}",
        "{at: 1s, slow: {node: %s, factor: 1e-300}}", "{at: 10ms, crash: %s}",
        "{at: 5ms, duration: 1281023h, slow: {node: %s, factor: 1000000}}",
        "{at: 1ms, degrade-link: {from: %s, to: %s, extra-latency: 2562047h, loss: 100%%}}",
        "{at: 1ms, partition: {groups: [[%s], [%s]]}}", "{at: 2ms, load-spike: {workload: %s, factor: 1000000}}",
        "{at: 1ns, restart: %s}"};

    /** A random mutation; {@code random} is the caller's seeded stream. */
    static ScenarioMutation draw(SplittableRandom random) {
        Op[] ops = Op.values();
        return new ScenarioMutation(ops[random.nextInt(ops.length)], random.nextInt(1 << 20), random.nextInt(1 << 20),
                random.nextInt(1 << 20));
    }

    /** Knobs whose size is paid for before the run starts (a generated graph, a key table). */
    private static final java.util.Set<String> SETUP_SIZES = java.util.Set.of("users", "count", "key-space");
    private static final int SETUP_SIZE_CAP = 5000;

    /**
     * The scenario with its set-up sizes capped at {@value #SETUP_SIZE_CAP}: the bundled fan-out
     * scenario generates a graph of a million users, which takes seconds per case, while the
     * fuzzer needs thousands of cases a minute. Mutations may still set any size.
     */
    static String scaledDown(String yaml) {
        try {
            JsonNode root = YAML.readTree(yaml);
            for (Slot slot : slots(root)) {
                if (slot.key() != null && SETUP_SIZES.contains(slot.key()) && slot.current().isIntegralNumber()
                        && slot.current().longValue() > SETUP_SIZE_CAP) {
                    slot.set(YAML.getNodeFactory().numberNode(SETUP_SIZE_CAP));
                }
            }
            return YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies the mutations in order to a copy of {@code yaml}'s tree and returns the mutant's text. */
    static String apply(String yaml, List<ScenarioMutation> mutations) {
        try {
            JsonNode root = YAML.readTree(yaml);
            if (!(root instanceof ObjectNode object)) {
                return yaml;
            }
            for (ScenarioMutation mutation : mutations) {
                mutation.applyTo(object);
            }
            return YAML.writeValueAsString(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void applyTo(ObjectNode root) throws IOException {
        switch (op) {
            case VALUE -> {
                List<Slot> slots = slots(root);
                Slot slot = slots.get(where % slots.size());
                slot.set(value(guessPool(slot.current())));
            }
            case KNOB -> knob(root);
            case DISTRIBUTION -> {
                List<Slot> slots = slots(root).stream()
                        .filter(s -> s.current().isObject() && s.current().has("dist")).toList();
                if (!slots.isEmpty()) {
                    slots.get(where % slots.size()).set(value(DISTRIBUTIONS));
                }
            }
            case DELETE -> {
                List<Slot> slots = slots(root);
                slots.get(where % slots.size()).remove();
            }
            case TYPO -> {
                List<Slot> slots = slots(root).stream().filter(s -> s.current().isTextual()).toList();
                if (!slots.isEmpty()) {
                    Slot slot = slots.get(where % slots.size());
                    slot.set(YAML.getNodeFactory().textNode(typo(slot.current().textValue())));
                }
            }
            case TOP_LEVEL -> {
                String[] keys = {"duration", "warmup", "report-interval", "seed", "network"};
                String key = keys[where % keys.length];
                switch (key) {
                    case "seed" -> root.set(key, value(INTEGERS));
                    case "network" -> root.set(key, YAML.readTree("v: {latency: " + DISTRIBUTIONS[what
                            % DISTRIBUTIONS.length] + ", loss: " + PROBABILITIES[extra % PROBABILITIES.length] + "}")
                            .get("v"));
                    default -> root.set(key, value(DURATIONS));
                }
            }
            case FAULT -> {
                List<String> nodes = names(root, "nodes");
                List<String> workloads = names(root, "workloads");
                if (nodes.isEmpty() || workloads.isEmpty()) {
                    return;
                }
                String template = FAULTS[what % FAULTS.length];
                String first = template.contains("load-spike") ? workloads.get(where % workloads.size())
                        : nodes.get(where % nodes.size());
                String second = nodes.get(extra % nodes.size());
                JsonNode fault = YAML.readTree("v: " + String.format(Locale.ROOT, template, first, second)).get("v");
                JsonNode faults = root.get("faults");
                if (faults instanceof ArrayNode list) {
                    list.add(fault);
                } else {
                    root.set("faults", YAML.getNodeFactory().arrayNode().add(fault));
                }
            }
            default -> throw new AssertionError(op);
        }
    }

    /** Sets a knob of a node or workload, chosen from its type's knobs in the catalog, to an extreme value of its kind. */
    private void knob(ObjectNode root) throws IOException {
        List<ObjectNode> components = new ArrayList<>();
        for (String section : new String[] {"nodes", "workloads"}) {
            if (root.get(section) instanceof ObjectNode map) {
                map.properties().forEach(e -> {
                    if (e.getValue() instanceof ObjectNode c) {
                        components.add(c);
                    }
                });
            }
        }
        if (components.isEmpty()) {
            return;
        }
        ObjectNode component = components.get(where % components.size());
        ComponentType type = component.has("type") ? CATALOG.find(component.get("type").asText()).orElse(null) : null;
        if (type == null || type.knobs().isEmpty()) {
            return;
        }
        KnobSpec knob = type.knobs().get(what % type.knobs().size());
        component.set(knob.key(), value(pool(knob.kind(), root)));
    }

    private String[] pool(ValueKind kind, ObjectNode root) {
        return switch (kind) {
            case DURATION -> DURATIONS;
            case RATE -> RATES;
            case INTEGER, LONG -> INTEGERS;
            case NUMBER -> NUMBERS;
            case PROBABILITY -> PROBABILITIES;
            case DISTRIBUTION -> DISTRIBUTIONS;
            case NODE_REF, ACTOR_REF, WORKLOAD_REF -> {
                List<String> names = new ArrayList<>(names(root, "nodes"));
                names.addAll(names(root, "workloads"));
                names.add("nosuchnode");
                if (!names.isEmpty()) {
                    names.add(typo(names.get(0)));
                }
                yield names.toArray(String[]::new);
            }
            default -> ANYTHING;
        };
    }

    private String[] guessPool(JsonNode current) {
        if (current.isObject() && current.has("dist")) {
            return DISTRIBUTIONS;
        }
        if (current.isTextual()) {
            String text = current.textValue();
            if (text.contains("/")) {
                return RATES;
            }
            if (text.endsWith("%")) {
                return PROBABILITIES;
            }
            if (text.matches("[0-9.]+(ns|us|ms|s|m|h)")) {
                return DURATIONS;
            }
        }
        if (current.isIntegralNumber()) {
            return INTEGERS;
        }
        if (current.isNumber()) {
            return NUMBERS;
        }
        return ANYTHING;
    }

    private JsonNode value(String[] pool) {
        String text = pool[what % pool.length];
        try {
            return YAML.readTree("v: " + text).get("v");
        } catch (IOException e) {
            // Jackson's YAML reader refuses some YAML 1.1 scalars (.inf): keep them as text.
            return YAML.getNodeFactory().textNode(text);
        }
    }

    private String typo(String text) {
        if (text.length() < 2) {
            return text + "x";
        }
        int i = extra % (text.length() - 1);
        char[] chars = text.toCharArray();
        char swap = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = swap;
        return new String(chars);
    }

    private static List<String> names(ObjectNode root, String section) {
        List<String> names = new ArrayList<>();
        if (root.get(section) instanceof ObjectNode map) {
            map.properties().forEach(e -> names.add(e.getKey()));
        }
        return names;
    }

    /** A place in the tree that holds a value: a key of a mapping or an item of a list. */
    private record Slot(JsonNode parent, String key, int index) {

        JsonNode current() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode value) {
            if (key != null) {
                ((ObjectNode) parent).set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (key != null) {
                ((ObjectNode) parent).remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    /** Every slot of the tree, depth first in document order. */
    private static List<Slot> slots(JsonNode root) {
        List<Slot> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node instanceof ObjectNode object) {
            List<String> keys = new ArrayList<>();
            object.properties().forEach(e -> keys.add(e.getKey()));
            for (String key : keys) {
                out.add(new Slot(object, key, -1));
                collect(object.get(key), out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                out.add(new Slot(array, null, i));
                collect(array.get(i), out);
            }
        }
    }
}
