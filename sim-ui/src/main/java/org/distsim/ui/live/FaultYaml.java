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
import java.math.BigDecimal;
import java.util.List;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;

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

    /** One timeline entry, in the format's spelling. */
    static ObjectNode entry(ScheduledFault scheduled) {
        ObjectNode entry = NODES.objectNode();
        entry.put("at", seconds(scheduled.atNanos()));
        Fault fault = scheduled.fault();
        if (fault instanceof Fault.Crash crash) {
            entry.put("crash", crash.node());
        } else if (fault instanceof Fault.Restart restart) {
            entry.put("restart", restart.node());
        } else if (fault instanceof Fault.Partition partition) {
            ObjectNode value = entry.putObject("partition");
            value.put("name", partition.name());
            ArrayNode groups = value.putArray("groups");
            partition.groups().forEach(group -> {
                ArrayNode names = groups.addArray();
                group.forEach(names::add);
            });
            if (partition.oneWay()) {
                value.put("one-way", true);
            }
        } else if (fault instanceof Fault.Heal heal) {
            entry.put("heal", heal.name());
        } else if (fault instanceof Fault.SlowNode slow) {
            ObjectNode value = entry.putObject("slow");
            value.put("node", slow.node());
            value.put("factor", slow.factor());
        } else if (fault instanceof Fault.DegradeLink link) {
            ObjectNode value = entry.putObject("degrade-link");
            value.put("from", link.from());
            value.put("to", link.to());
            value.put("extra-latency", seconds(link.extraLatencyNanos()));
            value.put("loss", link.loss());
        } else if (fault instanceof Fault.RestoreLink link) {
            ObjectNode value = entry.putObject("restore-link");
            value.put("from", link.from());
            value.put("to", link.to());
        } else if (fault instanceof Fault.LoadSpike spike) {
            ObjectNode value = entry.putObject("load-spike");
            value.put("workload", spike.workload());
            value.put("factor", spike.factor());
        } else {
            throw new IllegalArgumentException("no YAML spelling for " + fault.describe());
        }
        return entry;
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
