package org.distsim.ui.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.models.format.KnobSpec;
import org.distsim.models.scenario.Binder;
import org.distsim.models.scenario.FaultAction;

/**
 * Writes the faults made by hand in the view as a {@code faults:} timeline (docs/scenario-format.md),
 * and as a whole scenario: the original file with those faults appended to its own timeline and the
 * seed of the run, so that {@code distsim run} on it replays the interactive run to the same bytes.
 *
 * <p>Times are written in seconds with up to nine decimals, which the format converts back to the
 * same whole nanosecond. Hand-made faults never share a time with one of the scenario's (see
 * {@link LiveRun#inject}), so where they land in the merged timeline does not depend on file order.
 */
public final class FaultYaml {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FaultYaml() {
    }

    /** The original scenario text with the recorded faults appended to its timeline and {@code seed} set. */
    public static String scenarioWithFaults(String scenarioYaml, List<ScheduledFault> recorded, long seed) {
        YAMLMapper mapper = mapper();
        JsonNode root;
        try {
            root = mapper.readTree(scenarioYaml);
        } catch (IOException e) {
            throw new IllegalArgumentException("the scenario is not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof ObjectNode scenario)) {
            throw new IllegalArgumentException("the scenario is not a YAML mapping");
        }
        scenario.put("seed", seed);
        JsonNode existing = scenario.get("faults");
        ArrayNode faults = existing instanceof ArrayNode array ? array : scenario.putArray("faults");
        recorded.forEach(fault -> faults.add(entry(fault)));
        return write(mapper, scenario);
    }

    /** Just the timeline: a {@code faults:} list of the recorded faults. */
    public static String timeline(List<ScheduledFault> recorded) {
        ObjectNode root = NODES.objectNode();
        ArrayNode faults = root.putArray("faults");
        recorded.forEach(fault -> faults.add(entry(fault)));
        return write(mapper(), root);
    }

    /**
     * One timeline entry, in the format's spelling: the action that applies the fault ({@link
     * FaultAction#of}, exhaustive over faults), under its key, with every knob that is not at its
     * default, in declaration order. Loading reads the same definitions, so what is written here
     * loads back as the same fault.
     */
    static ObjectNode entry(ScheduledFault scheduled) {
        ObjectNode entry = NODES.objectNode();
        entry.put("at", seconds(scheduled.atNanos()));
        FaultAction action = FaultAction.of(scheduled.fault());
        FaultAction.Action spelling = action.spelling();
        RecordComponent[] components = action.getClass().getRecordComponents();
        if (spelling.scalar()) {
            entry.set(spelling.key(), value(KnobSpec.read(components[0], action)));
            return entry;
        }
        ObjectNode knobs = entry.putObject(spelling.key());
        for (RecordComponent component : components) {
            KnobSpec knob = KnobSpec.of(component);
            Object value = KnobSpec.read(component, action);
            if (value != null && !value.equals(Binder.defaultValueOf(knob))) {
                knobs.set(knob.key(), value(value));
            }
        }
        return entry;
    }

    /** A knob's value as the format writes it: durations in exact seconds, lists as sequences. */
    private static JsonNode value(Object value) {
        if (value instanceof String text) {
            return NODES.textNode(text);
        } else if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        } else if (value instanceof Double number) {
            return NODES.numberNode(number);
        } else if (value instanceof Integer number) {
            return NODES.numberNode(number);
        } else if (value instanceof Long number) {
            return NODES.numberNode(number);
        } else if (value instanceof Duration duration) {
            return NODES.textNode(seconds(duration.toNanos()));
        } else if (value instanceof List<?> list) {
            ArrayNode items = NODES.arrayNode();
            list.forEach(item -> items.add(value(item)));
            return items;
        }
        throw new IllegalArgumentException("no YAML spelling for a knob value of type " + value.getClass().getName());
    }

    /** Nanoseconds as an exact duration in seconds: 12345678901 is {@code 12.345678901s}, 0 is {@code 0s}. */
    static String seconds(long nanos) {
        BigDecimal value = BigDecimal.valueOf(nanos, 9).stripTrailingZeros();
        return (value.signum() == 0 ? "0" : value.toPlainString()) + "s";
    }

    private static YAMLMapper mapper() {
        return YAMLMapper.builder(YAMLFactory.builder()
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .build())
                .build();
    }

    private static String write(YAMLMapper mapper, JsonNode root) {
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
