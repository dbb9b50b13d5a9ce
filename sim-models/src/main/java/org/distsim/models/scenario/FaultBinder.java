package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.models.format.ScalableLoad;

/**
 * Binds the {@code faults:} timeline: each entry's {@code at}, optional {@code duration} and single
 * action, with partitions named ({@code p1}, {@code p2}, ... when the author gave no name), heals
 * checked against those names, and undo faults scheduled for entries with a duration. The result
 * is sorted by time, stably, so faults at the same time keep the order of the file.
 */
final class FaultBinder {

    private static final List<String> ACTION_KEYS = FaultAction.ACTIONS.stream().map(FaultAction.Action::key).toList();

    private final Binder binder;
    private final Locations locations;
    private final Problems problems;
    /** The bound workloads, for the checks of load spikes. */
    private Map<String, ComponentSpec> workloads = Map.of();

    /** The zones, which a partition may name as {@code zone:NAME}. */
    private final Zoning zoning;

    FaultBinder(Binder binder, Locations locations, Problems problems, Zoning zoning) {
        this.binder = binder;
        this.locations = locations;
        this.problems = problems;
        this.zoning = zoning;
    }

    /**
     * @param node           the value of {@code faults:}, or null when absent
     * @param durationNanos  the run's duration, or -1 when it is unknown because of another problem
     * @param workloads      the workloads bound so far (those with problems are missing)
     */
    List<ScheduledFault> bind(JsonNode node, long durationNanos, Map<String, ComponentSpec> workloads) {
        this.workloads = workloads;
        NodePath path = NodePath.ROOT.key("faults");
        if (node == null || Values.isEmpty(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(locations.value(path), path, Values.describe(node) + " is not a list",
                    "a list of faults like [{at: 10s, crash: db}]", null);
            return List.of();
        }
        List<String> partitionNames = partitionNames(node);
        List<ScheduledFault> timeline = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            bindEntry(node.get(i), path.index(i), partitionNames.get(i), partitionNames, durationNanos, timeline);
        }
        timeline.sort(Comparator.comparingLong(ScheduledFault::atNanos));
        return timeline;
    }

    private void bindEntry(JsonNode entry, NodePath path, String partitionName, List<String> partitionNames,
            long durationNanos, List<ScheduledFault> timeline) {
        if (!entry.isObject()) {
            problems.add(locations.value(path), path, Values.describe(entry) + " is not a fault",
                    "a mapping like {at: 10s, crash: db}", null);
            return;
        }
        List<String> actions = actionKeys(entry);
        ScenarioFormat.FaultTiming timing = binder.bindRecord(ScenarioFormat.FaultTiming.class, entry, path, ACTION_KEYS);
        if (actions.isEmpty()) {
            if (hasMisspeltAction(entry)) {
                return; // reported as an unknown key, with the action it resembles
            }
            problems.add(locations.key(path), path, "the fault has no action", "one action key, " + Suggestions.oneOf(ACTION_KEYS), null);
            return;
        }
        for (String extra : actions.subList(1, actions.size())) {
            problems.add(locations.key(path.key(extra)), path.key(extra),
                    "a fault has one action; this one already has \"" + actions.get(0) + "\"",
                    "one fault per entry of the list", null);
        }
        FaultAction.Action action = FaultAction.action(actions.get(0)).orElseThrow();
        NodePath actionPath = path.key(action.key());
        JsonNode value = entry.get(action.key());
        FaultAction bound = action.scalar()
                ? binder.bindScalarRecord(action.form(), value, actionPath)
                : binder.bindRecord(action.form(), value, actionPath, List.of());
        if (bound instanceof FaultAction.Partition partition && partition.name() == null) {
            bound = partition.named(partitionName);
        }
        if (bound instanceof FaultAction.Partition partition) {
            bound = withZonesExpanded(partition, actionPath);
        }
        if (bound instanceof FaultAction.Heal heal && !partitionNames.contains(heal.partition())) {
            List<String> declared = partitionNames.stream().filter(n -> n != null).distinct().toList();
            problems.add(locations.value(actionPath), actionPath, "unknown partition " + Units.quote(heal.partition()),
                    declared.isEmpty() ? "the name of a partition in this timeline, and there is none"
                            : "a partition name, " + Suggestions.oneOf(declared),
                    Suggestions.closest(heal.partition(), declared));
            bound = null;
        }
        if (bound instanceof FaultAction.LoadSpike spike && !canSpike(spike, actionPath.key("workload"))) {
            bound = null;
        }
        if (timing == null) {
            return;
        }
        long at = timing.at().toNanos();
        if (durationNanos > 0 && at >= durationNanos) {
            NodePath atPath = path.key("at");
            problems.add(locations.value(atPath), atPath, "must be before the end of the run ("
                    + Units.formatNanos(durationNanos) + "), got " + Values.shown(entry.get("at")));
            return;
        }
        if (timing.duration() != null && bound != null && bound.undo().isEmpty()) {
            NodePath durationPath = path.key("duration");
            problems.add(locations.key(durationPath), durationPath,
                    "\"" + action.key() + "\" cannot have a duration: it has no undo",
                    "a duration only on crash, partition, slow, degrade-link or load-spike", null);
            return;
        }
        if (bound == null) {
            return;
        }
        timeline.add(new ScheduledFault(at, bound.fault()));
        if (timing.duration() != null) {
            long until = at + timing.duration().toNanos();
            if (until < at) {
                NodePath durationPath = path.key("duration");
                problems.add(locations.value(durationPath), durationPath, "the fault would end after the end of time");
                return;
            }
            // An undo at or after the end of the run is kept: it simply never happens.
            timeline.add(new ScheduledFault(until, bound.undo().orElseThrow()));
        }
    }

