package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.models.failure.FailureConfig;
import org.distsim.models.format.ComponentCatalog;
import org.distsim.models.format.ComponentType;
import org.distsim.models.format.Group;
import org.distsim.models.format.Kind;
import org.distsim.models.format.Names;

/**
 * Binds a whole scenario tree: the top-level knobs, the network, the declared names, every node
 * and workload through the {@link ComponentCatalog}, the fault timeline and the notes, and then
 * the checks that involve several keys (warm-up shorter than the run, a bounded number of report
 * intervals). Every section is bound even when an earlier one had problems, so one run of the
 * loader reports everything it can.
 */
final class ScenarioBinder {

    private static final String FAILURES = FailureConfig.KEY;

    private static final String SCENARIO_EXPECTED =
            "a scenario: a mapping with at least name, duration, nodes and workloads";

    private final ComponentCatalog registry;
    private final Locations locations;
    private final Problems problems;

    ScenarioBinder(ComponentCatalog registry, Locations locations, Problems problems) {
        this.registry = registry;
        this.locations = locations;
        this.problems = problems;
    }

    /** The scenario, or null when a problem was reported. */
    Scenario bind(JsonNode root, String source) {
        NodePath top = NodePath.ROOT;
        if (root.isMissingNode()) {
            problems.add(locations.value(top), top, "the file is empty", SCENARIO_EXPECTED, null);
            return null;
        }
        if (!root.isObject()) {
            problems.add(locations.value(top), top, "the top level is " + Values.describe(root) + ", not a mapping",
                    SCENARIO_EXPECTED, null);
            return null;
        }
        new Vars(locations, problems).substitute(root);
        Templates templates = new Templates(registry, locations, problems);
        Map<String, List<String>> copies = templates.expand(root);
        templates.expandReferences(root, copies);
        References references = declaredNames(root).withTemplates(copies);
        Binder binder = new Binder(locations, problems, references);
        ScenarioFormat.TopLevel knobs = binder.bindRecord(
                ScenarioFormat.TopLevel.class, root, top, ScenarioFormat.SECTIONS.keySet());
        JsonNode networkNode = root.get("network");
        NetworkSpec network = binder.bindRecord(NetworkSpec.class,
                networkNode == null || Values.isEmpty(networkNode) ? JsonNodeFactory.instance.objectNode() : networkNode,
                top.key("network"), List.of());
        Map<String, ComponentSpec> nodes = bindComponents(root, Kind.NODE, binder);
        Map<String, ComponentSpec> workloads = bindComponents(root, Kind.WORKLOAD, binder);
        new CrossChecks(locations, problems).report(nodes);
        Zoning zoning = new ZoneBinder(binder, locations, problems).bind(root, nodes, workloads, network);
        long durationNanos = knobs == null ? -1 : knobs.duration().toNanos();
        List<ScheduledFault> faults = new FaultBinder(binder, locations, problems, zoning).bind(root.get("faults"),
                durationNanos, workloads);
        List<Note> notes = bindNotes(root.get("notes"), binder, durationNanos);
        List<Slo> slos = new SloBinder(binder, locations, problems).bind(root.get("slo"));
        List<SweepParameter> sweep = new SweepBinder(binder, locations, problems).bind(root);
        Map<String, Placement> layout = new LayoutBinder(binder, locations, problems, references).bind(root.get("layout"));
        if (knobs != null) {
            checkTopLevel(knobs, root);
        }
        CallGraph.of(nodes.values()).reportCycles(nodes, locations, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        Scenario scenario = new Scenario(knobs.name(), knobs.description(), knobs.seed(), durationNanos,
                knobs.warmup().toNanos(), knobs.reportInterval().toNanos(), network, nodes, workloads, faults, notes,
                source, slos, sweep, layout, problems.warnings(), zoning, Demand.NONE);
        return scenario.withDemand(new DemandEstimator(scenario, locations).estimate());
    }

    /**
     * The names under {@code nodes:} and {@code workloads:}, which share one namespace. Invalid
     * and duplicate names are reported here, and still returned, so that references to them do
     * not cause a second, misleading problem.
     */
    private References declaredNames(JsonNode root) {
        List<String> declared = names(root, Kind.NODE, List.of());
        List<String> nodes = new ArrayList<>(declared);
        JsonNode section = root.get(Kind.NODE.section());
        for (String name : declared) {
            for (String member : members(name, section.get(name))) {
                NodePath path = NodePath.ROOT.key(Kind.NODE.section()).key(name);
                if (nodes.contains(member)) {
                    problems.add(locations.key(path), path, "\"" + name + "\" names its members " + name + "-1, "
                            + name + "-2, ..., and \"" + member + "\" is already declared", "another name for one of"
                            + " the two nodes", null);
                }
                nodes.add(member);
            }
        }
        List<String> workloads = names(root, Kind.WORKLOAD, nodes);
        return new References(nodes, workloads, ZoneBinder.declaredZones(root));
    }

    /**
     * The member names of a group node, read from the raw tree because references are checked
     * while binding; a missing or invalid size counts as the default (the binder reports it).
     */
    private List<String> members(String name, JsonNode node) {
        JsonNode typeNode = node == null ? null : node.get("type");
        ComponentType type = typeNode == null || !typeNode.isTextual() ? null : registry.find(typeNode.textValue()).orElse(null);
        if (type == null || !type.isGroup()) {
            return List.of();
        }
        String sizeKnob = type.group().sizeKnob();
        int size = type.knobs().stream().filter(k -> k.key().equals(sizeKnob))
                .mapToInt(k -> Integer.parseInt(k.defaultValue())).findFirst().orElse(1);
        JsonNode sizeNode = node.get(sizeKnob);
        if (sizeNode != null && sizeNode.canConvertToInt() && sizeNode.isIntegralNumber()
                && sizeNode.intValue() >= 1 && sizeNode.intValue() <= Group.MAX_MEMBERS) {
            size = sizeNode.intValue();
        }
        return Group.of(name, size).members();
    }

    private List<String> names(JsonNode root, Kind kind, List<String> taken) {
        List<String> names = new ArrayList<>();
        JsonNode section = root.get(kind.section());
        if (section == null || !section.isObject()) {
            return names;
        }
        for (Iterator<String> it = section.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            NodePath path = NodePath.ROOT.key(kind.section()).key(name);
            if (!Names.isValidName(name)) {
                problems.add(locations.key(path), path, "invalid " + kind.noun() + " name " + Units.quote(name),
                        Names.NAME_RULE, Names.repairName(name));
            } else if (taken.contains(name)) {
                problems.add(locations.key(path), path, "the name \"" + name + "\" is already taken by a node;"
                        + " nodes and workloads share one namespace", null, null);
            }
            names.add(name);
        }
        return names;
    }

    private Map<String, ComponentSpec> bindComponents(JsonNode root, Kind kind, Binder binder) {
        Map<String, ComponentSpec> components = new LinkedHashMap<>();
        NodePath path = NodePath.ROOT.key(kind.section());
        JsonNode section = root.get(kind.section());
        String sectionExpected = "a mapping of " + kind.noun() + " names to components, like "
                + (kind == Kind.NODE ? "{server: {type: service, service-time: 2ms}}"
                        : "{clients: {type: open-loop, target: server, rate: 100/s}}");
        if (section == null) {
            problems.add(locations.value(NodePath.ROOT), NodePath.ROOT,
                    "missing required key \"" + kind.section() + "\"", sectionExpected, null);
            return components;
        }
        if (Values.isEmpty(section) || (section.isObject() && section.isEmpty())) {
            problems.add(locations.value(path), path, "at least one " + kind.noun() + " is needed", sectionExpected, null);
            return components;
        }
        if (!section.isObject()) {
            problems.add(locations.value(path), path, Values.describe(section) + " is not a mapping", sectionExpected, null);
            return components;
        }
        for (Map.Entry<String, JsonNode> entry : section.properties()) {
            ComponentSpec component = bindComponent(entry.getKey(), entry.getValue(), kind, path.key(entry.getKey()), binder);
            if (component != null) {
                components.put(component.name(), component);
            }
        }
        return components;
    }

    private ComponentSpec bindComponent(String name, JsonNode node, Kind kind, NodePath path, Binder binder) {
        List<String> typeNames = registry.names(kind);
        String typeExpected = "a " + kind.noun() + " type, " + Suggestions.oneOf(typeNames);
        if (!node.isObject()) {
            problems.add(locations.value(path), path, Values.describe(node) + " is not a mapping",
                    "a mapping with type: and the type's knobs", null);
            return null;
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null) {
            problems.add(locations.key(path), path, "missing required key \"type\"", typeExpected, null);
            return null;
        }
        NodePath typePath = path.key("type");
        if (!typeNode.isTextual()) {
            problems.add(locations.value(typePath), typePath, Values.describe(typeNode) + " is not a component type name",
                    Suggestions.oneOf(typeNames), null);
            return null;
        }
        String typeName = typeNode.textValue();
        ComponentType type = registry.find(typeName).orElse(null);
        if (type == null) {
            problems.add(locations.value(typePath), typePath, "unknown component type " + Units.quote(typeName),
                    Suggestions.oneOf(typeNames), Suggestions.closest(typeName, typeNames));
            return null;
        }
        if (type.kind() != kind) {
            problems.add(locations.value(typePath), typePath, "\"" + typeName + "\" is a " + type.kind().noun()
                    + " type; declare it under " + type.kind().section() + ":", typeExpected, null);
            return null;
        }
        Binder.checkDefaultsOnce(type);
        // The zone keys are read by the ZoneBinder once every component is bound.
        if (kind == Kind.WORKLOAD) {
            Record config = binder.bindRecord(type.configType(), node, path, List.of("type", "zone", "zones"));
            return config == null ? null : new ComponentSpec(name, type, config);
        }
        Record config = binder.bindRecord(type.configType(), node, path, List.of("type", FAILURES, "zone", "zones",
                "bandwidth", Templates.COUNT));
        JsonNode failuresNode = node.get(FAILURES);
        FailureConfig failures = null;
        if (failuresNode != null && !Values.isEmpty(failuresNode)) {
            failures = binder.bindRecord(FailureConfig.class, failuresNode, path.key(FAILURES), List.of());
            if (failures == null) {
                return null;
            }
        }
        return config == null ? null : new ComponentSpec(name, type, config, failures);
    }

    private List<Note> bindNotes(JsonNode node, Binder binder, long durationNanos) {
        NodePath path = NodePath.ROOT.key("notes");
        List<Note> notes = new ArrayList<>();
        if (node == null || Values.isEmpty(node)) {
            return notes;
        }
        if (!node.isArray()) {
            problems.add(locations.value(path), path, Values.describe(node) + " is not a list",
                    "a list of notes like [{at: 10s, text: \"watch the queue\"}]", null);
            return notes;
        }
        for (int i = 0; i < node.size(); i++) {
            NodePath itemPath = path.index(i);
            ScenarioFormat.NoteEntry entry = binder.bindRecord(ScenarioFormat.NoteEntry.class, node.get(i), itemPath, List.of());
            if (entry == null) {
                continue;
            }
            long at = entry.at().toNanos();
            if (durationNanos > 0 && at >= durationNanos) {
                NodePath atPath = itemPath.key("at");
                problems.add(locations.value(atPath), atPath, "must be before the end of the run ("
                        + Units.formatNanos(durationNanos) + "), got " + Values.shown(node.get(i).get("at")));
                continue;
            }
            notes.add(new Note(at, entry.text()));
        }
        notes.sort(Comparator.comparingLong(Note::atNanos));
        return notes;
    }

    /** The checks between top-level knobs. */
    private void checkTopLevel(ScenarioFormat.TopLevel knobs, JsonNode root) {
        NodePath name = NodePath.ROOT.key("name");
        if (knobs.name().isBlank()) {
            problems.add(locations.value(name), name, "the name must not be empty", "a name like \"capacity test\"", null);
        }
        long duration = knobs.duration().toNanos();
        long warmup = knobs.warmup().toNanos();
        if (warmup >= duration) {
            NodePath path = NodePath.ROOT.key("warmup");
            problems.add(locations.value(path), path, "must be shorter than the duration ("
                    + Units.formatNanos(duration) + "), got " + Values.shown(root.get("warmup")));
        }
        if (duration > SimulationConfig.MAX_END_NANOS) {
            NodePath path = NodePath.ROOT.key("duration");
            problems.add(locations.value(path), path, ScenarioFormat.durationProblem(duration, Long.MAX_VALUE),
                    "a duration of at most " + ScenarioFormat.LONGEST_RUN,
                    null);
            return;
        }
        long interval = knobs.reportInterval().toNanos();
        long intervals = duration / interval + (duration % interval == 0 ? 0 : 1);
        if (intervals > ScenarioFormat.MAX_INTERVALS) {
            long shortest = duration / ScenarioFormat.MAX_INTERVALS + (duration % ScenarioFormat.MAX_INTERVALS == 0 ? 0 : 1);
            String expected = "a report-interval of at least " + Units.formatNanos(shortest);
            if (root.has("report-interval")) {
                NodePath path = NodePath.ROOT.key("report-interval");
                problems.add(locations.value(path), path, "cuts the run (" + Units.formatNanos(duration) + ") into "
                        + intervals + " intervals; at most " + ScenarioFormat.MAX_INTERVALS + " are allowed", expected, null);
            } else {
                NodePath path = NodePath.ROOT.key("duration");
                problems.add(locations.value(path), path, "the default report-interval of 1s cuts this run into "
                        + intervals + " intervals; at most " + ScenarioFormat.MAX_INTERVALS
                        + " are allowed, so set report-interval", expected, null);
            }
        }
    }
}