    /**
     * The partition with each {@code zone:NAME} replaced by the zone's nodes and workloads, in
     * declaration order; null (reported) when that puts an actor in two groups.
     */
    private FaultAction.Partition withZonesExpanded(FaultAction.Partition partition, NodePath path) {
        List<List<String>> groups = new ArrayList<>();
        for (List<String> group : partition.groups()) {
            List<String> expanded = new ArrayList<>();
            for (String place : group) {
                List<String> actors = place.startsWith(References.ZONE_PREFIX)
                        ? zoning.actorsIn(place.substring(References.ZONE_PREFIX.length())) : List.of(place);
                actors.stream().filter(actor -> !expanded.contains(actor)).forEach(expanded::add);
            }
            groups.add(expanded);
        }
        if (groups.equals(partition.groups())) {
            return partition;
        }
        try {
            return new FaultAction.Partition(partition.name(), groups, partition.oneWay());
        } catch (IllegalArgumentException e) {
            problems.add(locations.value(path), path, "with its zones spelt out, " + e.getMessage(),
                    "groups whose zones and names do not overlap", null);
            return null;
        }
    }

    /** A load spike must name a workload whose type honours it ({@link ScalableLoad}); reports it otherwise. */
    private boolean canSpike(FaultAction.LoadSpike spike, NodePath path) {
        ComponentSpec workload = workloads.get(spike.workload());
        if (workload == null) {
            return false; // the workload has problems of its own, reported there
        }
        if (!(workload.config() instanceof ScalableLoad)) {
            problems.add(locations.value(path), path, "\"" + spike.workload() + "\" is a " + workload.typeName()
                    + " workload, whose load a load spike cannot multiply",
                    "an open-loop or closed-loop workload", null);
            return false;
        }
        return true;
    }

    /** True when a key of the entry is not a known key but resembles an action ({@code crsh}). */
    private static boolean hasMisspeltAction(JsonNode entry) {
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!key.equals("at") && !key.equals("duration") && Suggestions.closest(key, ACTION_KEYS) != null) {
                return true;
            }
        }
        return false;
    }

    /** The action keys of an entry, in the order written. */
    private static List<String> actionKeys(JsonNode entry) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (ACTION_KEYS.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * For each entry, the name of the partition it starts (null for other entries): the author's
     * name, or the next of p1, p2, ... that the author did not use, in timeline order.
     */
    private static List<String> partitionNames(JsonNode faults) {
        Set<String> explicit = new LinkedHashSet<>();
        for (JsonNode entry : faults) {
            JsonNode name = entry.path("partition").path("name");
            if (name.isTextual()) {
                explicit.add(name.textValue());
            }
        }
        List<String> names = new ArrayList<>();
        int next = 1;
        for (JsonNode entry : faults) {
            JsonNode partition = entry.get("partition");
            if (!entry.isObject() || partition == null) {
                names.add(null);
            } else if (partition.path("name").isTextual()) {
                names.add(partition.path("name").textValue());
            } else {
                while (explicit.contains("p" + next)) {
                    next++;
                }
                names.add("p" + next++);
            }
        }
        return names;
    }
}
